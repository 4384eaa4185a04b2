package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockCacheTest {

  @TempDir
  Path dir;

  private final AtomicInteger parses = new AtomicInteger();

  private List<Block> parse(List<Block> blocks) {
    parses.incrementAndGet();
    return blocks;
  }

  @Test
  void an_unchanged_file_is_read_back_from_the_cache_without_parsing() throws Exception {
    Path file = Files.writeString(dir.resolve("a.md"), "# A\n\nText.");
    BlockCache cache = new BlockCache(dir.resolve("cache"));
    List<Block> blocks = List.of(Block.heading(1, "A", null), Block.paragraph("Text.", 3));

    List<Block> first = cache.blocks(file, () -> parse(blocks));
    List<Block> second = new BlockCache(dir.resolve("cache")).blocks(file, () -> parse(List.of()));

    assertEquals(blocks, first);
    assertEquals(blocks, second);
    assertEquals(1, parses.get());
  }

  @Test
  void an_edited_file_is_parsed_again() throws Exception {
    Path file = Files.writeString(dir.resolve("a.md"), "one");
    BlockCache cache = new BlockCache(dir.resolve("cache"));
    cache.blocks(file, () -> parse(List.of(Block.paragraph("one", null))));
    Files.writeString(file, "two, longer");
    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));

    List<Block> again = cache.blocks(file, () -> parse(List.of(Block.paragraph("two, longer", null))));

    assertEquals(List.of(Block.paragraph("two, longer", null)), again);
    assertEquals(2, parses.get());
  }

  @Test
  void a_damaged_entry_is_ignored_and_rewritten() throws Exception {
    Path file = Files.writeString(dir.resolve("a.md"), "one");
    Path folder = dir.resolve("cache");
    BlockCache cache = new BlockCache(folder);
    cache.blocks(file, () -> parse(List.of(Block.paragraph("one", null))));
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : entries.toList()) Files.writeString(entry, "{not json");
    }

    List<Block> read = cache.blocks(file, () -> parse(List.of(Block.paragraph("one", null))));
    List<Block> readAgain = cache.blocks(file, () -> parse(List.of()));

    assertEquals(List.of(Block.paragraph("one", null)), read);
    assertEquals(read, readAgain);
    assertEquals(2, parses.get());
  }

  @Test
  void a_cached_folder_reads_exactly_what_an_uncached_one_does() {
    Path corpus = SharedFiles.corpus("manifest.yaml").getParent();
    FolderReader.Result plain = new FolderReader(50_000_000).read(corpus);
    new FolderReader(50_000_000, dir.resolve("cache")).read(corpus);

    FolderReader.Result cached = new FolderReader(50_000_000, dir.resolve("cache")).read(corpus);

    assertEquals(plain.passages(), cached.passages());
    assertEquals(plain.documents(), cached.documents());
  }
}
