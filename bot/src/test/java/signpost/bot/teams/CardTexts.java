package signpost.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the words of an Adaptive Card's JSON as a client shows them: its text blocks, inside containers too. */
final class CardTexts {

  private CardTexts() {}

  /** Returns the text of every {@code TextBlock} in the card's body, top to bottom. */
  static List<String> of(JsonNode card) {
    List<String> texts = new ArrayList<>();
    collect(card.path("body"), texts);
    return texts;
  }

  /** Returns the numbered sources the card lists, e.g. "[1] Title > Section, p. 15". */
  static List<String> citations(JsonNode card) {
    return of(card).stream().filter(text -> text.matches("\\[\\d+] .*")).toList();
  }

  private static void collect(JsonNode elements, List<String> texts) {
    for (JsonNode element : elements) {
      if ("TextBlock".equals(element.path("type").asText())) texts.add(element.path("text").asText());
      collect(element.path("items"), texts);
    }
  }
}
