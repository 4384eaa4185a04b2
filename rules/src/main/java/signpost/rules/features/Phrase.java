package signpost.rules.features;

import java.util.ArrayList;
import java.util.List;

/**
 * One phrase of a phrase list, as a sequence of word patterns. A word matches the same word or any word of
 * the same English stem ("shut" matches "shutting"); a word ending in {@code *} matches every word it begins
 * ("discriminat*"); {@code ...} stands for up to four other words of the same clause ("hand* ... over"
 * matches "handing five libraries over"); a word written {@code =word} matches only as written ("=traveller" does not
 * meet "travel", its stem).
 *
 * @param text the phrase as written in the file
 * @param words its word patterns, a gap as {@link #GAP}
 */
record Phrase(String text, List<Pattern> words) {

  /** How many words a {@code ...} may stand for. */
  static final int GAP_WORDS = 4;

  /** One word pattern; a gap matches no word itself. */
  record Pattern(String surface, String stem, boolean prefix, boolean gap) {

    boolean matches(Words words, int i) {
      String word = words.surface(i);
      if (prefix) return word.startsWith(surface) || (stem != null && stem.length() >= MIN_STEM_PREFIX && words.stem(i).startsWith(stem));
      return word.equals(surface) || (stem != null && words.stem(i).equals(stem));
    }
  }

  /** The shortest stem a prefix also matches by ("procure*" meets "procuring" through "procur"; "clos*" has too short a stem). */
  static final int MIN_STEM_PREFIX = 5;

  static final Pattern GAP = new Pattern("...", "...", false, true);

  /**
   * Returns the phrase read from its text, or throws when it has no word.
   *
   * @throws IllegalArgumentException when the text holds no word, or starts or ends with a gap
   */
  static Phrase parse(String text) {
    return parse(text, true);
  }

  /** Returns the phrase read from its text, its words matching by stem as well only when {@code stems} is true. */
  static Phrase parse(String text, boolean stems) {
    List<Pattern> words = new ArrayList<>();
    for (String token : text.strip().split("\\s+")) {
      if (token.equals("...")) {
        words.add(GAP);
        continue;
      }
      boolean asWritten = token.startsWith("=") && token.length() > 1;
      if (asWritten) token = token.substring(1);
      boolean prefix = token.endsWith("*");
      Words parsed = Words.of(prefix ? token.substring(0, token.length() - 1) : token);
      for (int i = 0; i < parsed.size(); i++) {
        boolean last = i == parsed.size() - 1;
        words.add(new Pattern(parsed.surface(i), stems && !asWritten ? parsed.stem(i) : null, prefix && last, false));
      }
    }
    if (words.stream().noneMatch(w -> !w.gap())) throw new IllegalArgumentException("a phrase needs a word: " + text);
    if (words.get(0).gap() || words.get(words.size() - 1).gap()) {
      throw new IllegalArgumentException("a phrase cannot start or end with ...: " + text);
    }
    return new Phrase(text, List.copyOf(words));
  }

  /** Returns this phrase matching its words as written only, not by their stems. */
  Phrase withoutStems() {
    return new Phrase(text, words.stream().map(w -> w.gap() ? w : new Pattern(w.surface(), null, w.prefix(), false)).toList());
  }

  /** Returns the index of the first word of the phrase's first match at or after {@code from}, or -1; {@code end[0]} is set past its last word. */
  int find(Words text, int from, int[] end) {
    for (int start = from; start < text.size(); start++) {
      int stop = matchFrom(text, start, 0);
      if (stop >= 0) {
        end[0] = stop;
        return start;
      }
    }
    return -1;
  }

  /** Returns the index past the match of words[w..] starting at text word i, or -1. */
  private int matchFrom(Words text, int i, int w) {
    if (w == words.size()) return i;
    Pattern pattern = words.get(w);
    if (pattern.gap()) {
      for (int skip = 0; skip <= GAP_WORDS && i + skip < text.size(); skip++) {
        if (skip > 0 && !text.sameClause(i - 1, i + skip - 1)) break;
        int stop = matchFrom(text, i + skip, w + 1);
        if (stop >= 0) return stop;
      }
      return -1;
    }
    if (i >= text.size() || !pattern.matches(text, i)) return -1;
    if (w > 0 && !text.sameClause(i - 1, i)) return -1;
    return matchFrom(text, i + 1, w + 1);
  }
}
