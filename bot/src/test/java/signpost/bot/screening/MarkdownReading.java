package signpost.bot.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown back with a real CommonMark parser (and GitHub tables), as a reader's renderer would, and fails a
 * test on any node the exports never write: a link, an image, HTML, code, a quote, a rule or an ordered list.
 */
final class MarkdownReading {

  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  /** The only nodes the exports write; anything else came from text that was not escaped. */
  private static final Set<Class<? extends Node>> WRITTEN = Set.of(Document.class, Heading.class, Paragraph.class,
      Text.class, Emphasis.class, StrongEmphasis.class, BulletList.class, ListItem.class, TableBlock.class,
      TableHead.class, TableBody.class, TableRow.class, TableCell.class);

  private MarkdownReading() {}

  static Document parse(String markdown) {
    Document document = (Document) PARSER.parse(markdown);
    check(document);
    return document;
  }

  /** Returns what stands under each second-level heading, by heading, in order. */
  static Map<String, List<Node>> sections(Document document) {
    Map<String, List<Node>> sections = new LinkedHashMap<>();
    List<Node> current = null;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() == 2) {
        current = new ArrayList<>();
        sections.put(text(heading), current);
      } else if (current != null) {
        current.add(node);
      }
    }
    return sections;
  }

  /** Returns the text a reader sees in the node, its parts joined by one space. */
  static String text(Node node) {
    if (node instanceof Text text) return text.getLiteral();
    List<String> parts = new ArrayList<>();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) parts.add(text(child));
    boolean inline = node instanceof Paragraph || node instanceof Heading || node instanceof Emphasis
        || node instanceof StrongEmphasis || node instanceof TableCell;
    return String.join(inline ? "" : " ", parts);
  }

  /** Returns the text of the node, asserting it is plain text: no emphasis, nothing but characters. */
  static String plain(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof Text)) throw new AssertionError("not plain text: " + child + " in " + text(node));
    }
    return text(node);
  }

  /** Returns the cells of a table's body, row by row. */
  static List<List<TableCell>> rows(TableBlock table) {
    List<List<TableCell>> rows = new ArrayList<>();
    TableBody body = (TableBody) table.getLastChild();
    for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
      List<TableCell> cells = new ArrayList<>();
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) cells.add((TableCell) cell);
      rows.add(cells);
    }
    return rows;
  }

  private static void check(Node node) {
    if (!WRITTEN.contains(node.getClass())) throw new AssertionError("unexpected Markdown node " + node);
    if (node instanceof Heading heading && heading.getLevel() > 2) throw new AssertionError("unexpected " + node);
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) check(child);
  }
}
