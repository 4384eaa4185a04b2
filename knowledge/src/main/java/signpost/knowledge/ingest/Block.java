package signpost.knowledge.ingest;

import java.util.Objects;

/**
 * One structural piece of a parsed document, in reading order: a heading, a paragraph, a list item
 * or a table row. Parsers produce blocks; {@link Passager} groups them into passages.
 *
 * @param kind what the block is
 * @param level the heading level, 1 outermost; 0 for anything that is not a heading
 * @param text the block's text, one line, cleaned of markup
 * @param page the 1-based page it starts on, or null where the format has no pages
 */
public record Block(Kind kind, int level, String text, Integer page) {

  /** What a block is. */
  public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW }

  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (kind == Kind.HEADING && level < 1) throw new IllegalArgumentException("heading level must be 1 or more: " + level);
  }

  public static Block heading(int level, String text, Integer page) {
    return new Block(Kind.HEADING, level, text, page);
  }

  public static Block paragraph(String text, Integer page) {
    return new Block(Kind.PARAGRAPH, 0, text, page);
  }

  public static Block listItem(String text, Integer page) {
    return new Block(Kind.LIST_ITEM, 0, text, page);
  }

  public static Block tableRow(String text, Integer page) {
    return new Block(Kind.TABLE_ROW, 0, text, page);
  }
}
