package signpost.knowledge.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;

class LegalGuideTest {

  private static final List<Passage> PASSAGES = LegalGuide.passages();

  @Test
  void guide_has_passages() {
    assertFalse(PASSAGES.isEmpty());
  }

  @Test
  void every_passage_sits_under_a_heading() {
    List<String> orphans = PASSAGES.stream().filter(p -> p.section().isEmpty()).map(Passage::id).toList();

    assertEquals(List.of(), orphans);
  }

  @Test
  void every_passage_comes_from_a_built_in_document_of_no_organisation() {
    assertTrue(PASSAGES.stream().allMatch(p -> p.document().builtIn() && p.document().organisation() == null));
  }

  @Test
  void both_built_in_documents_give_passages() {
    assertEquals(List.of("signpost-legal-guide.md", "signpost-glossary.md"),
        PASSAGES.stream().map(p -> p.document().file()).distinct().toList());
    assertEquals(LegalGuide.documents(), PASSAGES.stream().map(Passage::document).distinct().toList());
  }

  @Test
  void section_paths_leave_out_the_documents_own_title() {
    assertTrue(PASSAGES.stream().noneMatch(p -> p.section().get(0).equals("Signpost legal guide")));
    List<Document> documents = LegalGuide.documents();
    assertTrue(documents.stream().allMatch(d -> d.published() != null));
  }

  @Test
  void passages_are_numbered_from_zero_in_each_document() {
    for (Document document : LegalGuide.documents()) {
      List<Integer> ordinals = PASSAGES.stream().filter(p -> p.document().equals(document)).map(Passage::ordinal).toList();
      assertEquals(0, ordinals.get(0));
      for (int i = 1; i < ordinals.size(); i++) assertEquals(ordinals.get(i - 1) + 1, ordinals.get(i));
    }
  }
}
