package signpost.rules.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a comma-separated table as spreadsheets write it: fields may be quoted with
 * {@code "}, a quoted field may hold commas, and {@code ""} inside quotes is one quote.
 */
final class CsvLine {

  private CsvLine() {}

  /**
   * Returns the fields of the line, trimmed.
   *
   * @throws IllegalArgumentException when a quoted field is not closed on the line
   */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c != '"') field.append(c);
        else if (i + 1 < line.length() && line.charAt(i + 1) == '"') field.append(line.charAt(++i));
        else quoted = false;
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) throw new IllegalArgumentException("a quoted field is not closed on this line");
    fields.add(field.toString().strip());
    return fields;
  }
}
