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

  /** Returns true when the text holds a list under its lead-in. */
  static boolean hasList(String text) {
    return LEAD_IN_LIST.matcher(text).find();
  }

  /**
   * Returns the text's lead-in and the points under it, within {@code budget} characters: whole where they fit, else
   * each point by its first sentence, as many as fit, the last of them ending in "…" when some are left out. Empty
   * when the text has no such list or its best sentences ({@code snippet}) lie outside it.
   */
  static Optional<String> of(String text, String snippet, int budget) {
    Matcher list = LEAD_IN_LIST.matcher(text);
    if (!list.find()) return Optional.empty();
    int leadIn = text.lastIndexOf('\n', list.start()) + 1;
    String best = snippet.split(Snippet.GAP, 2)[0].strip();
    int at = best.isEmpty() ? -1 : text.indexOf(best);
    if (at < leadIn || at >= list.end()) return Optional.empty();
    String lead = text.substring(leadIn, list.start() + 1);
    List<String> points = text.substring(list.start() + 2, list.end()).strip().lines().toList();
    String whole = lead + "\n" + String.join("\n", points);
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
      out.append('\n').append(point);
      kept++;
    }
    if (kept == 0) return Optional.empty();
    if (kept < firsts.size()) out.append(" …");
    return Optional.of(out.toString());
  }
}
