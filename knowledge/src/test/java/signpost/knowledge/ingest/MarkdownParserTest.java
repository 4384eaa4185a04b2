package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

  @Test
  void headings_lists_tables_and_paragraphs_become_blocks() {
    String markdown = """
        # The Equality Act 2010

        The Act protects people from **discrimination** at work and in
        wider society, see [the guidance](https://example.org/guide).

        Protected characteristics
        -------------------------

        - age
        - disability that
          lasts a long time
        * race

        1. First step
        2) Second step

        | Duty | Applies to |
        |------|------------|
        | PSED | public bodies |

        ```
        code stays as text
        ```
        ![logo](logo.png)
        """;
    assertEquals(List.of(
        Block.heading(1, "The Equality Act 2010", null),
        Block.paragraph("The Act protects people from discrimination at work and in wider society, see the guidance.", null),
        Block.heading(2, "Protected characteristics", null),
        Block.listItem("age", null), Block.listItem("disability that lasts a long time", null),
        Block.listItem("race", null), Block.listItem("1. First step", null), Block.listItem("2) Second step", null),
        Block.tableRow("Duty: PSED; Applies to: public bodies", null),
        Block.paragraph("code stays as text", null)), new MarkdownParser().parseText(markdown));
  }

  @Test
  void inline_markup_is_stripped() {
    assertEquals(List.of(Block.paragraph("bold, italic, under, code and a link", null)),
        new MarkdownParser().parseText("__bold__, *italic*, _under_, `code` and [a link](http://x.org)"));
  }

  @Test
  void atx_heading_levels_and_closing_hashes_are_read() {
    assertEquals(List.of(Block.heading(3, "Reasonable adjustments", null), Block.paragraph("Text.", null)),
        new MarkdownParser().parseText("### Reasonable adjustments ###\nText."));
  }
}
