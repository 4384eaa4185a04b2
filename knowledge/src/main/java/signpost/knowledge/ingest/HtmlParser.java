package signpost.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML page with jsoup: h1-h6 become headings, and p, li, dt, dd, blockquote, pre and
 * table rows (their cells labelled with their column headers, a cell spanning rows read with each of them) become blocks; a list of links to places
 * in the page is a table of contents and is skipped. Scripts, styles, navigation, page headers and footers, asides of links,
 * forms and hidden elements are skipped, but for the panels of accordions and tabs, which a reader opens; a {@code <main>}
 * (or single {@code <article>}) is read in preference to the whole body, then the asides of content beside it (a sidebar's
 * "Contact the Equalities team"). Pages are unknown, so every block's page is null.
 */
public final class HtmlParser implements DocumentParser {

  private static final String SKIPPED = "script, style, nav, header, footer, form, noscript, template, "
      + "[hidden], [aria-hidden=true], [style*=display:none], [style*=display: none], [style*=visibility:hidden]";
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "li",
      "table", "thead", "tbody", "tfoot", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dl", "dt", "dd",
      "pre", "figure", "figcaption", "hr", "address", "details", "summary", "body", "center", "aside");

  /**
   * {@inheritDoc}
   *
   * @throws UnreadableDocumentException when the file is empty
   */
  /**
   * Shows the panels of accordions and tabs that scripts open: a hidden panel a button controls ({@code aria-controls}),
   * or one marked as a region or tab panel, is content a reader opens ("How do I book a BSL interpreter?"), not content
   * the page keeps from them.
   */
  private static void showDisclosures(org.jsoup.nodes.Document page) {
    Set<String> controlled = new HashSet<>();
    for (Element control : page.select("[aria-controls]")) {
      for (String id : control.attr("aria-controls").trim().split("\\s+")) if (!id.isEmpty()) controlled.add(id);
    }
    for (Element panel : page.select("[hidden]")) {
      String role = panel.attr("role");
      if (controlled.contains(panel.id()) || role.equals("region") || role.equals("tabpanel")) panel.removeAttr("hidden");
    }
  }

  @Override
  public List<Block> parse(String name, byte[] content) throws IOException {
    if (content.length == 0) throw new UnreadableDocumentException("empty file: " + name);
    org.jsoup.nodes.Document page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
    showDisclosures(page);
    page.select(SKIPPED).remove();
    page.select("aside").stream().filter(HtmlParser::ofLinks).forEach(Element::remove);
    Element root = page.selectFirst("main");
    if (root == null && page.select("article").size() == 1) root = page.selectFirst("article");
    if (root == null) root = page.body();
    List<Block> blocks = new ArrayList<>();
    if (root == null) return blocks;
    walk(root, blocks);
    // The asides beside the content read (inside it, each is read where it stands), each once: not one inside another.
    for (Element aside : page.select("aside")) {
      boolean within = aside.parents().contains(root)
          || aside.parents().stream().anyMatch(p -> p.normalName().equals("aside"));
      if (!within) walk(aside, blocks);
    }
    return blocks;
  }

  /** The share of an aside's text its links may hold for it to be content rather than links ("In this section ..."). */
  static final double LINKS_SHARE = 0.5;

  /**
   * Returns whether an aside is links to elsewhere ("In this section: ...", "Quick links"), which the page's reader
   * follows rather than reads, and not content beside the page's own ("Contact the Equalities team: ... EqIA clinic:
   * every Thursday").
   */
  private static boolean ofLinks(Element aside) {
    int text = TextCleaner.clean(aside.text()).length();
    int linked = 0;
    for (Element link : aside.select("a")) linked += TextCleaner.clean(link.text()).length();
    return text == 0 || linked >= LINKS_SHARE * text;
  }

  private static void walk(Element container, List<Block> blocks) {
    StringBuilder loose = new StringBuilder();
    for (Node child : container.childNodes()) {
      if (child instanceof Element element && BLOCKS.contains(element.normalName())) {
        flush(loose, blocks);
        element(element, blocks);
      } else if (child instanceof Element element) {
        loose.append(element.text()).append(' ');
      } else if (child instanceof TextNode text) {
        loose.append(text.text());
      }
    }
    flush(loose, blocks);
  }

  private static void element(Element element, List<Block> blocks) {
    String name = element.normalName();
    if (name.matches("h[1-6]")) {
      add(blocks, Block.heading(name.charAt(1) - '0', TextCleaner.clean(element.text()), null));
    } else if ((name.equals("ul") || name.equals("ol")) && isContents(element)) {
      return;
    } else if (name.equals("li")) {
      Element item = element.clone();
      item.select("ul, ol").remove();
      add(blocks, Block.listItem(TextCleaner.clean(item.text()), null));
      for (Element list : element.select("> ul, > ol")) walk(list, blocks);
    } else if (name.equals("details") && element.selectFirst("> summary") != null) {
      // A disclosure's summary is what its content is under, as a heading is: on an FAQ page, the question itself.
      add(blocks, Block.heading(SUMMARY_LEVEL, TextCleaner.clean(element.selectFirst("> summary").text()), null));
      Element content = element.clone();
      content.select("> summary").remove();
      walk(content, blocks);
    } else if (name.equals("table")) {
      tableRows(element).forEach(row -> add(blocks, Block.tableRow(row, null)));
    } else if (Set.of("p", "dt", "dd", "pre", "figcaption", "summary", "address").contains(name)) {
      add(blocks, Block.paragraph(TextCleaner.clean(element.text()), null));
    } else if (!name.equals("hr")) {
      walk(element, blocks);
    }
  }

  /**
   * The heading level of a disclosure's summary: below any heading the page writes, so that the summaries of one
   * section are siblings under its heading and the next heading of the page ends the last one's content.
   */
  private static final int SUMMARY_LEVEL = 6;

  /** Returns true when every item of the list is just a link to a place in the same page: a table of contents. */
  private static boolean isContents(Element list) {
    List<Element> items = list.select("> li");
    if (items.size() < 2) return false;
    for (Element item : items) {
      Element own = item.clone();
      own.select("ul, ol").remove();
      Element link = own.selectFirst("a[href^=#]");
      if (link == null || !TextCleaner.clean(link.text()).equals(TextCleaner.clean(own.text()))) return false;
    }
    return true;
  }

  private static List<String> tableRows(Element table) {
    List<List<String>> rows = new ArrayList<>();
    boolean header = false;
    // Cells spanning rows below their own, by column: each later row reads with them, as its own line must.
    Map<Integer, Spanning> spanning = new HashMap<>();
    for (Element row : table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
      List<String> cells = new ArrayList<>();
      int column = 0;
      for (Element cell : row.select("> th, > td")) {
        column = spanned(cells, spanning, column);
        int down = span(cell, "rowspan");
        int across = span(cell, "colspan");
        for (int c = 0; c < across; c++, column++) {
          String text = c == 0 ? cell.text() : "";
          cells.add(text);
          if (down > 1) spanning.put(column, new Spanning(text, down - 1));
        }
      }
      int last = spanning.keySet().stream().max(Integer::compare).orElse(-1);
      while (column <= last) {
        if (spanning.containsKey(column)) {
          column = spanned(cells, spanning, column);
        } else {
          cells.add("");
          column++;
        }
      }
      if (rows.isEmpty()) header = !row.select("> th").isEmpty() && row.select("> td").isEmpty();
      rows.add(cells);
    }
    return TableRows.format(rows, header && rows.size() > 1 || TableRows.looksLikeHeader(rows));
  }

  /** A cell's text and how many rows below its own it still covers. */
  private record Spanning(String text, int rows) {}

  /** The most rows or columns one cell is taken to span, whatever its attribute says. */
  private static final int MAX_SPAN = 100;

  /** Adds the text of the cells spanning into this row from {@code column} on; returns the next free column. */
  private static int spanned(List<String> cells, Map<Integer, Spanning> spanning, int column) {
    while (spanning.containsKey(column)) {
      Spanning above = spanning.get(column);
      cells.add(above.text());
      if (above.rows() <= 1) spanning.remove(column);
      else spanning.put(column, new Spanning(above.text(), above.rows() - 1));
      column++;
    }
    return column;
  }

  /** Returns a cell's rowspan or colspan: 1 when absent or not a number, at most {@link #MAX_SPAN}. */
  private static int span(Element cell, String attribute) {
    try {
      return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(cell.attr(attribute).strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static void flush(StringBuilder loose, List<Block> blocks) {
    add(blocks, Block.paragraph(TextCleaner.clean(loose.toString()), null));
    loose.setLength(0);
  }

  private static void add(List<Block> blocks, Block block) {
    if (!block.text().isEmpty()) blocks.add(block);
  }
}
