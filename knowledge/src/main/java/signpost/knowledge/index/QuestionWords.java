package signpost.knowledge.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Words that carry no subject in a question ("what", "how", "does", "we", "tell"), kept in the
 * resource {@code signpost/index/question-stopwords.txt} so they can be extended without Java.
 */
final class QuestionWords {

  static final CharArraySet STOP_SET = load("/signpost/index/question-stopwords.txt");

  private QuestionWords() {}

  private static CharArraySet load(String resource) {
    CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    try (InputStream in = QuestionWords.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) set.add(word);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return CharArraySet.unmodifiableSet(set);
  }
}
