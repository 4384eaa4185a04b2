package signpost.bot.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.Passage;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.Results;
import signpost.knowledge.search.Snippet;

/**
 * A document giving each of its objectives a part of its own ("Objective 1: Closing our awarding gaps", "Objective 2: An
 * accessible university" ...) answers "what are our equality objectives?" by their headings together, which no one
 * passage holds: the passages found quote one or two of them, each under its own heading. Asked for them all (the
 * label in the plural), the headings of the numbered parts beside the one found are quoted as a list first, cited to
 * the part they are under. A document listing them as a table's rows instead ("Objective: EO1 A Park for everyone: ...;
 * Measure and target: ...; Lead officer: ...") answers by the rows' cells naming them, listed the same way, where the table
 * is in the part of one of the best quotes ("6.1 The Authority adopted four equality objectives ...") and not quoted.
 */
final class NumberedParts {

  /** A numbered part's heading: its label, its number or letter, then its name. */
  private static final Pattern NUMBERED = Pattern.compile(
      "^(\\p{Lu}\\p{L}+(?:\\s+\\p{L}+){0,2})\\s+(?:\\d{1,2}|[A-Z]|[IVX]{1,4})\\s*[:.\\u2013\\u2014-]\\s+\\S.*$");
  /** How many of the best quotes are looked at for a numbered part. */
  private static final int LOOKED_AT = 3;
  /** How many passages either side of the one found its fellow parts may be. */
  private static final int WITHIN = 40;
  /**
   * A table's cell naming a part of a plan: "Objective: EO1 A Park for everyone: ...;" first in its row, or "Equality
   * objective: Tackling poverty and socio-economic disadvantage: ...;" after its number ("No.: EO2; ..."). Its value is
   * of three words or more: a column of the parts' numbers alone ("Obj.: EO1") in an action plan names none.
   */
  private static final Pattern PART_CELL = Pattern.compile("(?:^|; )((?:[\\p{L}-]+\\s+){0,2}(?i:objective|priority"
      + "|outcome|theme|aim|ambition|commitment|pillar|goal)):\\s+([^;\\n]+?\\s+\\S+\\s+[^;\\n]+)(?:;|$)");
  /** How many numbered parts make a list worth quoting. */
  private static final int AT_LEAST = 3;

  private NumberedParts() {}

  /**
   * Returns the quotes with the headings of the numbered parts first, where the message asks for them all and one of
   * the best quotes is under one of them; else the quotes as they are.
   */
  static List<Quote> listed(List<Quote> quoted, String message, Results results) {
    for (Quote quote : quoted.subList(0, Math.min(LOOKED_AT, quoted.size()))) {
      Passage passage = quote.hit().passage();
      if (passage.section().isEmpty()) continue;
      Matcher numbered = NUMBERED.matcher(passage.heading());
      if (!numbered.matches() || !asksForAll(message, numbered.group(1))) continue;
      Optional<Hit> hit = results.hits().stream().filter(h -> h.passage().equals(passage)).findFirst();
      if (hit.isEmpty()) continue;
      Optional<Quote> list = list(hit.get(), numbered.group(1), results);
      if (list.isEmpty()) continue;
      return withFirst(list.get(), quoted);
    }
    for (Quote quote : quoted.subList(0, Math.min(LOOKED_AT, quoted.size()))) {
      Passage passage = quote.hit().passage();
      Optional<Quote> rows = results.hits().stream().filter(h -> h.passage().equals(passage)).findFirst()
          .flatMap(hit -> rows(hit, message, quoted, results));
      if (rows.isPresent()) return withFirst(rows.get(), quoted);
    }
    return quoted;
  }

  /** A row's first cell as short as a part's number: "No.: EO2; ...". */
  private static final Pattern NUMBER_CELL = Pattern.compile("^[^;:\\n]{1,12}:\\s*(\\S{1,8});");

  /** Returns the part's number the row gives in a cell of its own before the part's name ("EO2 "), or "". */
  private static String numbered(String line, Matcher part) {
    if (part.start() == 0) return "";
    Matcher number = NUMBER_CELL.matcher(line);
    return number.find() && number.end() <= part.start() + 2 ? number.group(1) + " " : "";
  }

  private static List<Quote> withFirst(Quote list, List<Quote> quoted) {
    List<Quote> with = new ArrayList<>(quoted.size() + 1);
    with.add(list);
    with.addAll(quoted);
    return List.copyOf(with);
  }

  /**
   * Returns the cells of the rows naming the parts the message asks for all of, of a table in the hit's part of its
   * document that no quote holds already, as a quote; empty when there is none, or fewer than {@link #AT_LEAST} rows.
   */
  private static Optional<Quote> rows(Hit hit, String message, List<Quote> quoted, Results results) {
    Passage found = hit.passage();
    if (found.section().isEmpty()) return Optional.empty();
    Set<String> cells = new LinkedHashSet<>();
    Passage first = null;
    for (Passage passage : results.around(hit, WITHIN)) {
      if (!passage.section().equals(found.section())) continue;
      boolean table = false;
      for (String line : passage.text().lines().toList()) {
        Matcher row = PART_CELL.matcher(line);
        if (!row.find() || !asksForAll(message, row.group(1))) continue;
        table = true;
        cells.add(numbered(line, row) + row.group(2).strip());
      }
      if (!table) continue;
      if (quoted.stream().anyMatch(q -> q.hit().passage().equals(passage))) return Optional.empty();
      if (first == null) first = passage;
    }
    return cells.size() < AT_LEAST ? Optional.empty() : Optional.of(listed(hit, first, first.section(), cells));
  }

  /** Returns the headings of the parts numbered with the label beside the hit's, under the same heading, as a quote. */
  private static Optional<Quote> list(Hit hit, String label, Results results) {
    Passage found = hit.passage();
    int depth = found.section().size();
    List<String> above = found.section().subList(0, depth - 1);
    Set<String> headings = new LinkedHashSet<>();
    Passage first = null;
    for (Passage passage : results.around(hit, WITHIN)) {
      List<String> section = passage.section();
      if (section.size() != depth || !section.subList(0, depth - 1).equals(above)) continue;
      Matcher numbered = NUMBERED.matcher(passage.heading());
      if (!numbered.matches() || !numbered.group(1).equalsIgnoreCase(label)) continue;
      if (first == null) first = passage;
      headings.add(passage.heading());
    }
    if (headings.size() < AT_LEAST) return Optional.empty();
    return Optional.of(listed(hit, first, above.isEmpty() ? first.section() : above, headings));
  }

  /** Returns the items as a list quoted from the first passage holding one, under the section given, found as the hit. */
  private static Quote listed(Hit hit, Passage first, List<String> section, Set<String> items) {
    String text = String.join("\n", items.stream().map(item -> "- " + item).toList());
    Passage list = new Passage(first.document(), first.ordinal(), section, first.page(), text);
    return new Quote(new Hit(list, hit.score(), hit.coverage(), hit.inScope(), hit.onTopic(), true),
        new Snippet(text, List.of()));
  }

  /** Returns whether the message names the label in the plural: "objectives" for "Objective 4: ...". */
  static boolean asksForAll(String message, String label) {
    String[] words = label.toLowerCase(Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    String plural = last.endsWith("y") && last.length() > 2 && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0
        ? last.substring(0, last.length() - 1) + "ies" : last + "s";
    return Pattern.compile("(?i)\\b" + Pattern.quote(plural) + "\\b").matcher(message).find();
  }
}
