package signpost.bot.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One element of an Adaptive Card's body; each writes its own JSON and its plain text, with every text made
 * {@link CardMarkdown#inert inert}: documents' Markdown links never become links in Teams.
 */
sealed interface CardElement permits CardElement.Text, CardElement.Facts, CardElement.Box, CardElement.Buttons,
    CardElement.Input {

  JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Returns the element as Adaptive Card JSON. */
  ObjectNode json();

  /** Returns the element as plain text, for clients that show no cards. */
  String plain();

  /**
   * A {@code TextBlock}, always wrapped.
   *
   * @param text what it says
   * @param heading bolder weight, for a section's title
   * @param subtle small and subtle, for sources and notes
   */
  record Text(String text, boolean heading, boolean subtle) implements CardElement {

    static Text of(String text) {
      return new Text(text, false, false);
    }

    static Text heading(String text) {
      return new Text(text, true, false);
    }

    static Text subtle(String text) {
      return new Text(text, false, true);
    }

    @Override
    public ObjectNode json() {
      ObjectNode node = JSON.objectNode().put("type", "TextBlock").put("text", CardMarkdown.inert(text)).put("wrap", true);
      if (heading) node.put("weight", "Bolder");
      if (subtle) node.put("size", "Small").put("isSubtle", true);
      return node;
    }

    @Override
    public String plain() {
      return CardMarkdown.inert(text);
    }
  }

  /** A {@code FactSet}: one title and value a line, e.g. a contact and how to reach them. */
  record Facts(List<Fact> facts) implements CardElement {

    public Facts {
      facts = List.copyOf(facts);
    }

    @Override
    public ObjectNode json() {
      ObjectNode node = JSON.objectNode().put("type", "FactSet");
      ArrayNode list = node.putArray("facts");
      for (Fact fact : facts) list.addObject().put("title", CardMarkdown.inert(fact.title())).put("value", CardMarkdown.inert(fact.value()));
      return node;
    }

    @Override
    public String plain() {
      List<String> lines = new ArrayList<>();
      for (Fact fact : facts) lines.add("- " + fact.title() + (fact.value().isEmpty() ? "" : ": " + fact.value()));
      return CardMarkdown.inert(String.join("\n", lines));
    }
  }

  /** One line of a {@link Facts}. */
  record Fact(String title, String value) {}

  /**
   * A {@code Container} that sets its items apart, e.g. an EqIA verdict.
   *
   * @param style {@code attention}, {@code warning}, {@code good} or {@code emphasis}
   * @param items what it holds
   */
  record Box(String style, List<CardElement> items) implements CardElement {

    public Box {
      items = List.copyOf(items);
    }

    @Override
    public ObjectNode json() {
      ObjectNode node = JSON.objectNode().put("type", "Container").put("style", style);
      ArrayNode list = node.putArray("items");
      for (CardElement item : items) list.add(item.json());
      return node;
    }

    @Override
    public String plain() {
      return String.join("\n", items.stream().map(CardElement::plain).toList());
    }
  }

  /**
   * An {@code ActionSet}: buttons inside the card's body, beside what they answer, e.g. a screening's quick replies.
   * Its plain text names them, for clients that show no cards.
   *
   * @param lead the plain text's lead, e.g. "You can reply"
   * @param actions the buttons
   */
  record Buttons(String lead, List<CardAction> actions) implements CardElement {

    public Buttons {
      actions = List.copyOf(actions);
    }

    @Override
    public ObjectNode json() {
      ObjectNode node = JSON.objectNode().put("type", "ActionSet");
      ArrayNode list = node.putArray("actions");
      for (CardAction action : actions) list.add(action.json());
      return node;
    }

    @Override
    public String plain() {
      List<String> titles = new ArrayList<>();
      for (CardAction action : actions) {
        titles.add(action instanceof CardAction.OpenUrl open ? action.title() + " " + open.url() : action.title());
      }
      return CardMarkdown.inert(lead + ": " + String.join(" | ", titles));
    }
  }

  /**
   * An input whose value an {@code Action.Execute} sends with its data, under its id: {@code Input.Text} (one line or
   * several), {@code Input.Date} ({@code yyyy-mm-dd}) or {@code Input.Toggle} ({@code "true"} or {@code "false"}).
   *
   * @param type the input's type, e.g. {@code Input.Text}
   * @param id the key its value is sent under
   * @param label what it asks for
   * @param value its initial value, or null
   * @param multiline for text: several lines
   */
  record Input(String type, String id, String label, String value, boolean multiline) implements CardElement {

    static Input text(String id, String label, String value, boolean multiline) {
      return new Input("Input.Text", id, label, value, multiline);
    }

    static Input date(String id, String label, String value) {
      return new Input("Input.Date", id, label, value, false);
    }

    /** Returns a toggle, on or off to start with. */
    static Input toggle(String id, String label, boolean on) {
      return new Input("Input.Toggle", id, label, Boolean.toString(on), false);
    }

    @Override
    public ObjectNode json() {
      ObjectNode node = JSON.objectNode().put("type", type).put("id", id);
      if (type.equals("Input.Toggle")) node.put("title", label).put("valueOn", "true").put("valueOff", "false");
      else node.put("label", label);
      if (value != null) node.put("value", value);
      if (multiline) node.put("isMultiline", true);
      return node;
    }

    @Override
    public String plain() {
      return CardMarkdown.inert(label + (value == null ? "" : ": " + value));
    }
  }
}
