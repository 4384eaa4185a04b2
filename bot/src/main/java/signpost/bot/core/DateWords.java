package signpost.bot.core;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes the ISO dates of organisation files as people read them: {@code 2024-03-14} as "14 March 2024". */
final class DateWords {

  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})(?:-(\\d{2}))?\\b");

  private DateWords() {}

  /** Returns the text with every {@code yyyy-mm} and {@code yyyy-mm-dd} date in words; other text is unchanged. */
  static String of(String text) {
    Matcher m = ISO.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) continue;
      String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
      String words = (m.group(3) == null ? "" : Integer.parseInt(m.group(3)) + " ") + name + " " + m.group(1);
      m.appendReplacement(out, Matcher.quoteReplacement(words));
    }
    m.appendTail(out);
    return out.toString();
  }
}
