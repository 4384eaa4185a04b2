package signpost.knowledge.search;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question words of a message typed as text-speak ("wots our disability pay gap", "wen is it due", "hw many r
 * there") written out, so that what shape of answer it asks for is read as from the words written in full. Only
 * whole words, and only those that are nothing else in an organisation's questions.
 */
public final class TextSpeak {

  private static final Map<String, String> WRITTEN_OUT = Map.ofEntries(
      Map.entry("wot", "what"), Map.entry("wat", "what"), Map.entry("wht", "what"), Map.entry("wut", "what"),
      Map.entry("wots", "what's"), Map.entry("wats", "what's"), Map.entry("wot's", "what's"), Map.entry("wat's", "what's"),
      Map.entry("whts", "what's"), Map.entry("wen", "when"), Map.entry("wn", "when"), Map.entry("hw", "how"),
      Map.entry("u", "you"), Map.entry("r", "are"), Map.entry("ur", "your"), Map.entry("wer", "where"),
      Map.entry("wheres", "where's"), Map.entry("hows", "how's"), Map.entry("whens", "when's"), Map.entry("whos", "who's"),
      Map.entry("whats", "what's"), Map.entry("wich", "which"), Map.entry("whch", "which"));

  private static final Pattern WORD = Pattern.compile("(?<![\\w&'-])[a-z]+(?:'s)?(?![\\w&'-])");

  /** Words after which a "2" is a number ("2 years"), not "to" ("need 2 do"). */
  private static final Set<String> COUNTED = Set.of("year", "years", "month", "months", "week", "weeks", "day", "days",
      "hour", "hours", "of", "and", "or", "per", "people", "staff", "sites", "centres", "libraries", "percent");
  /** Words a number follows as the name of one of several: "stage 2", "option 2", "objective 2", "year 2". */
  private static final Set<String> NUMBERED = Set.of("stage", "part", "phase", "step", "level", "tier", "band", "section",
      "option", "objective", "priority", "outcome", "appendix", "annex", "table", "figure", "page", "route", "room",
      "floor", "grade", "year", "week", "day", "question", "number", "no", "version", "item", "indicator", "metric",
      "standard", "theme", "aim", "ward", "zone", "area", "ref", "action", "recommendation", "paragraph", "clause");
  /** A plural, counted by a "2" before it ("over 2 nights", "2 sessions"); not "discuss", "focus" or "this". */
  private static final Pattern PLURAL = Pattern.compile("[a-z]{2,}[^su]s");
  /** A "2" standing alone between two words, with the words either side. */
  private static final Pattern TWO =
      Pattern.compile("(?<![\\p{L}\\d'])([\\p{L}\\d']{1,40})([ ]{1,3})2(?=[ ]{1,3}([\\p{L}\\d']+))");

  private TextSpeak() {}

  /**
   * Returns whether a "2" between these words is "to" as texted ("need 2 do", "take 2 sort"), not a number ("cut 2
   * years", "over 2 nights", "1 or 2", "my stage 2 in"): a word on both sides, the one before not what a number names,
   * the one after neither a figure nor what is counted.
   */
  public static boolean twoMeansTo(String before, String after) {
    String next = after.toLowerCase(Locale.ROOT);
    return !before.isEmpty() && !before.matches("\\d+") && !NUMBERED.contains(before.toLowerCase(Locale.ROOT))
        && !next.isEmpty() && !next.matches("\\d+")
        && !COUNTED.contains(next) && !PLURAL.matcher(next).matches();
  }

  /** Returns the text with each "2" texted for "to" written out ("how long should my TAA take to sort"). */
  public static String twosWrittenOut(String text) {
    if (text.indexOf('2') < 0) return text;
    Matcher two = TWO.matcher(text);
    StringBuilder out = new StringBuilder();
    while (two.find()) {
      String word = twoMeansTo(two.group(1), two.group(3)) ? "to" : "2";
      two.appendReplacement(out, Matcher.quoteReplacement(two.group(1) + two.group(2) + word));
    }
    return two.appendTail(out).toString();
  }

  /** Returns the lower-case question with its text-speak question words written out. */
  static String writtenOut(String lower) {
    Matcher word = WORD.matcher(lower);
    StringBuilder out = new StringBuilder();
    while (word.find()) {
      word.appendReplacement(out, Matcher.quoteReplacement(WRITTEN_OUT.getOrDefault(word.group(), word.group())));
    }
    return word.appendTail(out).toString();
  }
}
