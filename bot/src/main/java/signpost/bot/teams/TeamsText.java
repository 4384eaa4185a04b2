package signpost.bot.teams;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads what a person typed in Teams as plain words: Signpost's mention dropped, markup removed, entities decoded. */
final class TeamsText {

  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</?(p|div)(\\s[^>]*)?>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private TeamsText() {}

  /**
   * Returns the question in a message's text; empty when there is none.
   *
   * @param text the activity's text, or null
   * @param ownMentions how Signpost's mentions appear in it, e.g. {@code <at>Signpost</at>}; removed as written
   */
  static String question(String text, List<String> ownMentions) {
    if (text == null) return "";
    String out = text;
    for (String mention : ownMentions) out = out.replace(mention, " ");
    out = BREAK.matcher(out).replaceAll(" ");
    out = TAG.matcher(out).replaceAll("");
    out = out.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    return out.replaceAll("\\s+", " ").strip();
  }

  /** Returns true for no question at all, "help" or "?": the person wants to know what Signpost does. */
  static boolean asksForHelp(String question) {
    String text = question.toLowerCase(Locale.ROOT);
    return text.isEmpty() || text.equals("help") || text.equals("?");
  }
}
