package signpost.bot.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.index.ContentWords;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.Results;
import signpost.knowledge.search.SearchRequest;

/**
 * The action a message asks about, by its row of the organisation's action plan: "is anyone actually doing anything
 * about the gender pay gap or is it just a number in a report?" is answered by "No.: 3.2; Action: Reduce the median
 * gender pay gap to below 7% ...; Owner (role): Head of Resources; Lead officer: Delroy Amankwah, HR Business Partner;
 * Target date: 31 March 2028", though a passage of five such rows ranks far below the report's own section on the gap,
 * or is not found by the message's words at all. A row is an action's only where it names who owns or leads it and by
 * when, and is the one asked about only where it shares clearly more of the message's words than any other; or, of what
 * it is to do (its owner's cells aside), more than any other and at least two, one of them a word few rows use.
 */
final class OwnActions {

  /**
   * A cell naming who owns or leads a row: "Owner (role): ...", "Lead officer: ...", "Responsible officer: ..."; not
   * a table of roles' "Responsibilities: ...".
   */
  private static final Pattern OWNER_CELL = Pattern.compile("(?i)(?:^|; )[^;:]{0,30}\\b(?:owner|owners|lead|leads"
      + "|led by|responsible|accountable|by whom)\\b[^;:]{0,30}: ");
  /** A cell saying by when: "Target date: ...", "Due: ...", "By when: ...", "Timescale: ...". */
  private static final Pattern DATE_CELL = Pattern.compile("(?i)(?:^|; )[^;:]{0,30}\\b(?:date|dates|due|when|by"
      + "|target|timescales?|timeframe|deadline|completion|milestones?)\\b[^;:]{0,30}: ");
  /** A cell's label: "Owner (role): ". */
  private static final Pattern LABEL = Pattern.compile("(?:^|(?<=; ))[^;:]{1,40}: ");
  /** How many of the message's words the row must share. */
  private static final int SHARED = 3;
  /** How many more words of the message the row must share than any other row. */
  private static final int CLEARLY = 2;
  /** How many words of what a row is to do it may share instead, more than any other row, one of them rare. */
  private static final int FEWER = 2;
  /** How many rows at most use a rare word. */
  private static final int RARE = 2;
  /** What an organisation's action plans say, searched for once: their rows wherever a message's words fall. */
  private static final String ROWS_QUERY = "action owner lead officer responsible target date by when progress";
  private static final int ROWS_DEPTH = 60;

  private final KnowledgeBase knowledge;
  /** Each organisation's rows of actions, with the hit each is of: found once for the knowledge's life. */
  private final Map<String, List<Row>> rows = new ConcurrentHashMap<>();
  /** The words of each row's cells, by its text: read once, held against every message; rows are the knowledge's. */
  private final Map<String, Set<String>> words = new ConcurrentHashMap<>();
  /** The words of what each row is to do, its owner's cells left out, by its text. */
  private final Map<String, Set<String>> actions = new ConcurrentHashMap<>();

  OwnActions(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  /** A row naming who owns or leads it, the hit whose passage holds it, and the words of its cells. */
  private record Row(Hit hit, String text, Set<String> words, Set<String> what) {}

  /**
   * Returns the row of the action the message asks about, among those the message found and the organisation's own,
   * where one clearly is; by the words of its cells alone unless {@code byRareWords}: a message no passage answers ("my
   * mileage expenses from october still haven't been paid, who do i chase") is not of a row sharing two words by chance.
   */
  Optional<Quote> asked(String organisation, String message, Results results, boolean byRareWords) {
    if (TableRows.asksMany(message)) return Optional.empty();
    List<Row> candidates = new ArrayList<>(rowsIn(results));
    if (organisation != null) candidates.addAll(rows.computeIfAbsent(organisation,
        org -> rowsIn(knowledge.search(new SearchRequest(ROWS_QUERY, org, ROWS_DEPTH)))));
    Set<String> words = ContentWords.of(message);
    List<Row> distinct = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Row row : candidates) if (seen.add(row.text())) distinct.add(row);
    return clearlyMost(distinct, words, Row::words, SHARED, CLEARLY)
        .or(() -> byRareWords ? clearlyMost(distinct, words, Row::what, FEWER, 1)
            .filter(best -> sharesRare(best, words, distinct)) : Optional.empty())
        .map(best -> TableRows.rowsOf(best.hit(), best.text()));
  }

  /**
   * Returns the row sharing the most of the message's words, in the cells the function gives, where it shares at
   * least {@code least} and {@code ahead} more than any other row.
   */
  private static Optional<Row> clearlyMost(List<Row> rows, Set<String> message, Function<Row, Set<String>> cells,
                                           int least, int ahead) {
    Row best = null;
    int most = 0;
    int next = 0;
    for (Row row : rows) {
      int shared = shared(cells.apply(row), message).size();
      if (shared > most) {
        next = most;
        most = shared;
        best = row;
      } else if (shared > next) {
        next = shared;
      }
    }
    return best == null || most < least || most < next + ahead ? Optional.empty() : Optional.of(best);
  }

  private static Set<String> shared(Set<String> cells, Set<String> message) {
    Set<String> shared = new HashSet<>(cells);
    shared.retainAll(message);
    return shared;
  }

  /**
   * Returns whether the action shares with the message a word few of the organisation's actions use: "archive" of "the
   * archive catalogue still uses some really offensive old words" names the action to review the archive catalogue's
   * descriptions, where "catalogue" alone is in others too.
   */
  private static boolean sharesRare(Row best, Set<String> message, List<Row> rows) {
    for (String word : shared(best.what(), message)) {
      if (rows.stream().filter(row -> row.what().contains(word)).count() <= RARE) return true;
    }
    return false;
  }

  /** Returns whether one of the quotes holds the row already, whole or cut to it. */
  static boolean quoted(Quote row, List<Quote> quotes) {
    String text = row.hit().passage().text();
    return quotes.stream().anyMatch(q -> q.hit().passage().text().contains(text) || q.snippet().text().contains(text));
  }

  /**
   * Returns the words of what a row is to do, its owners' cells left out ("Head of Libraries, Archives and
   * Information" is who, not what), without words of two letters ("Stepping Up" is no "signed up").
   */
  private static Set<String> whatWords(String row) {
    StringBuilder what = new StringBuilder();
    for (String cell : row.split("; ")) {
      if (!OWNER_CELL.matcher(cell).lookingAt()) what.append(LABEL.matcher(cell).replaceAll(" ")).append(' ');
    }
    Set<String> words = new HashSet<>(ContentWords.of(what.toString()));
    words.removeIf(word -> word.length() <= 2);
    return words;
  }

  private List<Row> rowsIn(Results results) {
    List<Row> found = new ArrayList<>();
    for (Hit hit : results.hits()) {
      if (hit.passage().document().builtIn() || !hit.passage().text().contains("; ")) continue;
      for (String line : hit.passage().text().lines().toList()) {
        if (TableRows.isRow(line) && OWNER_CELL.matcher(line).find() && DATE_CELL.matcher(line).find()) {
          // The words of its cells, its labels ("Owner (role)", "Target date") left out.
          Set<String> cells = words.computeIfAbsent(line, l -> ContentWords.of(LABEL.matcher(l).replaceAll(" ")));
          Set<String> what = actions.computeIfAbsent(line, OwnActions::whatWords);
          found.add(new Row(hit, line, cells, what));
        }
      }
    }
    return found;
  }
}
