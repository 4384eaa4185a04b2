package signpost.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.TextFormatTypes;
import java.util.List;

/**
 * A {@link Turn} on the Bot Framework SDK. Replies go through the turn, which addresses them to the activity's
 * conversation (with a channel thread's {@code ;messageid=}) as replies to the activity.
 */
final class SdkTurn implements Turn {

  private final TurnContext context;
  private final Incoming incoming;

  SdkTurn(TurnContext context) {
    this(context, Incoming.of(Serialization.objectToTree(context.getActivity())));
  }

  /** @param incoming the turn's activity as it arrived, read once: no second conversion from the SDK's activity */
  SdkTurn(TurnContext context, Incoming incoming) {
    this.context = context;
    this.incoming = incoming;
  }

  @Override
  public Incoming incoming() {
    return incoming;
  }

  @Override
  public void typing() {
    send(new Activity(ActivityTypes.TYPING));
  }

  @Override
  public void reply(Outgoing message) {
    send(activity(message));
  }

  /** Returns the message activity a reply is sent as: its card as an attachment, or its text. */
  static Activity activity(Outgoing message) {
    Activity reply = new Activity(ActivityTypes.MESSAGE);
    if (message.card() != null) {
      Attachment card = new Attachment();
      card.setContentType(AdaptiveCard.CONTENT_TYPE);
      card.setContent(message.card().json());
      reply.setAttachments(List.of(card));
      // The summary, not the text: Teams would show a text above the card, saying everything twice.
      reply.setSummary(message.card().plain());
    } else {
      reply.setText(message.text());
      reply.setTextFormat(TextFormatTypes.PLAIN);
    }
    return reply;
  }

  @Override
  public void respond(int status, JsonNode body) {
    Activity response = new Activity(ActivityTypes.INVOKE_RESPONSE);
    response.setValue(new InvokeResponse(status, body));
    send(response);
  }

  private void send(Activity activity) {
    context.sendActivity(activity).join();
  }
}
