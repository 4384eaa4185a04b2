package signpost.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An inbound activity as the channel's logic reads it, whatever parsed it: what kind it is, the question with
 * Signpost's own mention removed, where it was said and whether Signpost was mentioned or added.
 *
 * @param kind the activity's type
 * @param name an invoke's name, e.g. {@code adaptiveCard/action}, or null
 * @param text the text as plain words, Signpost's mention removed; empty when there is none
 * @param scope a personal chat, a channel or a group chat
 * @param mentioned true when the activity mentions Signpost (its recipient)
 * @param conversationId the conversation, with {@code ;messageid=} in a channel thread, or null
 * @param tenantId the Microsoft 365 tenant, or null
 * @param botAdded true when a conversation update adds Signpost itself
 * @param value a card's submitted data or an invoke's value, or null
 * @param fromId who sent it: the user's Microsoft Entra object id, else their channel id, or null
 * @param fromName the sender's display name, or null; read only where a contact chooses to show it
 * @param serviceUrl where replies to the conversation go, or null
 */
record Incoming(Kind kind, String name, String text, Scope scope, boolean mentioned, String conversationId, String tenantId,
                boolean botAdded, JsonNode value, String fromId, String fromName, String serviceUrl) {

  /** The activity types the channel tells apart. */
  enum Kind { MESSAGE, CONVERSATION_UPDATE, INVOKE, OTHER }

  /** Where a message was said. */
  enum Scope { PERSONAL, CHANNEL, GROUP }

  /** Returns the activity's JSON as the channel reads it. */
  static Incoming of(JsonNode activity) {
    String botId = text(activity.path("recipient").path("id"));
    List<String> ownMentions = new ArrayList<>();
    for (JsonNode entity : activity.path("entities")) {
      if (!"mention".equalsIgnoreCase(entity.path("type").asText()) || botId == null) continue;
      if (!botId.equals(text(entity.path("mentioned").path("id")))) continue;
      String shown = text(entity.path("text"));
      ownMentions.add(shown != null ? shown : "<at>" + entity.path("mentioned").path("name").asText() + "</at>");
    }
    boolean botAdded = false;
    for (JsonNode member : activity.path("membersAdded")) botAdded |= botId != null && botId.equals(text(member.path("id")));
    JsonNode conversation = activity.path("conversation");
    String tenant = text(conversation.path("tenantId"));
    if (tenant == null) tenant = text(activity.path("channelData").path("tenant").path("id"));
    JsonNode value = activity.path("value");
    return new Incoming(kind(activity.path("type").asText()), text(activity.path("name")),
        TeamsText.question(text(activity.path("text")), ownMentions), scope(text(conversation.path("conversationType"))),
        !ownMentions.isEmpty(), text(conversation.path("id")), tenant, botAdded, value.isMissingNode() || value.isNull() ? null : value,
        from(activity.path("from")), text(activity.path("from").path("name")), text(activity.path("serviceUrl")));
  }

  private static String from(JsonNode from) {
    String object = text(from.path("aadObjectId"));
    return object != null ? object : text(from.path("id"));
  }

  private static Kind kind(String type) {
    return switch (type) {
      case "message" -> Kind.MESSAGE;
      case "conversationUpdate" -> Kind.CONVERSATION_UPDATE;
      case "invoke" -> Kind.INVOKE;
      default -> Kind.OTHER;
    };
  }

  /** Reads Teams' conversation type; none (the Emulator, older clients) is a personal chat. */
  private static Scope scope(String conversationType) {
    if ("channel".equals(conversationType)) return Scope.CHANNEL;
    return "groupChat".equals(conversationType) ? Scope.GROUP : Scope.PERSONAL;
  }

  private static String text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }
}
