package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;

class PassagerTest {

  private static final Document DOCUMENT = new Document("guide.md", "Guide", null, null, null, null, true);
  private static final String LONG = "This paragraph is long enough to stand as a passage by itself.";

  @Test
  void each_passage_carries_the_full_heading_path() {
    List<Passage> passages = passages(
        Block.heading(1, "Duties", 1), Block.heading(2, "General duty", 1), Block.paragraph(LONG, 1),
        Block.heading(2, "Specific duties", 2), Block.paragraph(LONG, 2),
        Block.heading(1, "Glossary", 3), Block.paragraph(LONG, 3));
    assertEquals(List.of("Duties", "General duty"), passages.get(0).section());
    assertEquals(List.of("Duties", "Specific duties"), passages.get(1).section());
    assertEquals(List.of("Glossary"), passages.get(2).section());
    assertEquals(List.of(0, 1, 2), passages.stream().map(Passage::ordinal).toList());
    assertEquals(List.of(1, 2, 3), passages.stream().map(Passage::page).toList());
  }

  @Test
  void lead_in_paragraph_and_its_items_make_one_passage() {
    List<Passage> passages = passages(
        Block.heading(1, "Aims", 4), Block.paragraph("The duty has three aims:", 4),
        Block.listItem("eliminate discrimination", 4), Block.listItem("advance equality of opportunity", 5),
        Block.listItem("foster good relations", 5));
    assertEquals(1, passages.size());
    assertEquals("The duty has three aims:\n- eliminate discrimination\n- advance equality of opportunity\n"
        + "- foster good relations", passages.get(0).text());
    assertEquals(4, passages.get(0).page());
  }

  @Test
  void a_block_with_no_word_is_dropped_rather_than_glued_to_the_next_passage() {
    List<Passage> passages = passages(Block.heading(1, "Values", 7), Block.paragraph(".", 7), Block.listItem(LONG, 7));

    assertEquals(1, passages.size());
    assertEquals("- " + LONG, passages.get(0).text());
  }

  @Test
  void heading_with_no_body_contributes_nothing() {
    List<Passage> passages = passages(Block.heading(1, "Empty", 1), Block.heading(1, "Full", 2), Block.paragraph(LONG, 2));
    assertEquals(1, passages.size());
    assertEquals(List.of("Full"), passages.get(0).section());
  }

  @Test
  void tiny_fragment_joins_the_next_passage_in_its_section() {
    List<Passage> passages = passages(Block.heading(1, "Contact", 1), Block.paragraph("Phone us", 1),
        Block.paragraph(LONG, 1), Block.heading(1, "Other", 2), Block.paragraph(LONG, 2), Block.paragraph("The end.", 2));
    assertEquals(List.of("Phone us\n" + LONG, LONG + "\nThe end."), passages.stream().map(Passage::text).toList());
  }

  @Test
  void long_paragraph_is_split_between_sentences() {
    String sentence = "Public bodies must have due regard to the need to advance equality of opportunity. ";
    String text = sentence.repeat(40).strip();
    List<Passage> passages = passages(Block.paragraph(text, 1));
    assertEquals(3, passages.size());
    for (Passage passage : passages) {
      assertTrue(passage.text().length() <= Passager.MAX_PARAGRAPH_CHARS);
      assertTrue(passage.text().endsWith("opportunity."));
    }
    assertEquals(text, String.join(" ", passages.stream().map(Passage::text).toList()));
  }

  @Test
  void long_lists_are_split_and_table_rows_grouped() {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 30; i++) blocks.add(Block.listItem("Item number " + i + " " + "x".repeat(60), 1));
    for (int i = 0; i < 7; i++) blocks.add(Block.tableRow("Theme: Workforce | Row: " + i, 2));
    List<Passage> passages = new Passager().passages(DOCUMENT, blocks);
    assertEquals(2 + 2, passages.size());
    assertTrue(passages.get(0).text().length() <= Passager.MAX_LIST_CHARS);
    assertTrue(passages.get(1).text().startsWith("- Item number "));
    assertEquals(5, passages.get(2).text().lines().count());
    assertEquals(2, passages.get(3).text().lines().count());
    assertEquals(2, passages.get(3).page());
  }

  private static List<Passage> passages(Block... blocks) {
    return new Passager().passages(DOCUMENT, List.of(blocks));
  }
}
