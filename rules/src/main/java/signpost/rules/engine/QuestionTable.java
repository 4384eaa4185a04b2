package signpost.rules.engine;

import java.util.HashSet;
import java.util.List;
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
    return RuleTable.hasHeader(file, COLUMNS);
  }

  /**
   * Returns the rules of the table.
   *
   * @throws RulesException naming the file and line of every row that is malformed
   */
  static TriggerTable.Compiled compile(RuleFile file) {
    return RuleTable.compile(file, COLUMNS, List.of("package signpost.rules.facts;", "import signpost.rules.decision.Verdict;",
        "import signpost.rules.screening.Slot;"), Row::of);
  }

  /** One question. */
  private record Row(String rule, Slot slot, int order, Set<Verdict> verdicts, String question, String replies)
      implements RuleTable.Row {

    static Row of(List<String> fields) {
      RuleTable.checkSize(COLUMNS, fields);
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

    @Override
    public void writeTo(Drl drl, int tableLine) {
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
