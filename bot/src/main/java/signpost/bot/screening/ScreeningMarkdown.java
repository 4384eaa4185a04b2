package signpost.bot.screening;

import static signpost.bot.screening.MarkdownText.escape;

import java.util.List;
import java.util.StringJoiner;
import signpost.bot.screening.Block.Field;
import signpost.bot.screening.Block.Items;
import signpost.bot.screening.Block.Prose;
import signpost.bot.screening.Block.Table;
import signpost.bot.screening.ScreeningDocument.Section;

/**
 * Writes a screening record as Markdown (CommonMark with a GitHub table for the characteristics): every field, what
 * is not yet recorded said so, and the committee paragraph. All text is escaped, the manager's words included.
 */
public final class ScreeningMarkdown {

  private static final String NOT_RECORDED = "*" + RecordWords.NOT_RECORDED + "*";

  private ScreeningMarkdown() {}

  /** Returns the record as a Markdown document ending in a line break. */
  public static String render(Screening screening) {
    ScreeningDocument document = ScreeningDocument.of(screening);
    StringJoiner out = new StringJoiner("\n\n", "", "\n");
    out.add("# " + escape(document.title()));
    for (Section section : document.sections()) {
      out.add("## " + escape(section.heading()));
      for (Block block : section.blocks()) out.add(block(block));
    }
    return out.toString();
  }

  private static String block(Block block) {
    if (block instanceof Field field) return "**" + escape(field.label()) + ":** " + text(field.value());
    if (block instanceof Prose prose) return text(prose.text());
    if (block instanceof Items items) return items(items);
    return table((Table) block);
  }

  private static String items(Items items) {
    String lead = items.lead() == null ? "" : "**" + escape(items.lead()) + ":**";
    if (items.items().isEmpty()) return lead.isEmpty() ? NOT_RECORDED : lead + " " + NOT_RECORDED;
    StringJoiner list = new StringJoiner("\n");
    for (String item : items.items()) list.add("- " + escape(item));
    return lead.isEmpty() ? list.toString() : lead + "\n\n" + list;
  }

  private static String table(Table table) {
    if (table.rows().isEmpty()) return NOT_RECORDED;
    StringJoiner out = new StringJoiner("\n");
    out.add(row(table.header()));
    out.add("|" + " --- |".repeat(table.header().size()));
    for (List<String> row : table.rows()) out.add(row(row));
    return out.toString();
  }

  private static String row(List<String> cells) {
    StringJoiner row = new StringJoiner(" | ", "| ", " |");
    for (String cell : cells) row.add(text(cell));
    return row.toString();
  }

  private static String text(String value) {
    return value == null ? NOT_RECORDED : escape(value);
  }
}
