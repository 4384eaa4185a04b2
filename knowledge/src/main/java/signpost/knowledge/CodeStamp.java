package signpost.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Names the build of Signpost's own code, so caches of what the code computed (parsed documents, compiled
 * rules) are thrown away when the code changes. From a jar: a hash of the name, size and CRC of every entry but
 * Maven's metadata and the folders of the modules downstream of the cache's own (they cannot change what it holds:
 * dependencies point one way), so a rebuild that changed only the bot keeps the parsed documents and compiled rules;
 * anything not named as downstream counts. From a class folder (tests, an IDE): the number, total size and latest
 * modification of its files, so a change to any class of the module counts.
 */
public final class CodeStamp {

  /** The jar folders of the modules that depend on the knowledge: the rules and the bot (its classes and web page). */
  public static final List<String> ABOVE_KNOWLEDGE = List.of("signpost/rules/", "signpost/bot/", "signpost/web/");
  /** The jar folders of the modules that depend on the rules: the bot. */
  public static final List<String> ABOVE_RULES = List.of("signpost/bot/", "signpost/web/");
  private static final String MAVEN_METADATA = "META-INF/maven/";

  private CodeStamp() {}

  /**
   * Returns the stamp of the build {@code type} was loaded from; a unique value when it cannot be told.
   *
   * @param downstream the jar folders of the modules that depend on the cache's own, e.g. {@code signpost/bot/}, whose
   *     entries do not count
   */
  public static String of(Class<?> type, List<String> downstream) {
    try {
      return of(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()), downstream);
    } catch (Exception e) {
      return "unknown-build-" + System.nanoTime();
    }
  }

  /** Returns the stamp of a jar or class folder; the entries of a jar under {@code downstream} do not count. */
  static String of(Path code, List<String> downstream) throws IOException {
    if (!Files.isDirectory(code)) return jar(code, downstream);
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

  private static String jar(Path code, List<String> downstream) throws IOException {
    StringBuilder entries = new StringBuilder();
    try (ZipFile zip = new ZipFile(code.toFile())) {
      List<? extends ZipEntry> counted = zip.stream().filter(e -> !e.isDirectory() && counts(e.getName(), downstream))
          .sorted(Comparator.comparing(ZipEntry::getName)).toList();
      for (ZipEntry entry : counted) {
        entries.append(entry.getName()).append('|').append(entry.getSize()).append('|').append(entry.getCrc()).append('\n');
      }
    }
    return "jar|" + CacheFiles.key(entries.toString());
  }

  private static boolean counts(String name, List<String> downstream) {
    return !name.startsWith(MAVEN_METADATA) && downstream.stream().noneMatch(name::startsWith);
  }
}
