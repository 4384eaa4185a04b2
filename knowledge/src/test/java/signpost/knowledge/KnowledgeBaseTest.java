package signpost.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.index.PassageIndex;
import signpost.knowledge.org.SharedCorpus;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.SearchRequest;

class KnowledgeBaseTest {

  private static final String GOOD_MD = "# Canteen guide\n\n## Opening\n\n"
      + "The staff canteen opens at eight and serves halal and vegetarian meals.\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static LoadOptions withoutGuide(Path folder) {
    return new LoadOptions(List.of(folder), null, LoadOptions.DEFAULT_MAX_FILE_BYTES, false, null);
  }

  private static Map<String, String> reasons(LoadReport report) {
    return report.skipped().stream()
        .collect(Collectors.toMap(s -> dirName(s.file()), Skipped::reason));
  }

  private static String dirName(Path file) {
    return file.getParent().getFileName() + "/" + file.getFileName();
  }

  @Test
  void broken_organisation_file_is_skipped_with_its_line_and_the_documents_still_indexed() throws IOException {
    write("good.md", GOOD_MD);
    write("organisations/x.yaml", "id: x\nname: [X Council\n");

    try (KnowledgeBase knowledge = KnowledgeBase.load(withoutGuide(dir))) {
      LoadReport report = knowledge.report();
      assertEquals(1, report.passages());
      assertEquals(List.of("good.md"), report.documents().stream().map(Document::file).toList());
      assertEquals(List.of(), report.organisations());
      String reason = reasons(report).get("organisations/x.yaml");
      assertTrue(reason.startsWith("organisations/x.yaml:"), reason);
      assertTrue(reason.contains("not valid YAML"), reason);
      assertTrue(knowledge.organisation("x").isEmpty());
    }
  }

  @Test
  void folder_of_only_bad_files_cannot_be_loaded() throws IOException {
    write("data.xyz", "some data");
    write("empty.md", "");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeBase.load(withoutGuide(dir)));

    assertTrue(e.getMessage().startsWith("nothing could be indexed from [" + dir + "]; skipped: "), e.getMessage());
    assertTrue(e.getMessage().contains("empty.md: empty file: empty.md"), e.getMessage());
  }

  @Test
  void folder_of_only_bad_files_still_loads_with_the_built_in_guide() throws IOException {
    write("data.xyz", "some data");

    try (KnowledgeBase knowledge = KnowledgeBase.load(LoadOptions.of(List.of(dir)))) {
      assertEquals(1, knowledge.report().skipped().size());
      assertTrue(knowledge.report().documents().stream().allMatch(Document::builtIn));
    }
  }

  @Test
  void missing_folder_is_named() {
    Path missing = dir.resolve("missing");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeBase.load(LoadOptions.of(List.of(missing))));

    assertEquals("not a knowledge folder: " + missing, e.getMessage());
  }

  @Test
  void file_larger_than_the_limit_is_skipped() throws IOException {
    write("good.md", GOOD_MD);
    write("big.txt", "x".repeat(1_000));

    try (KnowledgeBase knowledge = KnowledgeBase.load(withoutGuide(dir).withMaxFileBytes(500))) {
      assertEquals(Map.of(dirName(dir.resolve("big.txt")), "larger than the limit of 500 bytes (1000)"),
          reasons(knowledge.report()));
    }
  }

  @Test
  void built_in_guide_answers_a_question_on_the_brown_principles() throws IOException {
    write("good.md", GOOD_MD);

    try (KnowledgeBase knowledge = KnowledgeBase.load(LoadOptions.of(List.of(dir)))) {
      List<Hit> hits = knowledge.search(new SearchRequest("Brown principles", null, 10)).hits();

      Hit guide = hits.stream().filter(h -> h.passage().document().file().equals("signpost-legal-guide.md"))
          .findFirst().orElseThrow();
      assertTrue(guide.passage().document().builtIn());
      assertFalse(guide.passage().sectionPath().isEmpty());
    }
  }

  @Test
  void organisations_of_the_shared_corpus_are_loaded_by_id() {
    Path corpus = SharedCorpus.corpus();
    try (KnowledgeBase knowledge = KnowledgeBase.load(LoadOptions.of(List.of(corpus)))) {
      assertEquals(List.of("cambridgeshire", "derby-city", "derbyshire"), knowledge.report().organisations());
      assertEquals("Cambridgeshire County Council", knowledge.organisation("cambridgeshire").orElseThrow().name());
      assertTrue(knowledge.organisation(null).isEmpty());
    }
  }

  @Test
  void index_folder_receives_an_index_that_reopens() throws IOException {
    write("good.md", GOOD_MD);
    Path index = dir.resolve("index");

    try (KnowledgeBase knowledge = KnowledgeBase.load(withoutGuide(dir)
        .withIndexFolder(index))) {
      assertEquals(1, knowledge.report().passages());
    }

    try (PassageIndex reopened = PassageIndex.open(index)) {
      assertEquals(1, reopened.size());
    }
  }
}
