package signpost.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.search.SearchRequest;

/**
 * Knowledge reloaded without a restart: a good reload swaps the new knowledge in, a bad one (no document left, no
 * folder) keeps the last good knowledge and says why, and a watched folder reloads by itself when a document arrives.
 */
class LiveKnowledgeTest {

  private static final String CANTEEN = "# Canteen guide\n\n## Opening\n\nThe staff canteen opens at eight and serves halal meals.\n";
  private static final String PARKING = "# Parking guide\n\n## Blue badges\n\nBlue badge holders park free beside the main entrance.\n";

  @TempDir Path dir;

  private Path folder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("knowledge"));
    Files.writeString(folder.resolve("canteen.md"), CANTEEN);
    return folder;
  }

  private static LoadOptions options(Path folder) {
    return new LoadOptions(List.of(folder), null, LoadOptions.DEFAULT_MAX_FILE_BYTES, false, null);
  }

  private static List<String> found(LiveKnowledge live, String question) {
    return live.get().search(new SearchRequest(question, null, 3)).hits().stream()
        .map(h -> h.passage().document().file()).toList();
  }

  @Test
  void a_reload_swaps_in_the_knowledge_with_a_new_document_and_counts_a_generation() throws IOException {
    Path folder = folder();
    try (LiveKnowledge live = LiveKnowledge.load(options(folder))) {
      KnowledgeBase first = live.get();
      Files.writeString(folder.resolve("parking.md"), PARKING);

      assertTrue(live.reload());

      assertNotSame(first, live.get());
      assertEquals(List.of("parking.md"), found(live, "Where do blue badge holders park?"));
      assertEquals(new LiveKnowledge.Status(2, null, false), live.status());
    }
  }

  @Test
  void a_reload_that_finds_no_document_is_refused_and_the_last_good_knowledge_keeps_serving() throws IOException {
    Path folder = folder();
    // With the built-in guide there is always something to index: the folder's own documents are what went.
    try (LiveKnowledge live = LiveKnowledge.load(LoadOptions.of(List.of(folder)))) {
      KnowledgeBase good = live.get();
      Files.delete(folder.resolve("canteen.md"));

      assertFalse(live.reload());

      assertSame(good, live.get());
      assertEquals("canteen.md", found(live, "When does the canteen open?").get(0));
      assertEquals(1, live.status().generation());
      assertTrue(live.status().lastError().contains("no readable document now (1 before)"), live.status().lastError());
    }
  }

  @Test
  void a_folder_that_is_gone_is_refused_with_its_name_and_a_later_good_reload_clears_the_error() throws IOException {
    Path folder = folder();
    try (LiveKnowledge live = LiveKnowledge.load(options(folder))) {
      Path moved = Files.move(folder, dir.resolve("moved"));

      assertFalse(live.reload());
      assertEquals("not a knowledge folder: " + folder, live.status().lastError());

      Files.move(moved, folder);
      assertTrue(live.reload());
      assertNull(live.status().lastError());
    }
  }

  @Test
  void a_document_copied_into_a_new_folder_of_a_watched_folder_is_answered_from_without_a_call() throws Exception {
    Path folder = folder();
    try (LiveKnowledge live = LiveKnowledge.load(options(folder)).watch()) {
      assertTrue(live.status().watching());
      Path transport = Files.createDirectories(folder.resolve("transport"));
      Thread.sleep(FolderWatch.SETTLE_MILLIS * 2);
      Files.writeString(transport.resolve("parking.md"), PARKING);

      await(() -> live.status().generation() >= 2 && found(live, "Where do blue badge holders park?").contains("parking.md"));
    }
  }

  @Test
  void a_reloaded_index_on_disk_is_written_beside_the_configured_one_and_a_later_start_deletes_it() throws IOException {
    Path folder = folder();
    Path index = dir.resolve("index");
    LoadOptions onDisk = options(folder).withIndexFolder(index);
    try (LiveKnowledge live = LiveKnowledge.load(onDisk)) {
      Files.writeString(folder.resolve("parking.md"), PARKING);

      assertTrue(live.reload());

      assertTrue(Files.isDirectory(dir.resolve("index.g2")));
      assertEquals(List.of("parking.md"), found(live, "Where do blue badge holders park?"));
    }
    try (LiveKnowledge again = LiveKnowledge.load(onDisk)) {
      assertFalse(Files.exists(dir.resolve("index.g2")));
      assertEquals(List.of("parking.md"), found(again, "Where do blue badge holders park?"));
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < end, "not within 20 s");
      Thread.sleep(50);
    }
  }
}
