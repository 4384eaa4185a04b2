package signpost.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;

/**
 * How Signpost reads a file someone put in a knowledge folder: only a regular file, never through a
 * symbolic link (a link to {@code /proc/self/environ} would publish the server's secrets), never a pipe or
 * device (reading one blocks or never ends), and never more bytes than a limit, whatever size the file
 * reports ({@code /proc} files report 0).
 */
public final class KnowledgeFiles {

  private KnowledgeFiles() {}

  /** Returns why the file is not read (a link, a folder, or not a regular file), or empty when it may be read. */
  public static Optional<String> refusal(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return Optional.of("cannot be read: " + e.getMessage());
    }
    if (attributes.isSymbolicLink()) return Optional.of("a symbolic link; Signpost reads only regular files and never follows links");
    if (attributes.isDirectory()) return Optional.of("a folder, not a file");
    if (!attributes.isRegularFile()) return Optional.of("not a regular file (a pipe, socket or device); Signpost reads only regular files");
    return Optional.empty();
  }

  /**
   * Returns the bytes of the file, read without following a link and at most {@code maxBytes} of them.
   *
   * @throws KnowledgeException when the file is a link or not a regular file, or holds more than {@code maxBytes}
   *     bytes; the message is the reason alone
   * @throws IOException when the file cannot be read
   */
  public static byte[] read(Path file, long maxBytes) throws IOException {
    Optional<String> refused = refusal(file);
    if (refused.isPresent()) throw new KnowledgeException(refused.get());
    // NOFOLLOW_LINKS also refuses a link swapped in after the check above.
    try (InputStream in = Channels.newInputStream(
        Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)))) {
      int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
      byte[] bytes = in.readNBytes(limit);
      if (bytes.length == limit && in.read() != -1) {
        throw new KnowledgeException("larger than the limit of " + maxBytes + " bytes");
      }
      return bytes;
    }
  }
}
