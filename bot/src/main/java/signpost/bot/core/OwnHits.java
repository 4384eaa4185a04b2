package signpost.bot.core;

import java.util.List;
import java.util.Optional;
import signpost.knowledge.Passage;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Results;

/** The passages of an organisation's own documents among those a search found, for what is read from them once. */
final class OwnHits {

  private OwnHits() {}

  /**
   * Returns the hits of the organisation's own documents, best first, leaving out an action plan's rows ("Action: ...;
   * Owner: ...; Due: ..."), which say what it will do, not what it holds.
   */
  static List<Hit> prose(Results results, String organisation) {
    return results.hits().stream()
        .filter(h -> !h.passage().document().builtIn() && organisation.equals(h.passage().document().organisation()))
        .filter(h -> !OwnSupportRoutes.isPlanRow(h.passage().text()))
        .toList();
  }

  /**
   * Returns the passage found just after {@code lead} in its section: what a lead-in ending in a colon opens, where a
   * document's layout split them.
   */
  static Optional<Hit> after(Passage lead, List<Hit> found) {
    return found.stream().filter(h -> h.passage().introducedBy(lead)).findFirst();
  }
}
