package signpost.bot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.search.Snippet;

/**
 * Quotes a list under its lead-in ("In summary, due regard must be:" and its points) as one: its points answer
 * together, where a long passage's best two sentences would be one point, or the lead-in alone.
 */
final class ListQuote {

  /** A lead-in's colon at a line's end, and three points or more under it. */
  private static final Pattern LEAD_IN_LIST = Pattern.compile(":\\n(?:- [^\\n]+(?:\\n|$)){3,}");
  /** A point's first sentence: "- Carers." of "- Carers. Unpaid carers of family members ...". */
  private static final Pattern FIRST_SENTENCE = Pattern.compile("^- .+?[.;!?](?=\\s+[\\p{Lu}(\"“‘'])");

  private ListQuote() {}

  /**
   * Three points or more that open the text, their lead-in being its heading ("What to do" over "- If you feel unsafe,
   * leave. ... - Report the incident in SafeVisit within 24 hours. ..."), which the quote leads with.
   */
  private static final Pattern OPENING_LIST = Pattern.compile("^(?:- [^\\n]+(?:\\n|$)){3,}");

  /** Returns true when the text holds a list under its lead-in, or opens with one. */
  static boolean hasList(String text) {
    return LEAD_IN_LIST.matcher(text).find() || OPENING_LIST.matcher(text).lookingAt();
  }

  /**
   * Returns the text's lead-in and the points under it, within {@code budget} characters: whole where they fit, else
   * each point by its first sentence, as many as fit, the last of them ending in "…" when some are left out. Empty
   * when the text has no such list or its best sentences ({@code snippet}) lie outside it.
   */
  static Optional<String> of(String text, String snippet, int budget) {
    Matcher list = LEAD_IN_LIST.matcher(text);
    Matcher opening = OPENING_LIST.matcher(text);
    int leadIn;
    int start;
    int end;
    if (list.find()) {
      leadIn = text.lastIndexOf('\n', list.start()) + 1;
      start = list.start() + 2;
      end = list.end();
    } else if (opening.lookingAt()) {
      leadIn = 0;
      start = 0;
      end = opening.end();
    } else {
      return Optional.empty();
    }
    String best = snippet.split(Snippet.GAP, 2)[0].strip();
    int at = best.isEmpty() ? -1 : text.indexOf(best);
    if (at < leadIn || at >= end) return Optional.empty();
    String lead = start == 0 ? "" : text.substring(leadIn, start - 1);
    List<String> points = text.substring(start, end).strip().lines().toList();
    String whole = (lead.isEmpty() ? "" : lead + "\n") + String.join("\n", points);
    if (whole.length() <= budget) return Optional.of(whole);
    StringBuilder out = new StringBuilder(lead);
    List<String> firsts = new ArrayList<>();
    for (String point : points) {
      Matcher first = FIRST_SENTENCE.matcher(point);
      firsts.add(first.find() ? first.group() : point);
    }
    int kept = 0;
    for (String point : firsts) {
      if (out.length() + 1 + point.length() > budget) break;
      if (!out.isEmpty()) out.append('\n');
      out.append(point);
      kept++;
    }
    if (kept == 0) return Optional.empty();
    if (kept < firsts.size()) out.append(" …");
    return Optional.of(out.toString());
  }
}
