package signpost.bot.conversation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Initials a person makes of a name they wrote earlier in the conversation: "how long before the COG meeting?" after
 * "it's due to go to the Chief Officer Group". The documents may never use them, so the question is read with the
 * name written out.
 */
final class Initials {

  /**
   * A name of two or more capitalised words on one line, small joining words allowed between: "Skills and Employment
   * Committee".
   */
  private static final Pattern NAME = Pattern.compile(
      "\\b\\p{Lu}[\\p{L}'-]+(?:\\h+(?:(?:of|and|for|the|on|&)\\h+)*\\p{Lu}[\\p{L}'-]+)+");
  /** Initials as written: two to six capitals, perhaps a plural "s" ("the COG", "IAGs"). */
  private static final Pattern INITIALS = Pattern.compile("\\b(\\p{Lu}{2,6})s?\\b");
  private static final Pattern WORD = Pattern.compile("[\\p{L}'-]+");
  private static final Pattern LEADING_THE = Pattern.compile("^The\\h+");
  private static final Pattern JOINING = Pattern.compile("(?i)of|and|for|the|on");

  private Initials() {}

  /**
   * Returns the message with each set of initials that stands for a name in {@code earlier} written out as that name;
   * the message itself when none does.
   */
  static String expand(String message, String earlier) {
    Map<String, String> names = new LinkedHashMap<>();
    Matcher name = NAME.matcher(earlier);
    while (name.find()) {
      // "The Skills and Employment Committee" opening a sentence is the committee's name without its "The".
      String written = LEADING_THE.matcher(name.group()).replaceFirst("");
      String initials = initialsOf(written);
      if (initials.length() >= 2) names.putIfAbsent(initials, written);
    }
    if (names.isEmpty()) return message;
    Matcher m = INITIALS.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String written = names.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(written == null ? m.group() : written));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Returns the capitals of a name's words, its joining words left out: "Chief Officer Group" gives "COG". */
  private static String initialsOf(String name) {
    StringBuilder initials = new StringBuilder();
    Matcher word = WORD.matcher(name);
    while (word.find()) {
      if (!JOINING.matcher(word.group()).matches()) initials.append(word.group().charAt(0));
    }
    return initials.toString().toUpperCase(Locale.ROOT);
  }
}
