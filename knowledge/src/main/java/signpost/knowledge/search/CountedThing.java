package signpost.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a "how many" question counts ("how many EDI contacts have we got?" counts EDI contacts), and whether
 * a passage states a number next to it ("27 colleagues are EDI Contacts", "7.5% of staff"). A number that only
 * numbers a list item ("2. Enhance ...", "3)") or is a year does not count.
 */
final class CountedThing {

  private static final Pattern HOW_MANY = Pattern.compile(
      "\\bhow many\\s+(.+?)(?:\\s+(?:have|has|are|is|do|does|did|were|was|will|can|should|we|our|in|on|at|for|got|get"
          + "|there|and|or|to|does)\\b|[?,.;!]|$)");
  /** A count: digits (a share too) or a number word; not a list marker ("2." "3)") nor a year. */
  private static final Pattern COUNT = Pattern.compile(
      "(?<![\\d.,\\p{L}])(?:(?!(?:19|20)\\d\\d\\b)\\d[\\d,]*(?:\\.\\d+)?%?|(?:one|two|three|four|five|six|seven|eight|nine|ten"
          + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)\\b)"
          + "(?![\\d)]|\\.(?:\\s|$))");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** How many words either side of the number the counted thing may be. */
  private static final int NEAR = 5;
  /** How much of a word must match, so "contacts" finds "Contact" and "objectives" finds "objective". */
  private static final int STEM = 5;

  private final List<String> stems;

  private CountedThing(List<String> stems) {
    this.stems = stems;
  }

  /** Returns what the question counts; empty when it is not a "how many" question or names nothing to count. */
  static Optional<CountedThing> of(String question) {
    Matcher asked = HOW_MANY.matcher(question.toLowerCase(Locale.ROOT));
    if (!asked.find()) return Optional.empty();
    List<String> stems = new ArrayList<>();
    Matcher word = WORD.matcher(asked.group(1));
    while (word.find()) {
      if (word.group().length() >= 4) stems.add(word.group().substring(0, Math.min(STEM, word.group().length())));
    }
    return stems.isEmpty() ? Optional.empty() : Optional.of(new CountedThing(stems));
  }

  /** Returns whether the text states a count with a word of the counted thing at most a few words away. */
  boolean statedIn(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher count = COUNT.matcher(lower);
    while (count.find()) {
      if (near(lower.substring(Math.max(0, count.start() - 80), count.start()), true)
          || near(lower.substring(count.end(), Math.min(lower.length(), count.end() + 80)), false)) return true;
    }
    return false;
  }

  private boolean near(String side, boolean before) {
    return near(side, before, NEAR, stems);
  }

  /**
   * Returns whether one of the {@code window} words of {@code side} nearest the figure (its last words when the side
   * comes {@code before} it, else its first) starts with one of the stems.
   */
  static boolean near(String side, boolean before, int window, List<String> stems) {
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(side);
    while (word.find()) words.add(word.group());
    List<String> nearest = before ? words.subList(Math.max(0, words.size() - window), words.size())
        : words.subList(0, Math.min(window, words.size()));
    for (String w : nearest) for (String stem : stems) if (w.startsWith(stem)) return true;
    return false;
  }
}
