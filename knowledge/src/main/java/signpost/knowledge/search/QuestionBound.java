package signpost.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds what one question can ask of the index. Every word becomes clauses on three fields, and a synonym
 * adds a path through the query's token graph, so a long question of repeated or rare words would build a
 * query Lucene refuses (too many clauses, too deep a graph). A question of more than {@link #MAX_WORDS}
 * words is read as its distinct words, the first {@code MAX_WORDS} of them; a real question is far shorter,
 * so it is read as asked.
 */
final class QuestionBound {

  /** Well above any real question (the longest seen has about 30 words), well below what Lucene refuses. */
  static final int MAX_WORDS = 48;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

  private QuestionBound() {}

  /** Returns the question itself when it has at most {@code limit} words, else its first distinct words. */
  static String of(String question, int limit) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(question);
    while (matcher.find()) words.add(matcher.group());
    if (words.size() <= limit) return question;
    Set<String> seen = new LinkedHashSet<>();
    List<String> kept = new ArrayList<>();
    for (String word : words) {
      if (kept.size() == limit) break;
      if (seen.add(word.toLowerCase(Locale.ROOT))) kept.add(word);
    }
    return String.join(" ", kept);
  }
}
