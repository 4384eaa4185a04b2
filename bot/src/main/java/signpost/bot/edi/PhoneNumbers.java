package signpost.bot.edi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds UK telephone numbers as people write them: landlines and mobiles from 0 ("01223 456789", "(020) 7946 0018",
 * "07700-900-123") and from +44 ("+44 7700 900123", "+44 (0)20 7946 0018"), with spaces, dashes or brackets. A run
 * of digits is a number when it has the digits a UK number has (ten or eleven from 0; nine or ten after +44).
 */
final class PhoneNumbers {

  private static final Pattern CANDIDATE = Pattern.compile("(?<![\\w+])(?:\\+[ \\t]?44|\\(?0)[\\d \\t()\\-]*\\d");

  private PhoneNumbers() {}

  /** Returns the text with every UK telephone number replaced by {@code mark}. */
  static String redact(String text, String mark) {
    Matcher m = CANDIDATE.matcher(text);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int length = numberLength(m.group());
      if (length < 0) {
        from = m.end();
        continue;
      }
      out.append(text, copied, m.start()).append(mark);
      copied = m.start() + length;
      from = copied;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** Returns the length of the number the run begins with, dropping trailing groups of digits it has too many for; -1 for none. */
  private static int numberLength(String run) {
    String candidate = run;
    while (true) {
      if (isUkNumber(candidate)) return candidate.length();
      int cut = Math.max(candidate.lastIndexOf(' '), Math.max(candidate.lastIndexOf('\t'), candidate.lastIndexOf('-')));
      if (cut <= 0) return -1;
      candidate = candidate.substring(0, cut).replaceAll("[ \\t\\-(]+$", "");
    }
  }

  private static boolean isUkNumber(String candidate) {
    String digits = candidate.replaceAll("\\D", "");
    if (candidate.startsWith("+")) {
      String national = digits.substring(2);
      if (national.startsWith("0") && candidate.contains("(0)")) national = national.substring(1);
      return (national.length() == 9 || national.length() == 10) && !national.startsWith("0");
    }
    return digits.length() == 10 || digits.length() == 11;
  }
}
