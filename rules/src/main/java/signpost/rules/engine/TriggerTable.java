package signpost.rules.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import signpost.rules.RulesException;
import signpost.rules.decision.Verdict;
import signpost.rules.features.Activity;
import signpost.rules.features.Affected;

/**
 * Compiles the EqIA trigger table into DRL: one rule per row. The table is a CSV file the EDI team edits
 * in a spreadsheet, with the columns {@code rule, activity, affects, verdict, reason, next step}; a row
 * fires when the question asks whether an EqIA is needed and describes its activity (and affects whom
 * it names, when the column is filled). Lines starting with {@code #} are comments.
 */
final class TriggerTable {

  static final List<String> COLUMNS = List.of("rule", "activity", "affects", "verdict", "reason", "next step");

  /**
   * The DRL the table compiles to, and for each DRL line the table line it came from.
   *
   * @param drl the rules
   * @param sourceLines {@code sourceLines[i]} is the table line of DRL line {@code i + 1}
   */
  record Compiled(String drl, int[] sourceLines) {

    /** Returns the table line that DRL line {@code drlLine} (1-based) came from, or 0 when unknown. */
    int tableLine(int drlLine) {
      return drlLine >= 1 && drlLine <= sourceLines.length ? sourceLines[drlLine - 1] : 0;
    }
  }

  private TriggerTable() {}

  /**
   * Returns the rules of the table.
   *
   * @throws RulesException naming the file and line of every row that is malformed
   */
  static Compiled compile(RuleFile file) {
    return RuleTable.compile(file, COLUMNS, List.of("package signpost.rules.facts;", "import signpost.rules.features.*;",
        "import signpost.rules.decision.Verdict;"), Row::of);
  }

  /** One trigger. */
  private record Row(String rule, Activity activity, Affected affects, Verdict verdict, String reason, String next)
      implements RuleTable.Row {

    static Row of(List<String> fields) {
      RuleTable.checkSize(COLUMNS, fields);
      String rule = fields.get(0);
      if (!rule.matches("[A-Z][A-Za-z0-9]*")) {
        throw new IllegalArgumentException("rule must be a name in CamelCase, e.g. RequireAnEqiaForANewPolicy: " + rule);
      }
      Activity activity = constant(Activity.class, "activity", fields.get(1));
      Affected affects = constant(Affected.class, "affects", fields.get(2));
      if (activity == null && affects == null) throw new IllegalArgumentException("a trigger needs an activity or affects");
      Verdict verdict = Verdict.parse(fields.get(3));
      if (fields.get(4).isEmpty()) throw new IllegalArgumentException("reason is empty");
      return new Row(rule, activity, affects, verdict, fields.get(4), fields.get(5));
    }

    @Override
    public void writeTo(Drl drl, int tableLine) {
      drl.line("rule \"" + rule + "\"", tableLine);
      drl.line("when", tableLine);
      drl.line("  EqiaAsked()", tableLine);
      if (activity != null) drl.line("  Describes(activity == Activity." + activity.name() + ")", tableLine);
      if (affects != null) drl.line("  Affects(who == Affected." + affects.name() + ")", tableLine);
      drl.line("then", tableLine);
      drl.line("  insert(new EqiaFinding(Verdict." + verdict.name() + ", " + Drl.string(reason) + ", "
          + Drl.string(next) + ", drools.getRule().getName()));", tableLine);
      drl.line("end", tableLine);
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String column, String text) {
    if (text.isEmpty()) return null;
    String wanted = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E constant : type.getEnumConstants()) if (constant.name().equals(wanted)) return constant;
    throw new IllegalArgumentException("unknown " + column + " " + text + "; expected one of "
        + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
  }
}
