package signpost.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.search.SearchRequest;

class KnowledgeSnapshotTest {

  private static final String CANTEEN = "# Canteen guide\n\n## Opening\n\n"
      + "The staff canteen opens at eight and serves halal and vegetarian meals.\n";

  @TempDir Path dir;

  private Path knowledge() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("knowledge"));
    Files.writeString(folder.resolve("canteen.md"), CANTEEN);
    return folder;
  }

  private LoadOptions cached(Path folder) {
    return LoadOptions.of(List.of(folder)).withCacheFolder(dir.resolve("cache"));
  }

  /**
   * Overwrites a file with other text of the same length and modification time, which only reading it can tell,
   * and forgets its parsed blocks, so that only the snapshot still holds the old text.
   */
  private void scramble(Path file) throws IOException {
    FileTime modified = Files.getLastModifiedTime(file);
    Files.writeString(file, "x".repeat((int) Files.size(file)));
    Files.setLastModifiedTime(file, modified);
    try (Stream<Path> blocks = Files.list(dir.resolve("cache"))) {
      for (Path entry : blocks.filter(Files::isRegularFile).toList()) Files.delete(entry);
    }
  }

  private static String firstHit(KnowledgeBase knowledge, String question) {
    return knowledge.search(new SearchRequest(question, null, 3)).hits().get(0).passage().text();
  }

  @Test
  void a_second_load_of_unchanged_files_opens_the_kept_index_without_reading_the_documents() throws IOException {
    Path folder = knowledge();
    try (KnowledgeBase first = KnowledgeBase.load(cached(folder))) {
      assertTrue(firstHit(first, "When does the canteen open?").contains("opens at eight"));
    }
    scramble(folder.resolve("canteen.md"));

    try (KnowledgeBase second = KnowledgeBase.load(cached(folder))) {
      assertTrue(firstHit(second, "When does the canteen open?").contains("opens at eight"));
      assertEquals(List.of("canteen.md", "signpost-legal-guide.md", "signpost-glossary.md"),
          second.report().documents().stream().map(Document::file).toList());
      assertTrue(second.guideSection("The Public Sector Equality Duty > What the PSED means for your team").isPresent());
    }
  }

  @Test
  void a_changed_file_is_read_and_indexed_again() throws IOException {
    Path folder = knowledge();
    KnowledgeBase.load(cached(folder)).close();

    Files.writeString(folder.resolve("canteen.md"), CANTEEN.replace("eight", "nine o'clock"));
    Files.setLastModifiedTime(folder.resolve("canteen.md"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));

    try (KnowledgeBase second = KnowledgeBase.load(cached(folder))) {
      assertTrue(firstHit(second, "When does the canteen open?").contains("nine o'clock"));
    }
  }

  @Test
  void a_damaged_snapshot_is_built_again_and_kept() throws IOException {
    Path folder = knowledge();
    KnowledgeBase.load(cached(folder)).close();
    try (Stream<Path> files = Files.walk(dir.resolve("cache").resolve("index"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) Files.writeString(file, "damaged");
    }

    try (KnowledgeBase second = KnowledgeBase.load(cached(folder))) {
      assertTrue(firstHit(second, "When does the canteen open?").contains("opens at eight"));
    }
    scramble(folder.resolve("canteen.md"));
    try (KnowledgeBase third = KnowledgeBase.load(cached(folder))) {
      assertTrue(firstHit(third, "When does the canteen open?").contains("opens at eight"));
    }
  }
}
