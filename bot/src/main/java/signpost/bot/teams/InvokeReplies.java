package signpost.bot.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes the bodies that answer an {@code adaptiveCard/action} invoke (Universal Actions): a card, a message or an error. */
final class InvokeReplies {

  static final String MESSAGE_TYPE = "application/vnd.microsoft.activity.message";
  static final String ERROR_TYPE = "application/vnd.microsoft.error";

  private InvokeReplies() {}

  /** Returns a reply that replaces the card with this one. */
  static ObjectNode card(AdaptiveCard card) {
    ObjectNode body = head(200, AdaptiveCard.CONTENT_TYPE);
    body.set("value", card.json());
    return body;
  }

  /** Returns a reply that shows a short message. */
  static ObjectNode message(String text) {
    return head(200, MESSAGE_TYPE).put("value", text);
  }

  /** Returns an error reply, e.g. 400 {@code BadRequest} for an action Signpost does not know. */
  static ObjectNode error(int status, String code, String message) {
    ObjectNode body = head(status, ERROR_TYPE);
    body.putObject("value").put("code", code).put("message", message);
    return body;
  }

  private static ObjectNode head(int status, String type) {
    return JsonNodeFactory.instance.objectNode().put("statusCode", status).put("type", type);
  }
}
