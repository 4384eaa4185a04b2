package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParsersTest {

  @Test
  void extension_chooses_the_parser_ignoring_case() {
    assertInstanceOf(PdfParser.class, Parsers.forFile(Path.of("a/Strategy.PDF")).orElseThrow());
    assertInstanceOf(DocxParser.class, Parsers.forFile(Path.of("plan.docx")).orElseThrow());
    assertInstanceOf(HtmlParser.class, Parsers.forFile(Path.of("page.htm")).orElseThrow());
    assertInstanceOf(MarkdownParser.class, Parsers.forFile(Path.of("guide.Markdown")).orElseThrow());
    assertInstanceOf(TextParser.class, Parsers.forFile(Path.of("notes.txt")).orElseThrow());
  }

  @Test
  void unknown_or_missing_extension_has_no_parser() {
    assertTrue(Parsers.forFile(Path.of("minutes.doc")).isEmpty());
    assertTrue(Parsers.forFile(Path.of("README")).isEmpty());
  }

  @Test
  void extensions_lists_every_readable_kind() {
    assertEquals(Set.of("pdf", "docx", "html", "htm", "md", "markdown", "txt"), Parsers.extensions());
  }
}
