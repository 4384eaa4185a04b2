package signpost.bot.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A button on a card. Each names a verb (what to do) and the question id it is about, or the reply it sends, or the
 * address it opens; never who pressed it. Teams sends an {@code Action.Execute} as an {@code adaptiveCard/action}
 * invoke; clients without Universal Actions fall back to the {@code Action.Submit}, which arrives as a message whose
 * {@code value} is the data.
 */
sealed interface CardAction permits CardAction.Execute, CardAction.Submit, CardAction.Reply, CardAction.OpenUrl,
    CardAction.Send {

  /** The verb of a quick reply's data. */
  String REPLY = "reply";

  /** Returns the action as Adaptive Card JSON. */
  ObjectNode json();

  /** Returns the button's label. */
  String title();

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

  /**
   * A screening's quick reply: an {@code Action.Submit} whose data is {@code {"verb": "reply", "text": ...}}, handled
   * as if the person who pressed it had typed the text in the conversation the card is in.
   */
  record Reply(String title, String text) implements CardAction {
    @Override
    public ObjectNode json() {
      ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", "Action.Submit").put("title", title);
      node.putObject("data").put("verb", REPLY).put("text", text);
      return node;
    }
  }

  /**
   * An {@code Action.Execute} whose data is {@code data}, to which Teams adds the card's inputs by id; for Universal
   * Actions only (the EDI Contacts' hand-off), with no fallback.
   */
  record Send(String title, String verb, ObjectNode data) implements CardAction {
    @Override
    public ObjectNode json() {
      ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", "Action.Execute").put("title", title).put("verb", verb);
      node.set("data", data.deepCopy());
      return node;
    }
  }

  /** An {@code Action.OpenUrl}: Teams opens the address in the person's browser. */
  record OpenUrl(String title, String url) implements CardAction {
    @Override
    public ObjectNode json() {
      return JsonNodeFactory.instance.objectNode().put("type", "Action.OpenUrl").put("title", title).put("url", url);
    }
  }
}
