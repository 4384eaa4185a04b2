package signpost.knowledge.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown: ATX and setext headings, "-", "*", "+" and "1." list items (with their
 * continuation lines), pipe tables, block quotes and paragraphs; fenced code is kept as a
 * paragraph. Emphasis, inline code marks, links (their text kept) and images are stripped.
 */
public final class MarkdownParser implements DocumentParser {

  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
  private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*+]|(\\d{1,9}[.)]))\\s+(.*)$");
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
  private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
  private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
  private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
  private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s+\\S.*$");

  /**
   * {@inheritDoc}
   *
   * @throws UnreadableDocumentException when the file is empty
   */
  @Override
  public List<Block> parse(String name, byte[] content) throws IOException {
    if (content.length == 0) throw new UnreadableDocumentException("empty file: " + name);
    return parseText(new String(content, StandardCharsets.UTF_8));
  }

  /** Returns the blocks of Markdown text, such as a page of the built-in guide read from the classpath. */
  public List<Block> parseText(String markdown) {
    MarkdownBlocks out = new MarkdownBlocks();
    boolean fenced = false;
    for (String line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      if (FENCE.matcher(line).matches()) {
        out.flush();
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        out.paragraphLine(line);
        continue;
      }
      line = line.replaceFirst("^\\s{0,3}>\\s?", "");
      Matcher atx = ATX.matcher(line);
      Matcher item = ITEM.matcher(line);
      if (line.isBlank()) {
        out.flush();
      } else if (atx.matches()) {
        out.heading(atx.group(1).length(), atx.group(2));
      } else if (SETEXT.matcher(line).matches() && out.hasParagraph()) {
        out.setextHeading(line.strip().startsWith("=") ? 1 : 2);
      } else if (RULE.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()) {
        out.flush();
      } else if (TABLE_RULE.matcher(line).matches() && out.inTable()) {
        out.markTableHeader();
      } else if (TABLE_ROW.matcher(line).matches()) {
        out.tableRow(line);
      } else if (item.matches()) {
        out.item(item.group(1) == null ? item.group(2) : item.group(1) + " " + item.group(2));
      } else {
        out.paragraphLine(line);
      }
    }
    out.flush();
    return out.blocks();
  }
}
