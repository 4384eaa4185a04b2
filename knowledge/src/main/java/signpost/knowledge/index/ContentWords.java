package signpost.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a text that carry its subject, as questions are searched with them: lower-cased, without English and
 * question stop words ("what", "how", "the"), Porter-stemmed, without synonyms. Two questions in other words about the
 * same thing share most of them, so the EDI team's log of unanswered questions groups by them.
 */
public final class ContentWords {

  private static final Analyzer ANALYZER = EdiAnalyzer.forQuestions(null);

  private ContentWords() {}

  /** Returns the stems of the text's content words, each once, in the order they first appear. */
  public static Set<String> of(String text) {
    Set<String> words = new LinkedHashSet<>();
    try (TokenStream tokens = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) words.add(term.toString());
      tokens.end();
    } catch (IOException e) {
      // Reading a String does no I/O; an analyzer that fails here is a bug.
      throw new UncheckedIOException("cannot split text into words", e);
    }
    return words;
  }
}
