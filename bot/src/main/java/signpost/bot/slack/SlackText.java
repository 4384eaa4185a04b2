package signpost.bot.slack;

import java.util.Locale;
import java.util.regex.Pattern;

/** Reads what a person typed in Slack as plain text: mentions dropped, links and channels as words, entities decoded. */
final class SlackText {

  private static final Pattern USER = Pattern.compile("<[@!][^>]*>");
  private static final Pattern LABELLED = Pattern.compile("<[^>|]+\\|([^>]*)>");
  private static final Pattern BARE = Pattern.compile("<([^>]*)>");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SlackText() {}

  /** Returns the question in a message, command or mention; empty when there is none. */
  static String question(String text) {
    if (text == null) return "";
    // Most questions hold no mention, link or entity: only their spaces need tidying.
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) return tidy(text) ? text : SPACES.matcher(text).replaceAll(" ").strip();
    String out = USER.matcher(text).replaceAll(" ");
    out = LABELLED.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        (m.group().startsWith("<#") ? "#" : "") + m.group(1)));
    out = BARE.matcher(out).replaceAll("$1");
    out = out.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return SPACES.matcher(out).replaceAll(" ").strip();
  }

  /** Returns true for no question at all, "help" or "?": the person wants to know what Signpost does. */
  /**
   * Returns true when the text's spaces need no tidying: single spaces between words, no other space characters the
   * tidying pattern replaces, nothing {@link String#strip} would take off its ends. Most questions are so, and looking
   * is a tenth of the pattern's cost.
   */
  private static boolean tidy(String text) {
    if (text.isEmpty()) return true;
    if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) return false;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' ? text.charAt(i - 1) == ' ' : c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') return false;
    }
    return true;
  }

  static boolean asksForHelp(String question) {
    String text = question.toLowerCase(Locale.ROOT);
    return text.isEmpty() || text.equals("help") || text.equals("?");
  }
}
