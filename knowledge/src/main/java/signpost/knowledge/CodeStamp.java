package signpost.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Names the build of Signpost's own code, so caches of what the code computed (parsed documents, compiled
 * rules) are thrown away when the code changes: the jar a class runs from, with its size and modification
 * time, or for a class folder (tests, an IDE) the number, total size and latest modification of its files,
 * so a change to any class of the module counts.
 */
public final class CodeStamp {

  private CodeStamp() {}

  /** Returns the stamp of the build {@code type} was loaded from; a unique value when it cannot be told. */
  public static String of(Class<?> type) {
    try {
      return of(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (Exception e) {
      return "unknown-build-" + System.nanoTime();
    }
  }

  /** Returns the stamp of a jar or class folder. */
  static String of(Path code) throws IOException {
    if (!Files.isDirectory(code)) return code + "|" + Files.size(code) + "|" + Files.getLastModifiedTime(code).toMillis();
    long files = 0;
    long bytes = 0;
    long latest = 0;
    try (Stream<Path> walk = Files.walk(code)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files++;
        bytes += Files.size(file);
        latest = Math.max(latest, Files.getLastModifiedTime(file).toMillis());
      }
    }
    return code + "|" + files + "|" + bytes + "|" + latest;
  }
}
