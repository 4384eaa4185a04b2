package signpost.bot.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A button on a card. Each names a verb (what to do) and the question id it is about; never who pressed it. Teams
 * sends an {@code Action.Execute} as an {@code adaptiveCard/action} invoke; clients without Universal Actions
 * fall back to the {@code Action.Submit}, which arrives as a message whose {@code value} is the data.
 */
sealed interface CardAction permits CardAction.Execute, CardAction.Submit {

  /** Returns the action as Adaptive Card JSON. */
  ObjectNode json();

  /** An {@code Action.Submit} whose data is {@code {"verb": ..., "id": ...}}. */
  record Submit(String title, String verb, String id) implements CardAction {
    @Override
    public ObjectNode json() {
      ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", "Action.Submit").put("title", title);
      node.putObject("data").put("verb", verb).put("id", id);
      return node;
    }
  }

  /** An {@code Action.Execute} with {@code {"id": ...}} as data and the equivalent {@link Submit} as its fallback. */
  record Execute(String title, String verb, String id) implements CardAction {
    @Override
    public ObjectNode json() {
      ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", "Action.Execute").put("title", title).put("verb", verb);
      node.putObject("data").put("id", id);
      node.set("fallback", new Submit(title, verb, id).json());
      return node;
    }
  }
}
