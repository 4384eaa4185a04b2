package signpost.knowledge.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads the lines of a PDF with the size, font and position PDFBox reports for their characters. */
final class PdfLineReader extends PDFTextStripper {

  /** A gap between glyphs wider than this many font sizes parts a line into table cells. */
  static final float CELL_GAP = 1.8f;

  private static final Pattern MARKER =
      Pattern.compile("[•●▪■◦○‣∙·▶►✓✔*–—-]|\\d{1,2}(\\.\\d{1,2})+\\.?|\\(?(\\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]");

  private final List<PdfLine> lines = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final List<TextPosition> glyphs = new ArrayList<>();
  /** The current page's lines as read, put in reading order when the page ends. */
  private final List<PdfColumns.RawLine> pageLines = new ArrayList<>();
  /** The rules drawn on the current page. */
  private PdfRulings rulings;
  /** The baseline of the page's last line, 0 before its first. */
  private float lastBaseline;

  private PdfLineReader() {
    setSortByPosition(true);
    setSuppressDuplicateOverlappingText(true);
  }

  /** Returns every non-blank line of the document in reading order. */
  static List<PdfLine> read(PDDocument document) throws IOException {
    PdfLineReader reader = new PdfLineReader();
    reader.writeText(document, Writer.nullWriter());
    return reader.lines;
  }

  @Override
  protected void writeString(String string, List<TextPosition> positions) {
    text.append(string);
    glyphs.addAll(positions);
  }

  @Override
  protected void writeWordSeparator() {
    text.append(' ');
  }

  @Override
  protected void writeLineSeparator() {
    flush();
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    rulings = PdfRulings.of(page);
    lastBaseline = 0;
    super.startPage(page);
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    flush();
    for (PdfColumns.RawLine line : PdfColumns.inReadingOrder(pageLines, page.getCropBox().getWidth(),
        page.getCropBox().getHeight(), this::ruledAcross)) {
      lines.add(toLine(line.text(), line.glyphs()));
    }
    pageLines.clear();
    super.endPage(page);
  }

  /**
   * Returns true when the two parts of a line either side of a page's gutter are cells of one ruled table, not a ruled
   * table in one column beside prose or a ruled box in the other.
   */
  private boolean ruledAcross(PdfColumns.RawLine left, PdfColumns.RawLine right) {
    if (!ruled(left) || !ruled(right)) return false;
    float top = Float.MAX_VALUE;
    float from = Float.MAX_VALUE;
    float to = Float.MAX_VALUE;
    for (TextPosition glyph : left.glyphs()) {
      if (glyph.getUnicode() == null || glyph.getUnicode().isBlank()) continue;
      from = Math.min(from, glyph.getXDirAdj());
      top = Math.min(top, glyph.getYDirAdj() - glyph.getFontSizeInPt() * 0.7f);
    }
    for (TextPosition glyph : right.glyphs()) {
      if (glyph.getUnicode() != null && !glyph.getUnicode().isBlank()) to = Math.min(to, glyph.getXDirAdj());
    }
    Boolean spans = rulings.spans(from, to, top);
    return spans == null || spans;
  }

  /** Returns true when rules drawn on the page enclose the line or part it into cells: it is a ruled table's. */
  private boolean ruled(PdfColumns.RawLine line) {
    if (rulings == null) return false;
    float left = Float.MAX_VALUE;
    float right = 0;
    float y = 0;
    float size = 0;
    for (TextPosition glyph : line.glyphs()) {
      if (glyph.getUnicode() == null || glyph.getUnicode().isBlank()) continue;
      left = Math.min(left, glyph.getXDirAdj());
      right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
      y = Math.max(y, glyph.getYDirAdj());
      size = Math.max(size, glyph.getFontSizeInPt());
    }
    if (left == Float.MAX_VALUE) return false;
    float above = y - size * 0.7f;
    float below = y + size * 0.2f;
    return rulings.encloses(left, right, above, below) || !rulings.splits(left, right, above, below).isEmpty();
  }

  private void flush() {
    String line = text.toString().strip();
    if (!line.isEmpty() && !glyphs.isEmpty()) pageLines.add(new PdfColumns.RawLine(line, List.copyOf(glyphs)));
    text.setLength(0);
    glyphs.clear();
  }

