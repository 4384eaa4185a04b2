package signpost.rules.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of an EqIA trigger table as the EDI team wrote it, for showing the table (the admin page) rather than
 * compiling it: the compiled rules are what {@link RuleBase} decides with.
 *
 * @param file the table's file name, e.g. {@code eqia-triggers.csv}
 * @param line the row's line in the file, counting from 1
 * @param rule the rule name the row becomes
 * @param activity the activity it fires on, or empty for any
 * @param affects whom it names, or empty for anyone
 * @param verdict required, screening or not_required
 */
public record Trigger(String file, int line, String rule, String activity, String affects, String verdict) {

  /**
   * Returns the rows of every trigger table among {@code files}, in file and line order; a row of the wrong length
   * is left out, as the compiler names it (see {@link LiveRuleBase.Status#lastError()}).
   */
  public static List<Trigger> of(List<RuleFile> files) {
    List<Trigger> rows = new ArrayList<>();
    for (RuleFile file : files) {
      if (!file.table() || !RuleTable.hasHeader(file, TriggerTable.COLUMNS)) continue;
      String[] lines = file.text().split("\r?\n", -1);
      boolean header = false;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        if (!header) {
          header = true;
          continue;
        }
        List<String> fields = fields(line);
        if (fields.size() == TriggerTable.COLUMNS.size()) {
          rows.add(new Trigger(file.name(), i + 1, fields.get(0), fields.get(1), fields.get(2), fields.get(3)));
        }
      }
    }
    return rows;
  }

  private static List<String> fields(String line) {
    try {
      return CsvLine.split(line);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }
}
