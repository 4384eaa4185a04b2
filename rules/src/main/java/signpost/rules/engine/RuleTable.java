package signpost.rules.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import signpost.rules.RulesException;

/**
 * Compiles a CSV table the EDI team edits in a spreadsheet into DRL, one rule per row: the trigger table and the
 * screening question table. Lines starting with {@code #} are comments; the first other line is the header.
 */
final class RuleTable {

  /** One row of a table, as the rule it becomes. */
  interface Row {
    String rule();

    void writeTo(Drl drl, int tableLine);
  }

  private RuleTable() {}

  /**
   * Returns the rules of the table.
   *
   * @param imports the DRL lines before the rules ({@code package}, {@code import})
   * @param row reads a row's fields, throwing {@link IllegalArgumentException} with what is wrong
   * @throws RulesException naming the file and line of every row that is malformed
   */
  static TriggerTable.Compiled compile(RuleFile file, List<String> columns, List<String> imports,
                                       Function<List<String>, Row> row) {
    Drl drl = new Drl();
    imports.forEach(line -> drl.line(line, 0));
    List<String> errors = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String[] lines = file.text().split("\r?\n", -1);
    boolean header = false;
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      try {
        List<String> fields = CsvLine.split(line);
        if (!header) {
          checkHeader(columns, fields);
          header = true;
        } else {
          Row read = row.apply(fields);
          if (!names.add(read.rule())) throw new IllegalArgumentException("rule name used twice: " + read.rule());
          read.writeTo(drl, number);
        }
      } catch (IllegalArgumentException e) {
        errors.add(file.name() + ":" + number + ": " + e.getMessage());
      }
    }
    if (!header) errors.add(file.name() + ":1: no header row; expected " + String.join(", ", columns));
    if (!errors.isEmpty()) throw new RulesException(String.join("\n", errors));
    return new TriggerTable.Compiled(drl.text(), drl.sourceLines());
  }

  /** Returns true when the file's header row is {@code columns}. */
  static boolean hasHeader(RuleFile file, List<String> columns) {
    for (String line : file.text().split("\r?\n")) {
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) continue;
      try {
        return lower(CsvLine.split(stripped)).equals(columns);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return false;
  }

  /** Checks that a row has one field per column. */
  static void checkSize(List<String> columns, List<String> fields) {
    if (fields.size() != columns.size()) {
      throw new IllegalArgumentException("expected " + columns.size() + " columns (" + String.join(", ", columns)
          + "), found " + fields.size());
    }
  }

  private static void checkHeader(List<String> columns, List<String> fields) {
    if (!lower(fields).equals(columns)) {
      throw new IllegalArgumentException("header must be: " + String.join(", ", columns) + "; found: " + String.join(", ", fields));
    }
  }

  private static List<String> lower(List<String> fields) {
    return fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
  }
}
