package signpost.knowledge.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads one document format into blocks, in reading order. */
@FunctionalInterface
public interface DocumentParser {

  /**
   * Returns the blocks of the file.
   *
   * @throws IOException when the file cannot be read
   * @throws UnreadableDocumentException when the file is corrupt, encrypted, empty or holds no text
   */
  List<Block> parse(Path file) throws IOException;
}
