package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the rows of a table laid out on a PDF page: lines cut into cells by wide gaps, whose cells line
 * up with the columns of the first row. A line that continues one cell (its text wrapped under that column)
 * is added to the cell above. The rows read as "Header: value; Header: value" when the first looks like headers.
 */
final class PdfTable {

  private static final float ALIGNMENT = 4f;

  private final List<Float> columns = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Integer> pages = new ArrayList<>();

  /** Starts a table at a line with cells. */
  PdfTable(PdfLine first) {
    for (PdfLine.Cell cell : first.cells()) columns.add(cell.x());
    add(first);
  }

  /** Returns true when the line is a row of this table, or continues a cell of its last row. */
  boolean accepts(PdfLine line, boolean breakAbove) {
    if (line.page() != pages.get(pages.size() - 1)) return false;
    if (!line.cells().isEmpty()) return line.cells().stream().allMatch(c -> column(c.x()) >= 0);
    return !breakAbove && column(line.x()) >= 0;
  }

  /** Adds a row, or the text that continues a cell of the last row. */
  void add(PdfLine line) {
    if (line.cells().isEmpty()) {
      List<String> last = rows.get(rows.size() - 1);
      int column = column(line.x());
      last.set(column, (last.get(column) + " " + line.text().strip()).strip());
      return;
    }
    List<String> row = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) row.add("");
    for (PdfLine.Cell cell : line.cells()) row.set(column(cell.x()), cell.text());
    rows.add(row);
    pages.add(line.page());
  }

  /** Returns the table's rows as blocks, each with its page. */
  List<Block> blocks() {
    boolean header = TableRows.looksLikeHeader(rows);
    List<String> lines = TableRows.format(rows, header);
    List<Integer> rowPages = header && rows.size() > 1 ? pages.subList(1, pages.size()) : pages;
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      blocks.add(Block.tableRow(lines.get(i), rowPages.get(Math.min(i, rowPages.size() - 1))));
    }
    return blocks;
  }

  private int column(float x) {
    for (int i = 0; i < columns.size(); i++) if (Math.abs(columns.get(i) - x) <= ALIGNMENT) return i;
    return -1;
  }
}
