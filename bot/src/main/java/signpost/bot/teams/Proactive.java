package signpost.bot.teams;

import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import java.util.concurrent.CompletableFuture;

/**
 * Sends a message into a conversation that did not just write to Signpost (a proactive message): the EDI Contacts'
 * channel, or an asker's personal chat when a contact replies. It goes through the SDK's adapter, as replies do, so
 * its token, timeouts and the local-development restriction to loopback service URLs are the same.
 */
final class Proactive {

  private final BotAdapter adapter;
  private final String appId;
  private final boolean localOnly;

  /** @param appId the bot's app id, or null in local development mode */
  Proactive(BotAdapter adapter, String appId, boolean localOnly) {
    this.adapter = adapter;
    this.appId = appId;
    this.localOnly = localOnly;
  }

  /**
   * Sends the message to the conversation at the service URL and waits until the connector has taken it.
   *
   * @throws TeamsException when the service URL may not be sent to, or the connector refuses the message
   */
  void send(String conversationId, String serviceUrl, Outgoing message) {
    String refusal = ServiceUrls.refusal(serviceUrl, localOnly);
    if (refusal != null) throw new TeamsException(refusal);
    ConversationReference reference = new ConversationReference();
    reference.setChannelId("msteams");
    reference.setServiceUrl(serviceUrl);
    ConversationAccount conversation = new ConversationAccount();
    conversation.setId(conversationId);
    reference.setConversation(conversation);
    ChannelAccount bot = new ChannelAccount();
    bot.setId(appId == null ? "signpost" : "28:" + appId);
    reference.setBot(bot);
    try {
      adapter.continueConversation(appId, reference, context -> {
        new SdkTurn(context).reply(message);
        return CompletableFuture.completedFuture(null);
      }).join();
    } catch (RuntimeException e) {
      throw new TeamsException("a proactive message to " + serviceUrl + " failed: " + Boundary.unwrap(e), e);
    }
  }
}
