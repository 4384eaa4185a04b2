package signpost.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What Signpost's start-up caches (parsed documents, compiled rules) share: entries named by a hash of what
 * they were made from, and written whole or not at all, so a reader never sees half an entry.
 */
public final class CacheFiles {

  private CacheFiles() {}

  /** Returns a file-name-safe key for {@code identity}: 32 hex digits of its SHA-256. */
  public static String key(String identity) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /** Writes {@code entry} through a temporary file in its folder, then moves it into place. */
  public static void write(Path entry, byte[] bytes) throws IOException {
    Path folder = entry.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "entry", ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
