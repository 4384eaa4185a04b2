package signpost.knowledge.ingest;

import java.util.List;

/**
 * One line of text as laid out on a PDF page.
 *
 * @param page the 1-based page number
 * @param text the line's text
 * @param x the left edge of the line
 * @param y the baseline, measured down from the top of the page
 * @param size the font size in points of most of its characters
 * @param font the name of the font of most of its characters, without a subset prefix
 * @param bold true when most of its characters are in a bold font
 * @param italic true when most of its characters are in an italic or oblique font
 * @param pageHeight the height of its page
 * @param cells the line's pieces where wide gaps or a ruled table's vertical rules part it, as in a table row; empty
 *     when it has no such gap
 * @param ruledAbove whether a horizontal rule across the line lies between it and the line before it on its page;
 *     null when no horizontal rule on the page crosses it (see {@link PdfRulings#ruleBetween})
 * @param boxed true when vertical rules stand either side of the line, as in a ruled table's cell
 */
record PdfLine(int page, String text, float x, float y, float size, String font, boolean bold, boolean italic,
               float pageHeight, List<Cell> cells, Boolean ruledAbove, boolean boxed) {

  /** A piece of a line set apart by a wide gap: its left edge and text. */
  record Cell(float x, String text) {}

  PdfLine {
    cells = List.copyOf(cells);
  }

  /** Returns a line among no rules. */
  PdfLine(int page, String text, float x, float y, float size, String font, boolean bold, boolean italic,
          float pageHeight, List<Cell> cells) {
    this(page, text, x, y, size, font, bold, italic, pageHeight, cells, null, false);
  }

  /** Returns a line with no table cells. */
  PdfLine(int page, String text, float x, float y, float size, String font, boolean bold, boolean italic,
          float pageHeight) {
    this(page, text, x, y, size, font, bold, italic, pageHeight, List.of());
  }

  /** Returns true when the line has the same size and font as the other, so both read as one style. */
  boolean sameStyle(PdfLine other) {
    return Math.abs(size - other.size) < 0.6f && font.equals(other.font);
  }
}
