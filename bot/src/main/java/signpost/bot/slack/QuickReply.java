package signpost.bot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * What a quick-reply button carries in its value: the reply's text and the key of the conversation it answers in,
 * never who may press it; whoever presses it is the action's user, as Slack signs it.
 *
 * @param conversation the conversation's key, see {@link Place#key()}
 * @param text the reply, handled as if the person had typed it
 */
record QuickReply(String conversation, String text) {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Slack's limit on a button's value. */
  static final int MAX_VALUE = 2000;

  /** Returns the button's value: {@code {"conversation": ..., "text": ...}}. */
  String value() {
    String value = JSON.createObjectNode().put("conversation", conversation).put("text", text).toString();
    if (value.length() > MAX_VALUE) throw new IllegalArgumentException("a quick reply is too long for a button: " + text);
    return value;
  }

  /** Returns the quick reply a button's value holds, or empty when it holds none. */
  static Optional<QuickReply> parse(String value) {
    if (value == null) return Optional.empty();
    try {
      JsonNode json = JSON.readTree(value);
      String conversation = json.path("conversation").asText("");
      String text = json.path("text").asText("");
      return conversation.isBlank() || text.isBlank() ? Optional.empty() : Optional.of(new QuickReply(conversation, text));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
