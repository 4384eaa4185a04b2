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

  /** How much wider than a block's own line spacing a gap in smaller type must be to end it. */
  private static final float OWN_SPREAD = 1.15f;
  private static final Pattern CONTINUATION_MARK = Pattern.compile("(?i)\\(?\\s*(continued|cont'?d\\.?)\\s*\\)?");

  private final PdfStyle body;
  private final PdfText joiner;
  private final List<Block> blocks = new ArrayList<>();
  private StringBuilder text;
  private Block.Kind kind;
  private int page;
  private float indent;
  private PdfLine last;
  /** The spacing between the current block's lines, once it has two on one page; 0 before. */
  private float spacing;
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
    // The rest of a line set in another font ("REACH" in bold, then "- Race, Ethnicity and Cultural Heritage" on the
    // same baseline): it carries on the line, whatever it opens with.
    boolean sameRow = text != null && last != null && line.page() == last.page() && Math.abs(line.y() - last.y()) < 1
        && line.x() > last.x();
    boolean item = !sameRow && (bulletPending || Bullets.startsItem(content));
    if (!sameRow && (text == null || item || last == null || startsBlock(line, content))) {
      end();
      text = new StringBuilder();
      kind = item ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH;
      page = line.page();
      indent = line.x();
      spacing = 0;
      content = Bullets.strip(content);
    } else if (line.page() == last.page() && line.y() > last.y()) {
      spacing = line.y() - last.y();
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
    // Small type set tighter than the body's ("Access Network - ... E-mail access.network@hvpt.gov.uk", then "REACH -
    // Race, Ethnicity ..."): a gap clearly wider than the block's own line spacing ends it too.
    if (spacing > 0 && line.size() < body.size() && line.y() - last.y() > spacing * OWN_SPREAD) return true;
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
