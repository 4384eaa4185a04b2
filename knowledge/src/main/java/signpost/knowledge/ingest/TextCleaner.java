package signpost.knowledge.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans text taken from a document: drops footnote marks set in superscript after a word, normalises Unicode (NFKC,
 * so ligatures and non-breaking spaces become plain letters and spaces), removes markup debris such as {@code **} or {@code <u>},
 * rejoins words broken by a hyphen and a space, and collapses whitespace to single spaces.
 */
public final class TextCleaner {

  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\p{Cc}&&[^\\n\\t\\r]]");
  // Inline tags vanish ("<u>Thursday</u>," stays "Thursday,"); block tags leave a space between words.
  private static final Pattern INLINE_TAG = Pattern.compile(
      "</?(?:a|b|i|u|s|em|strong|span|sup|sub|font|small|big|strike|del|ins|mark|code)\\b[^<>]{0,200}?/?>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BLOCK_TAG = Pattern.compile(
      "</?(?:p|br|hr|div|li|ul|ol|table|tr|td|th|h[1-6]|img|blockquote|section|article)\\b[^<>]{0,200}?/?>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EMPHASIS = Pattern.compile("\\*{2,}|_{2,}");
  // "equal- ity" -> "equality", but "pre- and post-natal" keeps its hyphen.
  private static final Pattern BROKEN_WORD =
      Pattern.compile("(\\p{L}{2,})- (?!(?:and|or|nor|to|but)\\b)(\\p{Ll}+)");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  /**
   * A footnote's mark set in superscript figures after a word ("Median gender pay gap⁴"), which Unicode normalisation
   * would otherwise join to the word as a digit ("gap4"), so that the word is found no more; a unit's power after a
   * letter alone ("m²") is kept.
   */
  private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?<=\\p{L}{2})[\\u00B9\\u00B2\\u00B3\\u2070\\u2074-\\u2079]+");

  private TextCleaner() {}

  /** Returns the text cleaned to a single trimmed line; never null, and cleaning it again changes nothing. */
  public static String clean(String text) {
    if (text == null || text.isEmpty()) return "";
    String current = Normalizer.normalize(FOOTNOTE_MARK.matcher(text).replaceAll(""), Normalizer.Form.NFKC);
    current = INVISIBLE.matcher(current).replaceAll("");
    // Each step below only shortens the text, so repeating until nothing changes terminates.
    while (true) {
      String next = INLINE_TAG.matcher(current).replaceAll("");
      next = BLOCK_TAG.matcher(next).replaceAll(" ");
      next = EMPHASIS.matcher(next).replaceAll("");
      next = SPACES.matcher(next).replaceAll(" ").strip();
      next = BROKEN_WORD.matcher(next).replaceAll("$1$2");
      if (next.equals(current)) return next;
      current = next;
    }
  }
}
