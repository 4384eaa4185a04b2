package signpost.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.Document;
import signpost.knowledge.KnowledgeException;
import signpost.knowledge.Passage;

class PassageIndexTest {

  @TempDir Path dir;

  private static final Document PLAN =
      new Document("a-plan.pdf", "A plan", "a", "strategy", "2024-01", "2027-01", false);
  private static final Document NOTES = new Document("notes.md", "Notes", null, null, null, null, false);
  private static final List<Passage> PASSAGES = List.of(
      new Passage(PLAN, 0, List.of("Meeting our duty", "Assessments"), 3,
          "Every proposal needs an Equality Impact Assessment (EqIA) before cabinet."),
      new Passage(PLAN, 1, List.of("Meeting our duty"), 4, "The library opening hours are listed online."),
      new Passage(NOTES, 0, List.of(), null, "Ask the Local Government Association for guidance."));

  private static List<Passage> all(PassageIndex index) {
    List<Passage> passages = new ArrayList<>();
    for (int doc = 0; doc < index.size(); doc++) passages.add(index.passage(doc));
    return passages;
  }

  private static List<String> ids(PassageIndex index, String question) throws IOException {
    Query query = new QueryBuilder(index.questionAnalyzer()).createBooleanQuery(PassageFields.TEXT, question, Occur.SHOULD);
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : index.searcher().search(query, 10).scoreDocs) ids.add(index.passage(hit.doc).id());
    return ids;
  }

  @Test
  void in_memory_index_returns_the_passages_it_was_given() {
    try (PassageIndex index = PassageIndex.inMemory(PASSAGES)) {
      assertEquals(PASSAGES, all(index));
    }
  }

  @Test
  void title_terms_are_the_indexed_words_of_the_passages_document_title_only() {
    try (PassageIndex index = PassageIndex.inMemory(PASSAGES)) {
      assertEquals(Set.of("plan"), index.titleTerms(0));
      assertEquals(Set.of("note"), index.titleTerms(2));
    }
  }

  @Test
  void index_reopened_from_disk_returns_the_same_passages() {
    PassageIndex.onDisk(PASSAGES, dir).close();

    try (PassageIndex reopened = PassageIndex.open(dir)) {
      assertEquals(3, reopened.size());
      assertEquals(PASSAGES, all(reopened));
      Passage first = reopened.passage(0);
      assertEquals("Meeting our duty > Assessments", first.sectionPath());
      assertEquals(3, first.page());
      assertEquals("a", first.document().organisation());
      assertEquals(null, reopened.passage(2).page());
      assertEquals(null, reopened.passage(2).document().organisation());
      assertEquals(List.of(), reopened.passage(2).section());
    }
  }

  @Test
  void learned_acronyms_survive_reopening() {
    List<Acronym> expected = List.of(new Acronym("EqIA", "Equality Impact Assessment"));
    try (PassageIndex built = PassageIndex.onDisk(PASSAGES, dir)) {
      assertEquals(expected, built.acronyms());
    }

    try (PassageIndex reopened = PassageIndex.open(dir)) {
      assertEquals(expected, reopened.acronyms());
    }
  }

  @Test
  void reopened_index_searches_with_the_acronyms_learned_when_it_was_built() throws IOException {
    List<Passage> passages = List.of(
        Passages.of("a.md", null, 0, "The Local Government Association (LGA) publishes a framework."),
        Passages.of("b.md", null, 0, "Ask the Local Government Association for guidance."),
        Passages.of("c.md", null, 0, "The library opening hours are listed online."));
    PassageIndex.onDisk(passages, dir).close();

    try (PassageIndex reopened = PassageIndex.open(dir)) {
      assertEquals(List.of("a#0", "b#0"), ids(reopened, "LGA").stream().sorted().toList());
    }
  }

  @Test
  void acronym_in_a_question_finds_a_passage_that_spells_it_out() throws IOException {
    List<Passage> passages = List.of(
        Passages.of("a.md", null, 0, "Every proposal needs an equality impact assessment before cabinet."),
        Passages.of("b.md", null, 0, "The library opening hours are listed online."));

    try (PassageIndex index = PassageIndex.inMemory(passages)) {
      assertEquals(List.of("a#0"), ids(index, "EqIA"));
      assertEquals(List.of("a#0"), ids(index, "equality impact assessment"));
    }
  }

  @Test
  void spelled_out_question_finds_a_passage_that_uses_the_acronym() throws IOException {
    List<Passage> passages = List.of(
        Passages.of("a.md", null, 0, "Every proposal needs an EqIA before cabinet."),
        Passages.of("b.md", null, 0, "The library opening hours are listed online."));

    try (PassageIndex index = PassageIndex.inMemory(passages)) {
      assertEquals(List.of("a#0"), ids(index, "Do we need an equality impact assessment?"));
    }
  }

  @Test
  void opening_a_folder_without_an_index_names_the_folder() {
    KnowledgeException e = assertThrows(KnowledgeException.class, () -> PassageIndex.open(dir));

    assertEquals("no Signpost index in " + dir, e.getMessage());
  }

  @Test
  void closing_a_reopened_index_releases_its_files() throws IOException {
    Path maps = Path.of("/proc/self/maps");
    assumeTrue(Files.isReadable(maps), "needs Linux /proc to see open index files");
    PassageIndex.onDisk(PASSAGES, dir).close();

    PassageIndex.open(dir).close();

    assertEquals(List.of(), Files.readAllLines(maps).stream().filter(l -> l.contains(dir.toString())).toList());
  }

  @Test
  void an_email_address_written_out_is_an_email_among_a_passages_words_never_in_its_text() throws IOException {
    List<Passage> passages = List.of(
        Passages.of("a.md", null, 0, "Name: Farah Siddiqui; Role: Head of EDI (EDI Lead); Contact: farah.siddiqui@nhs.net"),
        Passages.of("b.md", null, 0, "Name: Ben Hollis; Role: Equality and Inclusion Officer; Contact: 01632 960 414"));

    try (PassageIndex index = PassageIndex.inMemory(passages)) {
      assertTrue(index.terms(0).contains("email"), index.terms(0)::toString);
      assertFalse(index.terms(1).contains("email"), index.terms(1)::toString);
      assertFalse(index.passage(0).text().contains("email"));
    }
  }

}