  private PdfLine toLine(String line, List<TextPosition> glyphs) {
    // In the order first met, so that a tie goes to the line's first font, not to where a font's hash fell this run.
    Map<PDFont, Integer> fonts = new LinkedHashMap<>();
    Map<Float, Integer> sizes = new LinkedHashMap<>();
    float x = Float.MAX_VALUE;
    float right = 0;
    float y = 0;
    for (TextPosition glyph : glyphs) {
      if (glyph.getUnicode() == null || glyph.getUnicode().isBlank()) continue;
      fonts.merge(glyph.getFont(), 1, Integer::sum);
      sizes.merge(Math.round(glyph.getFontSizeInPt() * 2) / 2f, 1, Integer::sum);
      x = Math.min(x, glyph.getXDirAdj());
      right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
      y = Math.max(y, glyph.getYDirAdj());
    }
    PDFont font = mostCommon(fonts);
    float size = sizes.isEmpty() ? 0 : mostCommon(sizes);
    String name = font == null || font.getName() == null ? "" : font.getName().replaceFirst("^[A-Z]{6}\\+", "");
    String lower = name.toLowerCase(Locale.ROOT);
    PDFontDescriptor descriptor = font == null ? null : font.getFontDescriptor();
    boolean bold = lower.matches(".*(bold|black|heavy|semibold|demi).*")
        || descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    boolean italic = lower.matches(".*(italic|oblique).*") || descriptor != null && descriptor.isItalic();
    float height = getCurrentPage().getCropBox().getHeight();
    float left = x == Float.MAX_VALUE ? 0 : x;
    // The line's glyphs stand from about its ascent above the baseline to its descent below.
    float above = y - size * 0.7f;
    float below = y + size * 0.2f;
    Boolean ruledAbove = rulings == null ? null : rulings.ruleBetween(lastBaseline, above, left, right);
    boolean boxed = rulings != null && rulings.encloses(left, right, above, below);
    List<Float> splits = rulings == null ? List.of() : rulings.splits(left, right, above, below);
    lastBaseline = y;
    return new PdfLine(getCurrentPageNo(), line, left, y, size, name, bold, italic, height,
        cells(size, splits, glyphs), ruledAbove, boxed);
  }

  /**
   * Returns the line cut into cells, or nothing when fewer than two hold text: where a ruled table's vertical rules
   * ({@code splits}) part it, each glyph in the cell its middle falls in and words never cut within a cell; else where
   * its glyphs leave a gap wider than {@link #CELL_GAP} em.
   */
  private static List<PdfLine.Cell> cells(float size, List<Float> splits, List<TextPosition> glyphs) {
    List<PdfLine.Cell> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    float start = 0;
    int column = -1;
    TextPosition previous = null;
    for (TextPosition glyph : glyphs) {
      if (glyph.getUnicode() == null || glyph.getUnicode().isBlank()) continue;
      float gap = previous == null ? 0 : glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
      int in = splits.isEmpty() ? 0 : column(glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2, splits);
      boolean parted = splits.isEmpty() ? gap > size * CELL_GAP : in != column;
      if (previous == null || parted) {
        if (!cell.isEmpty()) cells.add(new PdfLine.Cell(start, cell.toString().strip()));
        cell.setLength(0);
        start = glyph.getXDirAdj();
        column = in;
      } else if (gap > size * 0.15f) {
        cell.append(' ');
      }
      cell.append(glyph.getUnicode());
      previous = glyph;
    }
    if (!cell.isEmpty()) cells.add(new PdfLine.Cell(start, cell.toString().strip()));
    // A bullet or list number set apart from its item by a tab is no table cell; in a ruled table, a cell is a cell.
    if (splits.isEmpty() && cells.size() >= 2 && MARKER.matcher(cells.get(0).text()).matches()) {
      cells.set(1, new PdfLine.Cell(cells.get(0).x(), cells.get(0).text() + " " + cells.get(1).text()));
      cells.remove(0);
    }
    return cells.size() >= 2 ? cells : List.of();
  }

  /** Returns how many of the rules' x positions stand before {@code x}: the ruled cell it falls in. */
  private static int column(float x, List<Float> splits) {
    int in = 0;
    while (in < splits.size() && x > splits.get(in)) in++;
    return in;
  }

  /** Returns the key counted most; on a tie, the first in the map's order ({@code max} keeps the first of equals). */
  private static <K> K mostCommon(Map<K, Integer> counts) {
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
