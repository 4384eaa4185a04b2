package signpost.bot.core;

/** Makes text from outside (an id a caller chose) safe to log: one line, printable, short. */
public final class LogText {

  static final int MAX_LENGTH = 80;

  private LogText() {}

  /** Returns the text with control characters (newlines included) as {@code ?}, cut to {@value #MAX_LENGTH} characters. */
  public static String safe(String text) {
    if (text == null) return "null";
    String cut = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
    StringBuilder out = new StringBuilder(cut.length());
    cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? '?' : c));
    return out.toString();
  }
}
