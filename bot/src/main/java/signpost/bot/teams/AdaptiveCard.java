package signpost.bot.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An Adaptive Card (schema 1.5): its body and buttons, written as JSON by the records it is made of. Its plain
 * text is the card's own words, for clients and notifications that show no cards.
 *
 * @param body the elements, top to bottom
 * @param actions the buttons under it
 */
record AdaptiveCard(List<CardElement> body, List<CardAction> actions) {

  static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
  static final String VERSION = "1.5";
  static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

  AdaptiveCard {
    body = List.copyOf(body);
    actions = List.copyOf(actions);
  }

  /** Returns the card's JSON, full width in Teams, with its plain text as {@code fallbackText}. */
  ObjectNode json() {
    ObjectNode card = JsonNodeFactory.instance.objectNode().put("type", "AdaptiveCard").put("$schema", SCHEMA).put("version", VERSION);
    card.putObject("msteams").put("width", "Full");
    card.put("fallbackText", plain());
    ArrayNode elements = card.putArray("body");
    for (CardElement element : body) elements.add(element.json());
    if (!actions.isEmpty()) {
      ArrayNode buttons = card.putArray("actions");
      for (CardAction action : actions) buttons.add(action.json());
    }
    return card;
  }

  /** Returns the card's text without markup, element by element. */
  String plain() {
    return String.join("\n\n", body.stream().map(CardElement::plain).toList());
  }
}
