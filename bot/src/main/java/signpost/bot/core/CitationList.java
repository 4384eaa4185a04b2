package signpost.bot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import signpost.knowledge.Document;
import signpost.knowledge.KnowledgeBase;

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

  /**
   * Returns the marker citing the first of {@code documentIds} that was read, for a fact from an organisation
   * file (whole document: no section or page), or "" when none was read.
   */
  String citeDocument(KnowledgeBase knowledge, List<String> documentIds, String snippet) {
    for (String id : documentIds) {
      Optional<Document> document = knowledge.document(id);
      if (document.isPresent()) return cite(new Citation(document.get().file(), document.get().title(), null, null, snippet));
    }
    return "";
  }

  List<Citation> all() {
    return List.copyOf(citations);
  }
}
