package signpost.bot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.util.List;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.ReplyDelivery;

/**
 * Delivers the EDI Contacts' replies to askers in Slack: posted in the asker's own thread (or direct message) as "The
 * EDI Contacts replied", with the contact's name only where they chose to show it, whether the reply was written in the contacts' channel or on
 * the admin page.
 */
final class SlackReplies implements ReplyDelivery {

  private final MethodsClient client;

  /** @param client the Web API client, holding the bot token */
  SlackReplies(MethodsClient client) {
    this.client = client;
  }

  /** @throws SlackException when Slack cannot be reached or refuses the message */
  @Override
  public boolean deliver(Handoff handoff) {
    Place asker;
    try {
      asker = Place.stored(handoff.replyTo());
    } catch (IllegalArgumentException e) {
      return false;
    }
    ChatPostMessageResponse response;
    try {
      response = client.chatPostMessage(m -> m.channel(asker.channel()).threadTs(asker.thread()).text("The " + handoff.from() + " replied")
          .blocks(List.of(SlackBlocks.section(HandoffBlocks.reply(handoff)))));
    } catch (Exception e) {
      throw new SlackException("chat.postMessage of a reply from the EDI Contacts failed: " + e, e);
    }
    if (!response.isOk()) throw new SlackException("chat.postMessage of a reply from the EDI Contacts failed: " + response.getError());
    return true;
  }
}
