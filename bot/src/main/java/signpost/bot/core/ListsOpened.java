package signpost.bot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import signpost.knowledge.Passage;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.Results;
import signpost.knowledge.search.Snippet;

/**
 * Quotes after a passage ending in a colon the list it opens where the search did not find it: "We treat them as if
 * they were protected characteristics:" and "- Unpaid carers ... - People with experience of homelessness ...", with a
 * page's footnotes between them ("3 See in particular R (Brown) ..."), which a PDF's layout puts there. A lead-in alone
 * answers nothing.
 */
final class ListsOpened {

  /** How many passages after a lead-in its list may start. */
  static final int WITHIN = 3;
  /** A passage of footnotes, which a page's foot puts between a lead-in and its list: "3 See in particular ...". */
  private static final Pattern FOOTNOTES = Pattern.compile("^\\d{1,2} \\p{Lu}");

  private ListsOpened() {}

  /**
   * Returns the quotes with, after each of the search's own whose passage ends in a colon and is not followed by the
   * next passage already, the list it opens; as many quotes as before, or {@code most} if that is more.
   */
  static List<Quote> of(Results results, List<Quote> quotes, int most) {
    List<Quote> with = new ArrayList<>(quotes);
    int keep = Math.max(most, quotes.size());
    for (int i = 0; i < with.size() && i < keep; i++) {
      Hit lead = with.get(i).hit();
      if (!lead.passage().text().stripTrailing().endsWith(":") || !results.hits().contains(lead)) continue;
      Optional<Passage> list = listAfter(results, lead);
      if (list.isEmpty() || with.stream().anyMatch(q -> q.hit().passage().id().equals(list.get().id()))) continue;
      Hit hit = new Hit(list.get(), lead.score(), lead.coverage(), lead.inScope(), lead.onTopic(), false);
      with.add(i + 1, new Quote(hit, new Snippet(list.get().text(), List.of())));
    }
    while (with.size() > keep) with.remove(with.size() - 1);
    return List.copyOf(with);
  }

  /** Returns the list that follows the lead-in in its section, past any footnotes, if one does. */
  private static Optional<Passage> listAfter(Results results, Hit lead) {
    Passage intro = lead.passage();
    for (Passage next : results.around(lead, WITHIN)) {
      int after = next.ordinal() - intro.ordinal();
      if (after < 1) continue;
      if (!next.inSameSectionAs(intro)) return Optional.empty();
      String text = next.text().strip();
      if (text.startsWith("- ")) return Optional.of(next);
      if (!FOOTNOTES.matcher(text).find()) return Optional.empty();
    }
    return Optional.empty();
  }
}
