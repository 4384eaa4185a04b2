package signpost.knowledge.search;

import java.util.regex.Pattern;

/** A span of time as documents write it: "six weeks", "10 working days", "three months". */
public final class TimeSpan {

  /** A span of time in a text. */
  static final Pattern SPAN = Pattern.compile("(?i)\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve"
      + "|fifteen|twenty|thirty)\\s+(?:working\\s+|calendar\\s+|clear\\s+)?(?:days?|weeks?|months?)\\b");

  private TimeSpan() {}

  /** Returns whether the text tells of a span of time ("respond within 10 working days"). */
  public static boolean in(String text) {
    return SPAN.matcher(text).find();
  }
}
