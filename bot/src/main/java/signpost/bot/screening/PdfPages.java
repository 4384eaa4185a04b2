package signpost.bot.screening;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Lays text out on A4 pages top to bottom: wraps it at word boundaries, starts a new page when one is full and, at
 * the end, numbers the pages. All text goes through {@link WinAnsiText} first, so nothing it is given can fail to
 * draw.
 */
final class PdfPages {

  private static final float SIZE = 10.5f;
  private static final float MARGIN = 56;
  private static final float FOOTER = 32;
  private static final float LEADING = 1.35f;
  private static final float CELL_PADDING = 4;
  private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;

  final PDFont regular = new PDType1Font(FontName.HELVETICA);
  final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
  final PDFont italic = new PDType1Font(FontName.HELVETICA_OBLIQUE);

  private final PDDocument document;
  private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private PDPageContentStream content;
  private float y;

  PdfPages(PDDocument document) throws IOException {
    this.document = document;
    newPage();
  }

  /** Writes a heading in bold, first moving to a new page unless it fits with two lines of what follows. */
  void heading(String text, float size, float spaceBefore) throws IOException {
    List<String> lines = wrap(text, bold, size, width, 0);
    y -= spaceBefore;
    if (y - (lines.size() * size + 2 * SIZE) * LEADING < MARGIN + FOOTER) newPage();
    for (String line : lines) line(line, bold, size, MARGIN);
    y -= size * 0.3f;
  }

  /** Writes a paragraph, optionally after a lead in bold on its first line ("Status: "). */
  void paragraph(String lead, String text, PDFont font) throws IOException {
    float indent = lead == null ? 0 : bold.getStringWidth(WinAnsiText.clean(lead)) / 1000 * SIZE;
    List<String> lines = wrap(text, font, SIZE, width, indent);
    room(SIZE * LEADING);
    if (lead != null) show(lead, bold, SIZE, MARGIN, y - SIZE);
    line(lines.get(0), font, SIZE, MARGIN + indent);
    for (String line : lines.subList(1, lines.size())) line(line, font, SIZE, MARGIN);
    y -= SIZE * 0.5f;
  }

  /** Writes one item of a list, its lines hanging after the bullet. */
  void bullet(String text) throws IOException {
    float indent = 14;
    List<String> lines = wrap(text, regular, SIZE, width - indent, 0);
    room(SIZE * LEADING);
    show("\u2022", regular, SIZE, MARGIN + 3, y - SIZE);
    for (String line : lines) line(line, regular, SIZE, MARGIN + indent);
    y -= SIZE * 0.25f;
  }

  /**
   * Writes a table: cells wrap within their column, a row that does not fit on the rest of the page starts the
   * next one (or, if longer than half a page, carries on over it), and the header is repeated at the top of each
   * page the table reaches. A null cell is written as {@code missing}, in italics.
   */
  void table(List<String> header, List<List<String>> rows, float[] columns, String missing) throws IOException {
    tableRow(header, columns, bold, null, null);
    for (List<String> row : rows) tableRow(row, columns, regular, missing, header);
    y -= SIZE * 0.5f;
  }

  /** Writes one row; {@code header} is null for the header itself, else written again on each new page. */
  private void tableRow(List<String> cells, float[] columns, PDFont font, String missing, List<String> header)
      throws IOException {
    List<List<String>> wrapped = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      PDFont cellFont = cells.get(i) == null ? italic : font;
      String cell = cells.get(i) == null ? missing : cells.get(i);
      wrapped.add(wrap(cell, cellFont, SIZE, columns[i] * width - 2 * CELL_PADDING, 0));
    }
    int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
    float height = lines * SIZE * LEADING + CELL_PADDING;
    if (height < (TOP - MARGIN - FOOTER) / 2 && y - height < MARGIN + FOOTER) tablePage(columns, header);
    y -= CELL_PADDING / 2;
    for (int line = 0; line < lines; line++) {
      if (y - SIZE * LEADING < MARGIN + FOOTER) tablePage(columns, header);
      float x = MARGIN;
      for (int i = 0; i < cells.size(); i++) {
        if (line < wrapped.get(i).size()) {
          show(wrapped.get(i).get(line), cells.get(i) == null ? italic : font, SIZE, x + CELL_PADDING, y - SIZE);
        }
        x += columns[i] * width;
      }
      y -= SIZE * LEADING;
    }
    y -= CELL_PADDING / 2;
    rule();
  }

  private void tablePage(float[] columns, List<String> header) throws IOException {
    newPage();
    if (header != null) tableRow(header, columns, bold, null, null);
  }

  /** Closes the last page and writes "left" and "Page n of N" at the foot of every page. */
  void finish(String left) throws IOException {
    content.close();
    int count = document.getNumberOfPages();
    for (int n = 1; n <= count; n++) {
      try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(n - 1), AppendMode.APPEND,
          true, true)) {
        String page = "Page " + n + " of " + count;
        show(foot, left, regular, 8, MARGIN, FOOTER - 8);
        show(foot, page, regular, 8, MARGIN + width - width(page, regular, 8), FOOTER - 8);
      }
    }
  }

  private void room(float height) throws IOException {
    if (y - height < MARGIN + FOOTER) newPage();
  }

  private void line(String text, PDFont font, float size, float x) throws IOException {
    room(size * LEADING);
    show(text, font, size, x, y - size);
    y -= size * LEADING;
  }

  private void rule() throws IOException {
    content.setLineWidth(0.5f);
    content.setStrokingColor(0.6f);
    content.moveTo(MARGIN, y);
    content.lineTo(MARGIN + width, y);
    content.stroke();
  }

  private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
    show(content, text, font, size, x, baseline);
  }

  private static void show(PDPageContentStream stream, String text, PDFont font, float size, float x, float baseline)
      throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(x, baseline);
    stream.showText(WinAnsiText.clean(text));
    stream.endText();
  }

  private void newPage() throws IOException {
    if (content != null) content.close();
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    content = new PDPageContentStream(document, page);
    y = TOP;
  }

  /** Splits text into lines no wider than {@code width}; the first starts {@code indent} in. */
  private static List<String> wrap(String text, PDFont font, float size, float width, float indent)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float room = width - indent;
    for (String word : WinAnsiText.clean(text).trim().split(" +")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, font, size) <= room) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        room = width;
      }
      String rest = word;
      for (int fits; (fits = fits(rest, font, size, room)) < rest.length(); room = width) {
        lines.add(rest.substring(0, fits));
        rest = rest.substring(fits);
      }
      line.setLength(0);
      line.append(rest);
    }
    lines.add(line.toString());
    return lines;
  }

  /** Returns how many characters from the start of a word fit in the room: at least one, to make progress. */
  private static int fits(String word, PDFont font, float size, float room) throws IOException {
    float used = 0;
    int end = 0;
    while (end < word.length() && (used += width(word.substring(end, end + 1), font, size)) <= room) end++;
    return Math.max(end, Math.min(1, word.length()));
  }

  private static float width(String text, PDFont font, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }
}
