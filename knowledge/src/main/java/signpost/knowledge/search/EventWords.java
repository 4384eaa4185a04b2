package signpost.knowledge.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import signpost.knowledge.index.PassageFields;

/**
 * Words that say that something took place ("visit", "held", "meeting"), kept in the resource
 * {@code signpost/index/event-words.txt}. A question asking when something happened names the event with
 * them, and the dated passage that answers it rarely repeats them: they are left out of what a passage must
 * cover, never out of the search.
 */
final class EventWords {

  private static final String RESOURCE = "/signpost/index/event-words.txt";

  private final Set<String> terms;

  /** Returns the event words as {@code analyzer} turns them into terms. */
  EventWords(Analyzer analyzer) {
    Set<String> found = new HashSet<>();
    for (String word : ResourceWords.of(RESOURCE)) {
      for (QuestionTerms.Concept concept : QuestionTerms.of(analyzer.tokenStream(PassageFields.TEXT, word))) {
        found.addAll(concept.terms());
      }
    }
    this.terms = Set.copyOf(found);
  }

  /**
   * Returns the concepts of a question asking when, without those that only say something took place; all of
   * them when nothing else would be left.
   */
  List<QuestionTerms.Concept> withoutEvents(List<QuestionTerms.Concept> concepts) {
    List<QuestionTerms.Concept> rest = concepts.stream().filter(c -> !terms.containsAll(c.terms())).toList();
    return rest.isEmpty() ? concepts : rest;
  }
}
