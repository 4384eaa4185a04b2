package signpost.bot.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.ReplyDelivery;

/**
 * Delivers the EDI Contacts' replies to askers in Teams: a proactive message to the asker's personal chat, "The EDI
 * Contacts replied to your question ..." (or "message", for a report of harm), with the contact's name only where they
 * chose to show it, whether
 * the reply was written on the contacts' card or on the admin page.
 */
final class TeamsReplies implements ReplyDelivery {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Proactive proactive;

  TeamsReplies(Proactive proactive) {
    this.proactive = proactive;
  }

  /** Returns where a hand-off's reply goes in Teams, as {@link #place} writes it: conversation id and service URL. */
  record Chat(String conversationId, String serviceUrl) {}

  /** Returns the {@link Handoff#replyTo()} of a personal chat. */
  static String place(String conversationId, String serviceUrl) {
    return JSON.createObjectNode().put("conversationId", conversationId).put("serviceUrl", serviceUrl).toString();
  }

  /** @throws TeamsException when the connector cannot be reached or refuses the message */
  @Override
  public boolean deliver(Handoff handoff) {
    Chat asker = chat(handoff.replyTo());
    if (asker == null) return false;
    proactive.send(asker.conversationId(), asker.serviceUrl(), Outgoing.text(
        "The " + handoff.from() + " replied to your " + (handoff.saveable() ? "question" : "message") + " \""
            + handoff.question() + "\":\n\n" + handoff.reply()));
    return true;
  }

  /** Returns the personal chat a hand-off's reply goes to, or null when it is not a Teams chat's. */
  static Chat chat(String replyTo) {
    try {
      JsonNode place = JSON.readTree(replyTo);
      String conversation = place.path("conversationId").asText("");
      String serviceUrl = place.path("serviceUrl").asText("");
      return conversation.isEmpty() || serviceUrl.isEmpty() ? null : new Chat(conversation, serviceUrl);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
