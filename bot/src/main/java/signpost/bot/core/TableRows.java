package signpost.bot.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import signpost.knowledge.Passage;
import signpost.knowledge.index.ContentWords;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.Snippet;

/**
 * A table quoted for a message asking who does one thing or when it is due ("... something in the equality action plan
 * about hate crime reporting centres ... who owns it and when it's due?") is quoted by the row about that thing
 * ("Ref: 5.2; Action: Register the Civic Centre ... as third party hate crime reporting centres ...; Lead officer: Ravi
 * Chandran ...; By when: December 2025"), not by every row of the part of the table found: the row sharing the most
 * words with the message, where it shares clearly more than the others.
 */
final class TableRows {

  /** A line of a table as passages write it: "Header: value; Header: value". */
  private static final Pattern ROW = Pattern.compile("^[^;:\\n]{1,40}: [^\\n]*; [^;:\\n]{1,40}: ");
  /** A message asking who does something or when: one row answers it. */
  private static final Pattern ASKS_WHO_OR_WHEN = Pattern.compile("(?i)\\b(?:who|whos|who's|when|whens|when's|due"
      + "|deadline|owns?|owner|lead|leads|leading)\\b");
  /** A message asking for several rows: "all the actions", "what are the actions", "list". */
  private static final Pattern ASKS_MANY = Pattern.compile("(?i)\\b(?:all|list|every|each|actions|objectives|rows)\\b");
  /** How many rows a table has before its rows are told apart. */
  private static final int ROWS = 3;
  /** How many more words of the message the best row must share than any other. */
  private static final int CLEARLY = 2;

  private TableRows() {}

  /** Returns the quotes with each table narrowed to the row the message asks about, where one clearly is. */
  static List<Quote> narrowed(List<Quote> quoted, String message) {
    if (!ASKS_WHO_OR_WHEN.matcher(message).find() || ASKS_MANY.matcher(message).find()) return quoted;
    Set<String> words = ContentWords.of(message);
    List<Quote> narrowed = new ArrayList<>(quoted);
    for (int i = 0; i < narrowed.size(); i++) {
      Hit hit = narrowed.get(i).hit();
      List<String> lines = hit.passage().text().lines().toList();
      if (lines.stream().filter(line -> ROW.matcher(line).find()).count() < ROWS) continue;
      String best = null;
      int most = -1;
      int next = -1;
      for (String line : lines) {
        if (!ROW.matcher(line).find()) continue;
        int shared = shared(line, words);
        if (shared > most) {
          next = most;
          most = shared;
          best = line;
        } else if (shared > next) {
          next = shared;
        }
      }
      if (best != null && most >= next + CLEARLY) narrowed.set(i, row(hit, best));
    }
    return List.copyOf(narrowed);
  }

  private static int shared(String line, Set<String> words) {
    Set<String> shared = new HashSet<>(ContentWords.of(line));
    shared.retainAll(words);
    return shared.size();
  }

  /** Returns the hit's passage quoted by one row, as a passage of that row alone (an answer quotes a short passage whole). */
  private static Quote row(Hit hit, String line) {
    Passage table = hit.passage();
    Passage row = new Passage(table.document(), table.ordinal(), table.section(), table.page(), line);
    return new Quote(new Hit(row, hit.score(), hit.coverage(), hit.inScope(), hit.onTopic(), hit.shaped()),
        new Snippet(line, List.of()));
  }
}
