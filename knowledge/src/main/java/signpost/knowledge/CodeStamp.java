package signpost.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Names the build of Signpost's own code, so caches of what the code computed (parsed documents, compiled
 * rules) are thrown away when the code changes: the jar or class folder a class runs from, with its size
 * and modification time.
 */
public final class CodeStamp {

  private CodeStamp() {}

  /** Returns the stamp of the build {@code type} was loaded from; a unique value when it cannot be told. */
  public static String of(Class<?> type) {
    try {
      Path code = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path stamped = Files.isDirectory(code) ? code.resolve(type.getName().replace('.', '/') + ".class") : code;
      return code + "|" + Files.size(stamped) + "|" + Files.getLastModifiedTime(stamped).toMillis();
    } catch (Exception e) {
      return "unknown-build-" + System.nanoTime();
    }
  }
}
