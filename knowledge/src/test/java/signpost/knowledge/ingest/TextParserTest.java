package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextParserTest {

  @TempDir Path temp;

  @Test
  void short_standalone_lines_are_headings_and_bullets_are_items() {
    List<Block> blocks = new TextParser().parseText("""
        Introduction

        Our strategy sets out three themes:
        - Our workforce
        - Our communities,
          and partners

        Dear Councillor,

        Closing words.
        """);
    assertEquals(List.of(Block.heading(1, "Introduction", null),
        Block.paragraph("Our strategy sets out three themes:", null),
        Block.listItem("Our workforce", null), Block.listItem("Our communities, and partners", null),
        Block.paragraph("Dear Councillor,", null), Block.paragraph("Closing words.", null)), blocks);
  }

  @Test
  void corpus_text_loses_its_markup_debris() throws IOException {
    List<Block> blocks = new TextParser().parse(SharedFiles.corpusText("derbyshire-scrutiny-edi-update-2024-02.txt"));
    assertTrue(blocks.stream().noneMatch(b -> b.text().contains("**") || b.text().contains("<u>")));
    assertTrue(blocks.stream().anyMatch(b -> b.text().contains(
        "Improvement and Scrutiny Committee - Resources to be held at 2.00 pm on Thursday, 29 February 2024")));
  }

  @Test
  void empty_text_file_is_unreadable() throws IOException {
    Path file = Files.createFile(temp.resolve("empty.txt"));
    assertThrows(UnreadableDocumentException.class, () -> new TextParser().parse(file));
  }
}
