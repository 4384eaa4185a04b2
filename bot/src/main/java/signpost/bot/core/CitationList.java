package signpost.bot.core;

import java.util.ArrayList;
import java.util.List;

/** Numbers the sources an answer cites, in the order the text first cites them; a source cited twice keeps its number. */
final class CitationList {

  private final List<Citation> citations = new ArrayList<>();

  /** Returns the marker for the citation, e.g. {@code " [2]"}. */
  String cite(Citation citation) {
    int index = citations.indexOf(citation);
    if (index < 0) {
      citations.add(citation);
      index = citations.size() - 1;
    }
    return " [" + (index + 1) + "]";
  }

  List<Citation> all() {
    return List.copyOf(citations);
  }
}
