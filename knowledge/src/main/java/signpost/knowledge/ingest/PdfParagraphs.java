package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Assembles the body lines of a PDF into paragraphs, list items and table rows (see {@link PdfTable}). A new block starts at a gap
 * clearly wider than line spacing, at a bullet or number, at a change of font size, where a list
 * item's indentation ends, and at a page break unless the sentence plainly runs on (a lower-case word, or
 * a list item's hanging indent, after text with no closing punctuation).
 */
final class PdfParagraphs {

  private static final Pattern CONTINUATION_MARK = Pattern.compile("(?i)\\(?\\s*(continued|cont'?d\\.?)\\s*\\)?");

  private final PdfStyle body;
  private final PdfText joiner;
  private final List<Block> blocks = new ArrayList<>();
  private StringBuilder text;
  private Block.Kind kind;
  private int page;
  private float indent;
  private PdfLine last;
  private boolean bulletPending;
  private PdfTable table;

  PdfParagraphs(PdfStyle body, PdfText joiner) {
    this.body = body;
    this.joiner = joiner;
  }

  /** Adds a body line to the current block, or starts a new one. */
  void add(PdfLine line) {
    boolean breakAbove = table != null && body.isBreakBetween(last, line);
    if (table != null && table.accepts(line, breakAbove)) {
      table.add(line, breakAbove);
      last = line;
      return;
    }
    if (!line.cells().isEmpty()) {
      end();
      table = new PdfTable(line);
      last = line;
      return;
    }
    endTable();
    String content = line.text().strip();
    if (Bullets.isLoneGlyph(content)) {
      end();
      bulletPending = true;
      return;
    }
    boolean item = bulletPending || Bullets.startsItem(content);
    if (text == null || item || last == null || startsBlock(line, content)) {
      end();
      text = new StringBuilder();
      kind = item ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH;
      page = line.page();
      indent = line.x();
      content = Bullets.strip(content);
    }
    joiner.append(text, content);
    bulletPending = false;
    last = line;
  }

  private boolean startsBlock(PdfLine line, String content) {
    if (Math.abs(line.size() - last.size()) >= 0.6f) return true;
    if (kind == Block.Kind.LIST_ITEM && line.x() < indent - 3) return true;
    // A new page, or the top of the next column of the page (a line set higher than the one read before it), ends a
    // block unless the words run on.
    if (line.page() != last.page() || line.y() < last.y() - line.size()) {
      String before = text.toString();
      if (before.matches(".*[.!?:]\\s*$")) return true;
      if (Character.isLowerCase(content.charAt(0))) return false;
      // A list item's hanging indent carries over the page even where the next word has a capital.
      return !(kind == Block.Kind.LIST_ITEM && line.x() > indent + 3 && Math.abs(line.x() - last.x()) < 2);
    }
    return body.isBreakBetween(last, line);
  }

  private void endTable() {
    if (table != null) blocks.addAll(table.blocks());
    table = null;
  }

  /** Ends the current block, for instance because a heading follows. */
  void end() {
    endTable();
    if (text != null) {
      String cleaned = TextCleaner.clean(text.toString());
      if (!cleaned.isEmpty() && !CONTINUATION_MARK.matcher(cleaned).matches()) {
        blocks.add(new Block(kind, 0, cleaned, page));
      }
    }
    text = null;
  }

  /** Returns the blocks assembled since the last call, ending the current one. */
  List<Block> drain() {
    end();
    List<Block> drained = List.copyOf(blocks);
    blocks.clear();
    return drained;
  }
}
