package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Formats table rows as single lines that read on their own, labelling each cell with its column header
 * when there is one: "Activity: Public consultation; Timescale: 1 March to 5 April 2024".
 */
final class TableRows {

  static final String SEPARATOR = "; ";

  private TableRows() {}

  /**
   * Returns one line per row with cells joined by {@code "; "}; when {@code header} is true the
   * first row is used only to label the cells of later rows as {@code "Header: value"}.
   */
  static List<String> format(List<List<String>> rows, boolean header) {
    List<String> lines = new ArrayList<>();
    if (rows.isEmpty()) return lines;
    boolean labelled = header && rows.size() > 1;
    List<String> labels = labelled ? rows.get(0).stream().map(TextCleaner::clean).toList() : List.of();
    for (List<String> row : labelled ? rows.subList(1, rows.size()) : rows) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        String cell = TextCleaner.clean(row.get(i));
        if (cell.isEmpty()) continue;
        String label = i < labels.size() ? labels.get(i) : "";
        cells.add(label.isEmpty() || label.equals(cell) ? cell : label + ": " + cell);
      }
      if (!cells.isEmpty()) lines.add(String.join(SEPARATOR, cells));
    }
    return lines;
  }

  /**
   * Returns true when a first row reads like column headers: every cell filled, short and not a number, but for a run
   * of years heading a time series ("Staff | 2022 | 2023 | 2024 | Target").
   */
  static boolean looksLikeHeader(List<List<String>> rows) {
    if (rows.size() < 2 || rows.get(0).size() < 2) return false;
    List<String> years = new ArrayList<>();
    for (String cell : rows.get(0)) {
      String text = TextCleaner.clean(cell);
      if (YEAR.matcher(text).matches()) {
        years.add(text);
        continue;
      }
      if (text.isEmpty() || text.length() > 60 || text.matches("[\\d.,%£$ -]+")) return false;
    }
    return years.isEmpty() || years.size() >= 2 && years.size() < rows.get(0).size()
        && years.stream().distinct().count() == years.size();
  }

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
}
