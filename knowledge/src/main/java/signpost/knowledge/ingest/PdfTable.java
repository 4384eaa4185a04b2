package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the rows of a table laid out on a PDF page: lines cut into cells by wide gaps, whose cells line
 * up with the columns of the first row. A line that continues one cell (its text wrapped under that column)
 * is added to the cell above. In a ruled table (its first line boxed by vertical rules with a rule above it) a row
 * ends only at a horizontal rule: every line between two rules continues the cells of its row, however many of them
 * wrapped. The rows read as "Header: value; Header: value" when the first looks like headers.
 */
final class PdfTable {

  private static final float ALIGNMENT = 4f;

  private final List<Float> columns = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Integer> pages = new ArrayList<>();
  /** True when the table is ruled: its rows end at horizontal rules, and its lines stand between vertical ones. */
  private final boolean ruled;

  /** Starts a table at a line with cells. */
  PdfTable(PdfLine first) {
    for (PdfLine.Cell cell : first.cells()) columns.add(cell.x());
    ruled = first.boxed() && Boolean.TRUE.equals(first.ruledAbove());
    add(first, true);
  }

  /** Returns true when the line is a row of this table, or continues a cell of its last row. */
  boolean accepts(PdfLine line, boolean breakAbove) {
    if (line.page() != pages.get(pages.size() - 1)) return false;
    if (ruled && (!line.boxed() || line.ruledAbove() == null)) return false;
    if (!line.cells().isEmpty()) return line.cells().stream().allMatch(c -> column(c.x()) >= 0);
    return (ruled || !breakAbove) && column(line.x()) >= 0;
  }

  /**
   * Returns true when a line of several cells continues the last row rather than starting one: the text of several
   * cells wrapped onto a line straight under it, leaving empty the first column, which every row so far fills
   * ("No.: 1; Objective: Inclusive recruitment and" over "Objective: progression; Lead: Chief People Officer").
   */
  private boolean continues(PdfLine line) {
    if (rows.size() < 2) return false;
    if (line.cells().stream().anyMatch(c -> column(c.x()) == 0)) return false;
    return rows.stream().allMatch(row -> !row.get(0).isBlank());
  }

  /** Adds a row, or the text that continues the cells of the last row ({@code breakAbove} as for {@link #accepts}). */
  void add(PdfLine line, boolean breakAbove) {
    boolean continued = ruled ? !rows.isEmpty() && Boolean.FALSE.equals(line.ruledAbove())
        : line.cells().isEmpty() || !breakAbove && continues(line);
    // A line of one cell is that cell: text wrapped under its column, or in a ruled table a row of one filled cell.
    List<PdfLine.Cell> cells = line.cells().isEmpty() ? List.of(new PdfLine.Cell(line.x(), line.text().strip())) : line.cells();
    if (continued) {
      List<String> last = rows.get(rows.size() - 1);
      for (PdfLine.Cell cell : cells) {
        int column = column(cell.x());
        last.set(column, (last.get(column) + " " + cell.text().strip()).strip());
      }
      return;
    }
    List<String> row = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) row.add("");
    for (PdfLine.Cell cell : cells) row.set(column(cell.x()), cell.text());
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
