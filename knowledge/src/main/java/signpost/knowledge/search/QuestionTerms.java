package signpost.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The concepts of a question: each word (or phrase a synonym rule matched) with every term it may
 * appear as in a passage. A question is covered by a passage as far as its concepts are found there.
 */
final class QuestionTerms {

  /** One concept: the terms any of which stand for it, and where it starts and ends in the question. */
  record Concept(Set<String> terms, int start, int end) {

    /** Returns the concept's words as the question writes them. */
    String word(String question) {
      return question.substring(start, Math.min(end, question.length()));
    }
  }

  private QuestionTerms() {}

  /** Returns the concepts of the question, grouped by where in the question they start. */
  static List<Concept> of(TokenStream tokens) {
    Map<Integer, Set<String>> byStart = new LinkedHashMap<>();
    Map<Integer, Integer> ends = new LinkedHashMap<>();
    try (TokenStream stream = tokens) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        byStart.computeIfAbsent(offset.startOffset(), k -> new LinkedHashSet<>()).add(term.toString());
        ends.merge(offset.startOffset(), offset.endOffset(), Math::max);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse the question", e);
    }
    List<Concept> concepts = new ArrayList<>();
    byStart.forEach((start, terms) -> concepts.add(new Concept(Set.copyOf(terms), start, ends.get(start))));
    return concepts;
  }
}
