package signpost.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word (.docx) file with Apache POI. Title and Heading 1-9 styles (or an outline level)
 * become headings; numbered and bulleted paragraphs become list items; each table row becomes one
 * row block, its cells labelled with their column headers. The table of contents Word generates is
 * skipped. A document with no heading styles at all has its short, wholly bold lines taken as
 * headings instead. Pages are unknown, so every block's page is null.
 */
public final class DocxParser implements DocumentParser {

  private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^heading\\s*([1-9])$");
  // Word's own table of contents: "TOC 1".."TOC 9" entries and the "TOC Heading" above them.
  private static final Pattern CONTENTS_STYLE = Pattern.compile("(?i)^toc\\s*(\\d|heading)$|^table of figures$");
  private static final int MAX_BOLD_HEADING_CHARS = 100;

  /**
   * {@inheritDoc}
   *
   * @throws UnreadableDocumentException when the file is empty or not a readable .docx package
   */
  @Override
  public List<Block> parse(String name, byte[] content) throws IOException {
    if (content.length == 0) throw new UnreadableDocumentException("empty file: " + name);
    try (InputStream in = new ByteArrayInputStream(content); XWPFDocument document = new XWPFDocument(in)) {
      return blocks(document);
    } catch (UnreadableDocumentException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException(
          "not a valid DOCX (corrupt, encrypted or an old .doc?): " + name + ": " + e.getMessage(), e);
    }
  }

  private static List<Block> blocks(XWPFDocument document) {
    boolean styled = document.getParagraphs().stream().anyMatch(p -> styleLevel(document, p) > 0);
    List<Block> blocks = new ArrayList<>();
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        Block block = block(document, paragraph, styled);
        if (block != null) blocks.add(block);
      } else if (element instanceof XWPFTable table) {
        tableRows(table).forEach(row -> blocks.add(Block.tableRow(row, null)));
      }
    }
    return blocks;
  }

  private static Block block(XWPFDocument document, XWPFParagraph paragraph, boolean styled) {
    String text = TextCleaner.clean(paragraph.getText());
    if (text.isEmpty() || isContentsEntry(document, paragraph)) return null;
    int level = styleLevel(document, paragraph);
    if (level > 0) return Block.heading(level, text, null);
    if (!styled && looksLikeBoldHeading(paragraph, text)) return Block.heading(1, text, null);
    if (paragraph.getNumID() != null || isListStyled(document, paragraph)) return Block.listItem(Bullets.strip(text), null);
    return Block.paragraph(text, null);
  }

  /** Returns the heading level the paragraph's style or outline level gives it, or 0. */
  static int styleLevel(XWPFDocument document, XWPFParagraph paragraph) {
    for (String candidate : styleNames(document, paragraph)) {
      if (candidate.equalsIgnoreCase("title")) return 1;
      Matcher matcher = HEADING_STYLE.matcher(candidate.toLowerCase(Locale.ROOT));
      if (matcher.matches()) return Integer.parseInt(matcher.group(1));
    }
    var properties = paragraph.getCTP().getPPr();
    if (properties != null && properties.isSetOutlineLvl()) {
      BigInteger outline = properties.getOutlineLvl().getVal();
      if (outline != null && outline.intValue() < 9) return outline.intValue() + 1;
    }
    return 0;
  }

  /** Word's list styles, by id or name: "List Bullet", "ListBullet2", "List Number", "List Paragraph". */
  private static final Pattern LIST_STYLE = Pattern.compile("(?i)^list\\s*(?:bullet|number|paragraph|continue)\\s*\\d?$");

  /**
   * Returns whether the paragraph's style makes it a list item: Word numbers a "List Bullet" paragraph through its
   * style, so the paragraph itself may carry no numbering of its own.
   */
  private static boolean isListStyled(XWPFDocument document, XWPFParagraph paragraph) {
    return styleNames(document, paragraph).stream().anyMatch(name -> LIST_STYLE.matcher(name).matches());
  }

  private static boolean isContentsEntry(XWPFDocument document, XWPFParagraph paragraph) {
    return styleNames(document, paragraph).stream().anyMatch(name -> CONTENTS_STYLE.matcher(name).find());
  }

  /** Returns the paragraph's style id and name ("ListBullet", "List Bullet"), trimmed; none when it has no style. */
  private static List<String> styleNames(XWPFDocument document, XWPFParagraph paragraph) {
    String id = paragraph.getStyleID();
    if (id == null) return List.of();
    XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
    String name = style == null || style.getName() == null ? "" : style.getName();
    return List.of(id.strip(), name.strip());
  }

  private static boolean looksLikeBoldHeading(XWPFParagraph paragraph, String text) {
    if (text.length() > MAX_BOLD_HEADING_CHARS || text.matches(".*[.,;:]$") || paragraph.getText().contains("\n")
        || FieldLines.isField(text)) {
      return false;
    }
    boolean anyText = false;
    for (XWPFRun run : paragraph.getRuns()) {
      String runText = run.text();
      if (runText == null || runText.isBlank()) continue;
      if (!run.isBold()) return false;
      anyText = true;
    }
    return anyText;
  }

  private static List<String> tableRows(XWPFTable table) {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) cells.add(cell.getText());
      rows.add(cells);
    }
    boolean header = !table.getRows().isEmpty() && table.getRow(0).isRepeatHeader() || TableRows.looksLikeHeader(rows);
    return TableRows.format(rows, header);
  }
}
