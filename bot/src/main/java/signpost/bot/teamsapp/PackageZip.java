package signpost.bot.teamsapp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes files at the root of a zip, all at once: into {@code NAME.part} beside the target, moved over it when
 * complete, so a failure never leaves a partial package. Entries carry a fixed time, so the same files give the
 * same bytes.
 */
final class PackageZip {

  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2025, 1, 1, 0, 0);

  private PackageZip() {}

  /**
   * Writes {@code files} (name to content, in order) to {@code zip}, replacing it.
   *
   * @throws TeamsAppException when the zip cannot be written, naming it
   */
  static void write(Path zip, Map<String, byte[]> files) {
    Path partial = zip.toAbsolutePath().resolveSibling(zip.getFileName() + ".part");
    try {
      Files.createDirectories(partial.getParent());
      try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream entries = new ZipOutputStream(out)) {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
          ZipEntry entry = new ZipEntry(file.getKey());
          entry.setTimeLocal(FIXED_TIME);
          entries.putNextEntry(entry);
          entries.write(file.getValue());
          entries.closeEntry();
        }
      }
      Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new TeamsAppException("cannot write " + zip + ": " + e, e);
    } finally {
      deleteQuietly(partial);
    }
  }

  private static void deleteQuietly(Path partial) {
    try {
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      partial.toFile().deleteOnExit();
    }
  }
}
