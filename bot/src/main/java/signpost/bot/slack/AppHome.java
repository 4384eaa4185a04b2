package signpost.bot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;

/** Publishes the App Home tab ({@code views.publish}) when someone opens it: what Signpost does and for whom. */
final class AppHome {

  private final Answering answering;

  AppHome(Answering answering) {
    this.answering = answering;
  }

  Response opened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext context) {
    AppHomeOpenedEvent event = payload.getEvent();
    if (event.getTab() != null && !event.getTab().equals("home")) return context.ack();
    View view = HelpBlocks.home(answering.organisationName(answering.organisation(payload.getTeamId())));
    String user = event.getUser();
    answering.later(() -> Boundary.deliver("publishing the App Home", null, () -> {
      ViewsPublishResponse response = context.client().viewsPublish(r -> r.token(context.getBotToken()).userId(user).view(view));
      if (!response.isOk()) throw new SlackException("views.publish failed: " + response.getError());
    }, null));
    return context.ack();
  }
}
