package signpost.bot.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.Passage;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.Results;
import signpost.knowledge.search.SearchRequest;

/**
 * A table of dates quoted for a message that gives a date of its own ("it's going to Cabinet on 11 March. ... when does
 * it need to be with the equality team?") is quoted by its row holding that date ("CEG meeting: 3 February 2026; Draft
 * Stage 2 EIA to the Equality and Cohesion Team by: 20 January 2026; Supports Cabinet on: 11 March 2026"), found in the
 * part of the table the search gave or in another part of it under the same heading, rather than by its first rows.
 */
final class DatedRows {

  private static final String MONTHS = "(january|february|march|april|may|june|july|august|september|october|november"
      + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
  /** A day and month as a message gives them: "11 March", "3rd dec", "the 14th of January", "March 11". */
  private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS
      + "\\b|\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
  /** A date as a table writes it: "11 March 2026". */
  private static final Pattern WRITTEN_DATE = Pattern.compile("\\b\\d{1,2}\\s+(?:January|February|March|April|May|June"
      + "|July|August|September|October|November|December)\\s+\\d{4}\\b");
  private static final List<String> MONTH_NAMES = List.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  /** How many parts of a table split across passages are looked through for the row. */
  private static final int DEPTH = 8;

  private DatedRows() {}

  /**
   * Returns the quotes with each table of dates quoted by its row holding the day and month the message gives; the
   * quotes as they were when the message gives none, or no table holds it.
   */
  static List<Quote> keyed(List<Quote> quoted, String message, KnowledgeBase knowledge, String organisation) {
    Optional<String> date = dayMonth(message);
    if (date.isEmpty()) return quoted;
    Pattern day = Pattern.compile("(?i)\\b" + Pattern.quote(date.get()) + "\\b");
    List<Quote> keyed = new ArrayList<>(quoted);
    for (int i = 0; i < keyed.size(); i++) {
      Passage passage = keyed.get(i).hit().passage();
      if (datedRows(passage.text()) == 0) continue;
      Optional<Quote> row = row(keyed.get(i).hit(), day);
      if (row.isEmpty() && datedRows(passage.text()) >= TABLE) row = otherPart(passage, date.get(), day, knowledge, organisation);
      if (row.isPresent()) keyed.set(i, row.get());
    }
    // Rows of the same table quoted apart, a row a passage, give way to the one for the date.
    List<Passage> holding = keyed.stream().map(q -> q.hit().passage()).filter(p -> day.matcher(p.text()).find()).toList();
    keyed.removeIf(q -> !day.matcher(q.hit().passage().text()).find() && datedRows(q.hit().passage().text()) > 0
        && holding.stream().anyMatch(p -> p.inSameSectionAs(q.hit().passage())));
    // Two parts of one table may both have given the row.
    Set<String> texts = new HashSet<>();
    keyed.removeIf(q -> !texts.add(q.hit().passage().text()));
    return List.copyOf(keyed);
  }

  /** Returns the day and month a message gives, written as tables write them ("11 March"); empty when none. */
  static Optional<String> dayMonth(String message) {
    Matcher found = DAY_MONTH.matcher(message);
    if (!found.find()) return Optional.empty();
    String dayText = found.group(1) != null ? found.group(1) : found.group(4);
    String monthText = (found.group(2) != null ? found.group(2) : found.group(3)).toLowerCase(Locale.ROOT);
    int day = Integer.parseInt(dayText);
    if (day < 1 || day > 31) return Optional.empty();
    String month = MONTH_NAMES.stream().filter(m -> m.startsWith(monthText.substring(0, 3))).findFirst().orElseThrow();
    return Optional.of(day + " " + Character.toUpperCase(month.charAt(0)) + month.substring(1));
  }

  /** How many dated rows make a table whose other parts may hold the row for a date. */
  private static final int TABLE = 3;

  /** Returns whether the text is a table of dates: three rows or more, each with two dates or more. */
  static boolean tableOfDates(String text) {
    return datedRows(text) >= TABLE;
  }

  /** Returns how many of the text's lines are a table's row ("Header: value; ...") with two dates or more. */
  private static int datedRows(String text) {
    int rows = 0;
    for (String line : text.split("\n")) {
      Matcher date = WRITTEN_DATE.matcher(line);
      int dates = 0;
      while (dates < 2 && date.find()) dates++;
      if (dates == 2 && line.contains(": ")) rows++;
    }
    return rows;
  }

  /** Returns the hit's passage quoted by its rows holding the date (see {@link TableRows#rowsOf}); empty when none does. */
  private static Optional<Quote> row(Hit hit, Pattern day) {
    List<String> rows = hit.passage().text().lines().filter(line -> day.matcher(line).find()).toList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(TableRows.rowsOf(hit, String.join("\n", rows)));
  }


  /** Returns the row holding the date from another part of the same table, under the same heading; empty when none. */
  private static Optional<Quote> otherPart(Passage part, String date, Pattern day, KnowledgeBase knowledge,
                                           String organisation) {
    Results results = knowledge.search(new SearchRequest(part.heading() + " " + date, organisation, DEPTH));
    return results.hits().stream().filter(h -> h.passage().inSameSectionAs(part) && !h.passage().equals(part))
        .map(h -> row(h, day)).flatMap(Optional::stream).findFirst();
  }
}
