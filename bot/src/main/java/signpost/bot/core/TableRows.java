package signpost.bot.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.Passage;
import signpost.knowledge.index.ContentWords;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.References;
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
  /** Returns whether a line is a table's row as passages write it: "Header: value; Header: value". */
  static boolean isRow(String line) {
    return ROW.matcher(line).find();
  }

  /** A message asking who does something or when: one row answers it. */
  private static final Pattern ASKS_WHO_OR_WHEN = Pattern.compile("(?i)\\b(?:who|whos|who's|when|whens|when's|due"
      + "|deadline|owns?|owner|lead|leads|leading)\\b");
  /** A message asking for several rows: "all the actions", "what are the actions", "list". */
  private static final Pattern ASKS_MANY = Pattern.compile("(?i)\\b(?:all|list|every|each|actions|objectives|rows)\\b");
  /** Returns whether a message asks for several rows: "all the actions", "what are the actions", "list". */
  static boolean asksMany(String message) {
    return ASKS_MANY.matcher(message).find();
  }

  /** How many rows a table has before its rows are told apart. */
  private static final int ROWS = 3;
  /** How many more words of the message the best row must share than any other. */
  private static final int CLEARLY = 2;

  private TableRows() {}

  /** A message asking what a term means: "what does core20plus5 mean?", "what's PCREF", "meaning of ...". */
  private static final Pattern ASKS_MEANING = Pattern.compile("(?i)\\bwhat(?:'s|s| is| does| do)\\b|\\bmean(?:s|ing)?\\b"
      + "|\\bstand(?:s)? for\\b|\\bdefin");
  /** A definitions table's row: its first cell the term ("Term: Core20PLUS5; Meaning: ..."). */
  private static final Pattern DEFINED = Pattern.compile("^[^:;\\n]{1,25}:\\s*([^:;\\n]{2,60});");

  /** Returns the quotes with each table narrowed to the row the message asks about, where one clearly is. */
  static List<Quote> narrowed(List<Quote> quoted, String message) {
    List<Quote> defined = ASKS_MEANING.matcher(message).find() ? defined(quoted, message) : quoted;
    return byWords(byNamedPart(defined, message), message);
  }

  /** A row's first cell: "Objective: Objective 3: A workforce that reflects Wexhampton. ...; Measures ...". */
  private static final Pattern FIRST_CELL = Pattern.compile("^[^;:\\n]{1,40}: ([^;\\n]*);");

  /**
   * Returns the quotes with each table narrowed to the rows of the numbered part the message names ("objective 3 is
   * showing red. what is that objective actually about?": the row "Objective: Objective 3: A workforce that reflects
   * Wexhampton ...; RAG: RED"), where the part is a row of a table of several rather than a heading of its own.
   */
  private static List<Quote> byNamedPart(List<Quote> quoted, String message) {
    List<String> labels = References.named(message);
    if (labels.isEmpty()) return quoted;
    List<Quote> narrowed = new ArrayList<>(quoted);
    for (int i = 0; i < narrowed.size(); i++) {
      Hit hit = narrowed.get(i).hit();
      List<String> lines = hit.passage().text().lines().toList();
      if (lines.stream().filter(TableRows::isRow).count() < ROWS) continue;
      List<String> rows = lines.stream().filter(line -> namesPart(line, labels)).toList();
      if (!rows.isEmpty() && rows.size() < lines.size()) narrowed.set(i, rowsOf(hit, String.join("\n", rows)));
    }
    return List.copyOf(narrowed);
  }

  private static boolean namesPart(String line, List<String> labels) {
    return firstCell(line).map(first -> labels.stream().anyMatch(label -> References.heads(first, label))).orElse(false);
  }

  /** Returns the value of a table row's first cell ("Role: Cabinet Member; ..." gives "Cabinet Member"), if a row. */
  static Optional<String> firstCell(String line) {
    Matcher first = FIRST_CELL.matcher(line);
    return first.find() ? Optional.of(first.group(1)) : Optional.empty();
  }

  /**
   * Returns the quotes with each definitions table narrowed to the row of the term the message names ("what does
   * core20plus5 mean?": "Term: Core20PLUS5; Meaning: ... The Core20 are the most deprived 20% ..."), where a passage
   * of several rows would otherwise be cut to its sentences sharing the most words with the message.
   */
  private static List<Quote> defined(List<Quote> quoted, String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    List<Quote> narrowed = new ArrayList<>(quoted);
    for (int i = 0; i < narrowed.size(); i++) {
      Hit hit = narrowed.get(i).hit();
      List<String> lines = hit.passage().text().lines().toList();
      if (lines.size() < 2) continue;
      for (String line : lines) {
        Matcher term = DEFINED.matcher(line);
        if (term.find() && namesWord(lower, term.group(1).strip().toLowerCase(Locale.ROOT))) {
          narrowed.set(i, rowsOf(hit, line));
          break;
        }
      }
    }
    return narrowed;
  }

  /** Returns whether the text holds the term as a whole word (no letter, digit or hyphen either side). */
  static boolean namesWord(String text, String term) {
    for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      int end = at + term.length();
      if ((at == 0 || !wordChar(text.charAt(at - 1))) && (end == text.length() || !wordChar(text.charAt(end)))) return true;
    }
    return false;
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  private static List<Quote> byWords(List<Quote> quoted, String message) {
    if (!ASKS_WHO_OR_WHEN.matcher(message).find() || asksMany(message)) return quoted;
    // "when is Skelby MIU's last day, and when does the new urgent treatment centre at Fenby open?": each question's
    // row ("Skelby MIU closes (last day of service) ... 27 February 2026", "Fenby Urgent Treatment Centre opens ...").
    List<String> parts = QuestionParts.of(message);
    List<Set<String>> asked = (parts.isEmpty() ? List.of(message) : parts).stream().map(ContentWords::of).toList();
    List<Quote> narrowed = new ArrayList<>(quoted);
    for (int i = 0; i < narrowed.size(); i++) {
      Hit hit = narrowed.get(i).hit();
      List<String> lines = hit.passage().text().lines().toList();
      if (lines.stream().filter(line -> ROW.matcher(line).find()).count() < ROWS) continue;
      // A question that names no row of its own ("... who owns it? and when's it due?") asks of the row another names.
      Set<String> rows = new HashSet<>();
      for (Set<String> words : asked) {
        String best = best(lines, words);
        if (best != null) rows.add(best);
      }
      if (rows.isEmpty() && asked.size() > 1) {
        String best = best(lines, ContentWords.of(message));
        if (best != null) rows.add(best);
      }
      if (!rows.isEmpty()) {
        narrowed.set(i, rowsOf(hit, String.join("\n", lines.stream().filter(rows::contains).toList())));
      }
    }
    return List.copyOf(narrowed);
  }

  /** Returns the row sharing clearly more of the words than any other; null when none does. */
  private static String best(List<String> lines, Set<String> words) {
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
    return best != null && most >= next + CLEARLY ? best : null;
  }

  private static int shared(String line, Set<String> words) {
    Set<String> shared = new HashSet<>(ContentWords.of(line));
    shared.retainAll(words);
    return shared.size();
  }

  /**
   * Returns the hit's passage quoted by some of its rows, as a passage of those rows alone, cited as the table is: an
   * answer quotes a short passage whole, where it would cut a long one to its sentences sharing the most words.
   */
  static Quote rowsOf(Hit hit, String rows) {
    Passage table = hit.passage();
    Passage row = new Passage(table.document(), table.ordinal(), table.section(), table.page(), rows);
    return new Quote(new Hit(row, hit.score(), hit.coverage(), hit.inScope(), hit.onTopic(), hit.shaped()),
        new Snippet(rows, List.of()));
  }
}
