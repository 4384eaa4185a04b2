package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Collects Markdown lines into blocks as {@link MarkdownParser} recognises them, stripping inline markup. */
final class MarkdownBlocks {

  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)|!\\[[^\\]]*\\]\\[[^\\]]*\\]");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
  private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern STAR = Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])");
  private static final Pattern UNDERSCORE = Pattern.compile("(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])");

  private final List<Block> blocks = new ArrayList<>();
  private final List<String> paragraph = new ArrayList<>();
  private final List<List<String>> table = new ArrayList<>();
  private boolean tableHeader;
  private String item;

  void heading(int level, String text) {
    flush();
    add(Block.heading(level, inline(text), null));
  }

  boolean hasParagraph() {
    return !paragraph.isEmpty();
  }

  void setextHeading(int level) {
    String text = String.join(" ", paragraph);
    paragraph.clear();
    heading(level, text);
  }

  void paragraphLine(String line) {
    if (item != null) {
      item = item + " " + line.strip();
    } else {
      endTable();
      paragraph.add(line.strip());
    }
  }

  void item(String text) {
    flush();
    item = text.strip();
  }

  boolean inTable() {
    return table.size() == 1;
  }

  void markTableHeader() {
    tableHeader = true;
  }

  void tableRow(String line) {
    if (table.isEmpty()) flush();
    String inner = line.strip().replaceAll("^\\|", "").replaceAll("\\|$", "");
    table.add(Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(MarkdownBlocks::inline).toList());
  }

  /** Ends whatever block is open. */
  void flush() {
    if (!paragraph.isEmpty()) add(Block.paragraph(inline(String.join(" ", paragraph)), null));
    paragraph.clear();
    if (item != null) add(Block.listItem(inline(item), null));
    item = null;
    endTable();
  }

  List<Block> blocks() {
    return blocks;
  }

  private void endTable() {
    TableRows.format(table, tableHeader).forEach(row -> add(Block.tableRow(row, null)));
    table.clear();
    tableHeader = false;
  }

  private void add(Block block) {
    if (!block.text().isEmpty()) blocks.add(block);
  }

  /** Returns the text without inline Markdown: images dropped, links reduced to their text, emphasis removed. */
  static String inline(String text) {
    String result = IMAGE.matcher(text).replaceAll("");
    result = LINK.matcher(result).replaceAll("$1");
    result = AUTOLINK.matcher(result).replaceAll("$1");
    result = CODE.matcher(result).replaceAll("$1");
    result = STRONG.matcher(result).replaceAll("$2");
    result = STAR.matcher(result).replaceAll("$1");
    result = UNDERSCORE.matcher(result).replaceAll("$1");
    result = ESCAPE.matcher(result).replaceAll("$1");
    return TextCleaner.clean(result);
  }
}
