package signpost.bot.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  private static final String ALPHABET = "ab1 9.)-+=*_`~#>|<[]()!&;:/\\\"'@\n\t\r  \u00a0é“”–😀";

  @Test
  void a_link_an_image_html_and_emphasis_show_as_the_characters_typed() {
    String typed = "[x](http://evil) ![i](http://evil/i.png) <a href=\"x\">y</a> <http://evil> *a* _b_ `c` ~d~ &amp;";

    Document document = MarkdownReading.parse(MarkdownText.escape(typed));

    assertEquals(typed, MarkdownReading.plain(document.getFirstChild()));
  }

  @Test
  void text_that_would_start_a_block_stays_in_its_paragraph() {
    for (String typed : List.of("# heading", "- item", "+ item", "* item", "1. item", "12) item", "> quote", "---",
        "===", "    code", "```", "[ref]: http://evil", "<div>", "| a | b |")) {
      Document document = MarkdownReading.parse(MarkdownText.escape(typed));

      assertEquals(Paragraph.class, document.getFirstChild().getClass(), typed);
      assertEquals(typed.strip(), MarkdownReading.plain(document.getFirstChild()), typed);
    }
  }

  @Test
  void line_breaks_become_spaces_so_the_text_stays_on_one_line() {
    assertEquals("one two # three - four", MarkdownText.escape("one\ntwo\r\n# three\u2028\n- four").replace("\\", ""));
  }

  @Test
  void random_text_reads_back_unchanged_in_a_paragraph_a_list_item_and_a_table_cell() {
    Random random = new Random(12);
    for (int n = 0; n < 3000; n++) {
      String typed = random(random, 1 + random.nextInt(30));
      String expected = RecordWords.oneLine(typed);
      if (expected.isEmpty()) continue;
      String escaped = MarkdownText.escape(typed);

      assertEquals(expected, MarkdownReading.plain(MarkdownReading.parse(escaped).getFirstChild()), typed);
      Node item = MarkdownReading.parse("- " + escaped).getFirstChild();
      assertEquals(BulletList.class, item.getClass(), typed);
      assertEquals(expected, MarkdownReading.plain(item.getFirstChild().getFirstChild()), typed);
      TableBlock table = (TableBlock) MarkdownReading.parse("| a | b |\n| --- | --- |\n| " + escaped + " | z |")
          .getFirstChild();
      List<TableCell> cells = MarkdownReading.rows(table).get(0);
      assertEquals(2, cells.size(), typed);
      assertEquals(expected, MarkdownReading.plain(cells.get(0)), typed);
    }
  }

  private static String random(Random random, int length) {
    StringBuilder out = new StringBuilder();
    int[] characters = ALPHABET.codePoints().toArray();
    for (int i = 0; i < length; i++) out.appendCodePoint(characters[random.nextInt(characters.length)]);
    return out.toString();
  }
}
