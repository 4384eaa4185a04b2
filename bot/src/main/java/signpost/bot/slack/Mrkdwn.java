package signpost.bot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns Signpost's plain answer text into Slack mrkdwn and cuts text to Slack's limits at clean boundaries. */
final class Mrkdwn {

  /** A lead line such as "Why:" or "Next steps:" that introduces a list. */
  private static final Pattern LEAD = Pattern.compile("[^\\n:]{1,80}:");

  private Mrkdwn() {}

  /** Returns the text with Slack's three control characters escaped, so it is shown as written. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Returns plain answer text as mrkdwn: escaped, "- " bullets as "•", lead lines of a list in bold. */
  static String of(String plain) {
    StringBuilder out = new StringBuilder();
    for (String line : escape(plain).split("\n", -1)) {
      if (out.length() > 0) out.append('\n');
      if (line.startsWith("- ")) out.append("• ").append(line.substring(2));
      else if (LEAD.matcher(line).matches()) out.append('*').append(line).append('*');
      else out.append(line);
    }
    return out.toString();
  }

  /** Returns the text cut to at most {@code limit} characters at a word boundary, ending in "…" when cut. */
  static String fit(String text, int limit) {
    if (text.length() <= limit) return text;
    int cut = text.lastIndexOf(' ', limit - 1);
    if (cut < limit / 2) cut = limit - 1;
    return text.substring(0, cut).stripTrailing() + "…";
  }

  /**
   * Returns the text in pieces of at most {@code limit} characters, split between paragraphs where it can,
   * else between lines, sentences or words.
   */
  static List<String> chunks(String text, int limit) {
    List<String> out = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > limit) {
      int cut = breakBefore(rest, limit);
      out.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) out.add(rest);
    return out;
  }

  private static int breakBefore(String text, int limit) {
    for (String separator : new String[] {"\n\n", "\n", ". ", " "}) {
      int at = text.lastIndexOf(separator, limit - separator.length());
      if (at > limit / 3) return at + (separator.equals(". ") ? 1 : 0);
    }
    return limit;
  }
}
