package signpost.bot.slack;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import java.util.List;
import signpost.bot.core.Question;

/**
 * Mentions ({@code app_mention}) answered in the thread they came from, and direct messages
 * ({@code message.im}) answered in the conversation. Acknowledges at once and posts with
 * {@code chat.postMessage} when the answer is ready. Messages from bots, Signpost included, get no answer.
 */
final class Conversations {

  private final Answering answering;

  Conversations(Answering answering) {
    this.answering = answering;
  }

  Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext context) {
    AppMentionEvent event = payload.getEvent();
    if (event.getBotId() != null || event.getSubtype() != null) return context.ack();
    String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
    return acknowledged(reply(payload.getEventId(), payload.getTeamId(), event.getText(), event.getChannel(), thread, context), context);
  }

  Response direct(EventsApiPayload<MessageEvent> payload, EventContext context) {
    MessageEvent event = payload.getEvent();
    if (!"im".equals(event.getChannelType()) || event.getBotId() != null) return context.ack();
    return acknowledged(reply(payload.getEventId(), payload.getTeamId(), event.getText(), event.getChannel(), event.getThreadTs(),
        context), context);
  }

  /**
   * Returns Slack's acknowledgement when the event will be answered; when Signpost is too busy to take it, throws
   * {@link Busy}, which {@link Boundary} answers with 503 so Slack delivers the event again later (with the same event
   * id, which {@link OnceOnly} then lets through).
   */
  private static Response acknowledged(boolean accepted, EventContext context) {
    if (!accepted) throw new Busy();
    return context.ack();
  }

  /** Thrown when a Slack event cannot be taken now; answered with 503. */
  static final class Busy extends RuntimeException {
    Busy() {
      super("Slack: an event was refused as busy", null, false, false);
    }
  }

  private boolean reply(String eventId, String teamId, String text, String channel, String thread, EventContext context) {
    String organisation = answering.organisation(teamId);
    String asked = SlackText.question(text);
    Boundary.Call apologise = () -> post(context, channel, thread, Boundary.SORRY, null);
    if (SlackText.asksForHelp(asked)) {
      List<LayoutBlock> help = HelpBlocks.help(answering.organisationName(organisation));
      return answering.later(() -> Boundary.deliver("a help reply", null, () -> post(context, channel, thread, "What Signpost can do", help), null));
    }
    Question question;
    try {
      question = new Question("slack-" + eventId, asked, organisation);
    } catch (IllegalArgumentException e) {
      return answering.later(() -> Boundary.deliver("a refusal", null,
          () -> post(context, channel, thread, "Sorry: " + e.getMessage() + ".", null), null));
    }
    return answering.submit(question).map(pending -> pending.whenComplete((answer, failure) -> Boundary.deliver("a reply", failure,
        () -> post(context, channel, thread, SlackBlocks.fallback(answer), SlackBlocks.answer(answer)), apologise))).isPresent();
  }

  private static void post(EventContext context, String channel, String thread, String text, List<LayoutBlock> blocks)
      throws Exception {
    ChatPostMessageResponse response = context.client().chatPostMessage(message -> message
        .token(context.getBotToken()).channel(channel).threadTs(thread).text(text).blocks(blocks));
    if (!response.isOk()) throw new SlackException("chat.postMessage failed: " + response.getError());
  }
}
