package signpost.rules.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import signpost.rules.RulesException;
import signpost.rules.decision.Verdict;
import signpost.rules.screening.Slot;

/**
 * Compiles the screening question table into DRL: one rule per row. The table is a CSV file the EDI team edits in
 * a spreadsheet, like the trigger table, with the columns {@code rule, ask, order, verdicts, question, quick replies}.
 * A row proposes its question while a screening is open, the part of the record it fills ({@code ask}) is still
 * empty and the verdict so far is one of {@code verdicts} ({@code any}, or some of required, screening,
 * not_required); of the questions proposed, the lowest {@code order} is asked.
 */
final class QuestionTable {

  static final List<String> COLUMNS = List.of("rule", "ask", "order", "verdicts", "question", "quick replies");

  private QuestionTable() {}

  /** Returns true when the file's header row is this table's. */
  static boolean handles(RuleFile file) {
    for (String line : file.text().split("\r?\n")) {
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) continue;
      try {
        return CsvLine.split(stripped).stream().map(f -> f.toLowerCase(Locale.ROOT)).toList().equals(COLUMNS);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return false;
  }

  /**
   * Returns the rules of the table.
   *
   * @throws RulesException naming the file and line of every row that is malformed
   */
  static TriggerTable.Compiled compile(RuleFile file) {
    Drl drl = new Drl();
    drl.line("package signpost.rules.facts;", 0);
    drl.line("import signpost.rules.decision.Verdict;", 0);
    drl.line("import signpost.rules.screening.Slot;", 0);
    List<String> errors = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String[] lines = file.text().split("\r?\n", -1);
    boolean header = false;
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      if (!header) {
        header = true;
        continue;
      }
      try {
        Row row = Row.of(CsvLine.split(line));
        if (!names.add(row.rule())) throw new IllegalArgumentException("rule name used twice: " + row.rule());
        row.writeTo(drl, number);
      } catch (IllegalArgumentException e) {
        errors.add(file.name() + ":" + number + ": " + e.getMessage());
      }
    }
    if (!errors.isEmpty()) throw new RulesException(String.join("\n", errors));
    return new TriggerTable.Compiled(drl.text(), drl.sourceLines());
  }

  /** One question. */
  private record Row(String rule, Slot slot, int order, Set<Verdict> verdicts, String question, String replies) {

    static Row of(List<String> fields) {
      if (fields.size() != COLUMNS.size()) {
        throw new IllegalArgumentException("expected " + COLUMNS.size() + " columns (" + String.join(", ", COLUMNS)
            + "), found " + fields.size());
      }
      String rule = fields.get(0);
      if (!rule.matches("[A-Z][A-Za-z0-9]*")) {
        throw new IllegalArgumentException("rule must be a name in CamelCase, e.g. AskWhoIsAffected: " + rule);
      }
      Slot slot = Slot.parse(fields.get(1));
      int order;
      try {
        order = Integer.parseInt(fields.get(2).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("order must be a whole number: " + fields.get(2));
      }
      Set<Verdict> verdicts = new HashSet<>();
      String wanted = fields.get(3).strip();
      if (wanted.isEmpty()) throw new IllegalArgumentException("verdicts is empty; write any, or some of required, screening, not_required");
      if (!wanted.equalsIgnoreCase("any")) for (String v : wanted.split("[\\s;|/]+")) verdicts.add(Verdict.parse(v));
      if (fields.get(4).isBlank()) throw new IllegalArgumentException("question is empty");
      return new Row(rule, slot, order, verdicts, fields.get(4).strip(), fields.get(5).strip());
    }

    void writeTo(Drl drl, int tableLine) {
      drl.line("rule \"" + rule + "\"", tableLine);
      drl.line("when", tableLine);
      drl.line("  ScreeningUnderWay()", tableLine);
      drl.line("  not SlotFilled(slot == Slot." + slot.name() + ")", tableLine);
      if (!verdicts.isEmpty() && verdicts.size() < Verdict.values().length) {
        // The verdict so far is the strongest finding: require one in the set and none above it.
        Verdict strongest = verdicts.stream().max(Verdict::compareTo).orElseThrow();
        drl.line("  exists EqiaFinding(verdict in (" + String.join(", ", verdicts.stream()
            .map(v -> "Verdict." + v.name()).sorted().toList()) + "))", tableLine);
        for (Verdict above : Verdict.values()) {
          if (above.compareTo(strongest) > 0) drl.line("  not EqiaFinding(verdict == Verdict." + above.name() + ")", tableLine);
        }
      }
      drl.line("then", tableLine);
      drl.line("  insert(new ScreeningQuestion(Slot." + slot.name() + ", " + order + ", " + Drl.string(question) + ", "
          + Drl.string(replies) + ", drools.getRule().getName()));", tableLine);
      drl.line("end", tableLine);
    }
  }
}
