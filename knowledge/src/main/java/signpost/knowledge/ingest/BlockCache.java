package signpost.knowledge.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.knowledge.CacheFiles;
import signpost.knowledge.CodeStamp;

/**
 * Keeps the blocks parsed from each document in a folder, so a restart reads them back instead of parsing
 * every PDF again. An entry is keyed by the file's path, size and modification time and by Signpost's own
 * code, so an edited document or a new Signpost build parses afresh. A damaged entry is ignored and
 * rewritten; the cache never changes what is read.
 */
final class BlockCache {

  private static final Logger LOG = LoggerFactory.getLogger(BlockCache.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {};

  /** Parses one file. */
  interface Parse {
    List<Block> blocks() throws IOException;
  }

  private final Path folder;
  private final String codeStamp;

  BlockCache(Path folder) {
    this.folder = folder;
    this.codeStamp = CodeStamp.of(BlockCache.class, CodeStamp.ABOVE_KNOWLEDGE, folder);
  }

  /** Returns the file's blocks from the cache, or parses them and remembers them. */
  List<Block> blocks(Path file, Parse parse) throws IOException {
    Path entry = folder.resolve(key(file) + ".json");
    if (Files.isRegularFile(entry)) {
      try {
        return JSON.readValue(entry.toFile(), BLOCKS);
      } catch (IOException | RuntimeException e) {
        LOG.warn("Ignored a damaged cache entry for {}: {}", file, e.getMessage());
      }
    }
    List<Block> blocks = parse.blocks();
    write(entry, blocks);
    return blocks;
  }

  private void write(Path entry, List<Block> blocks) {
    try {
      CacheFiles.write(entry, JSON.writeValueAsBytes(blocks));
    } catch (IOException e) {
      LOG.warn("Could not cache parsed blocks in {}: {}", folder, e.getMessage());
    }
  }

  private String key(Path file) throws IOException {
    return CacheFiles.key(file.toAbsolutePath().normalize() + "|" + Files.size(file) + "|"
        + Files.getLastModifiedTime(file).toMillis() + "|" + codeStamp);
  }

}
