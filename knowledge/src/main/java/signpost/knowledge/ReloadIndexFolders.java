package signpost.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a reloaded index is written when the index is kept on disk: beside the configured folder, one folder per
 * generation ({@code index.g2}, {@code index.g3}), since the folder of the index serving cannot be written while it
 * serves. Each is deleted when its generation is retired; those a stopped server left are deleted at start.
 */
final class ReloadIndexFolders {

  private static final Logger LOG = LoggerFactory.getLogger(ReloadIndexFolders.class);

  private final Path configured;

  /** @param configured the index folder of the first generation, or null when the index is kept in memory */
  ReloadIndexFolders(Path configured) {
    this.configured = configured == null ? null : configured.toAbsolutePath().normalize();
    if (this.configured != null) deleteLeftovers();
  }

  /** Returns the index folder of a generation: the configured one for the first, null when kept in memory. */
  Path forGeneration(long generation) {
    if (configured == null || generation == 1) return configured;
    return configured.resolveSibling(configured.getFileName() + ".g" + generation);
  }

  /** Deletes a generation's own folder; the configured one stays for the next start. */
  void delete(long generation) {
    if (configured == null || generation == 1) return;
    deleteTree(forGeneration(generation));
  }

  private void deleteLeftovers() {
    Pattern mine = Pattern.compile(Pattern.quote(configured.getFileName().toString()) + "\\.g\\d+");
    Path parent = configured.getParent();
    if (parent == null || !Files.isDirectory(parent)) return;
    try (Stream<Path> siblings = Files.list(parent)) {
      siblings.filter(p -> mine.matcher(p.getFileName().toString()).matches()).forEach(ReloadIndexFolders::deleteTree);
    } catch (IOException e) {
      LOG.warn("Could not look for old reloaded indexes beside {}: {}", configured, e.getMessage());
    }
  }

  private static void deleteTree(Path folder) {
    if (!Files.exists(folder)) return;
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.warn("Could not delete the reloaded index {}: {}", folder, e.getMessage());
    }
  }
}
