package signpost.knowledge.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads one document format into blocks, in reading order. */
@FunctionalInterface
public interface DocumentParser {

  /**
   * Returns the blocks of a document's content, already read (see {@link signpost.knowledge.KnowledgeFiles}).
   *
   * @param name the file name, for messages
   * @throws UnreadableDocumentException when the content is corrupt, encrypted, empty or holds no text
   */
  List<Block> parse(String name, byte[] content) throws IOException;

  /**
   * Returns the blocks of the file.
   *
   * @throws IOException when the file cannot be read
   * @throws UnreadableDocumentException when the file is corrupt, encrypted, empty or holds no text
   */
  default List<Block> parse(Path file) throws IOException {
    return parse(file.getFileName().toString(), Files.readAllBytes(file));
  }
}
