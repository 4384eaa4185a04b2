package signpost.bot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.util.concurrent.CompletableFuture;
import signpost.bot.config.SlackSettings;
import signpost.bot.edi.ContactsChannel;
import signpost.bot.edi.Handoff;

/**
 * The organisations' EDI Contacts' Slack channels ({@code SIGNPOST_EDI_CONTACTS_SLACK}) for questions passed on from the
 * web chat: posted with the same "Reply" button as a question from Slack, on the Slack channel's workers, so the contacts
 * reply there and the reply reaches the asker through the deliveries.
 */
final class SlackContacts implements ContactsChannel {

  private final MethodsClient client;
  private final SlackSettings settings;
  private final Answering answering;

  /** @param client the Web API client, holding the bot token */
  SlackContacts(MethodsClient client, SlackSettings settings, Answering answering) {
    this.client = client;
    this.settings = settings;
    this.answering = answering;
  }

  @Override
  public String name() {
    return "Slack";
  }

  @Override
  public boolean reaches(String organisation) {
    return settings.ediContactsChannel(organisation) != null;
  }

  /** Completes exceptionally with a {@link SlackException} when Slack refuses the post or is too busy to take it. */
  @Override
  public CompletableFuture<Void> post(Handoff handoff) {
    String channel = settings.ediContactsChannel(handoff.organisation());
    if (channel == null) throw new IllegalArgumentException("no EDI Contacts channel in Slack for " + handoff.organisation());
    CompletableFuture<Void> posted = new CompletableFuture<>();
    boolean taken = answering.later(() -> {
      try {
        ChatPostMessageResponse response = client.chatPostMessage(m -> m.channel(channel)
            .text((handoff.saveable() ? "A question" : "A report") + " passed on to the EDI Contacts").blocks(HandoffBlocks.forContacts(handoff)));
        if (!response.isOk()) throw new SlackException("chat.postMessage failed: " + response.getError());
        posted.complete(null);
      } catch (Exception e) {
        posted.completeExceptionally(e instanceof SlackException ? e : new SlackException("chat.postMessage failed: " + e, e));
      }
    });
    if (!taken) posted.completeExceptionally(new SlackException("the Slack channel is too busy to post just now"));
    return posted;
  }
}
