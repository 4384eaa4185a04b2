package signpost.knowledge.ingest;

import java.util.regex.Pattern;

/** Recognises list markers at the start of a line: bullet glyphs, dashes, "1." and "a)". */
final class Bullets {

  private static final String GLYPHS = "•●▪■◦○‣∙·▶►✓✔\\-–—*";
  private static final Pattern GLYPH = Pattern.compile("^\\s*[" + GLYPHS + "](?:\\s+|$)");
  private static final Pattern ORDINAL = Pattern.compile("^\\s*\\(?(?:\\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\\s+\\S");
  private static final Pattern LONE_GLYPH = Pattern.compile("^\\s*[" + GLYPHS + "]\\s*$");

  private Bullets() {}

  /** Returns true when the line starts a list item. */
  static boolean startsItem(String line) {
    return GLYPH.matcher(line).find() || ORDINAL.matcher(line).find();
  }

  /** Returns true when the line is nothing but a bullet glyph, its item text being on the next line. */
  static boolean isLoneGlyph(String line) {
    return LONE_GLYPH.matcher(line).matches();
  }

  /** Returns the line without a leading bullet glyph; numbers and letters are kept, as they may be cited. */
  static String strip(String line) {
    return GLYPH.matcher(line).replaceFirst("").strip();
  }
}
