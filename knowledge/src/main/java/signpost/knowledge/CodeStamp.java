package signpost.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
  private static final String JAR = "jar|";
  /** Stamps already made in this JVM, by jar (path, size, time) and downstream folders: reading 35,000 entries takes a while. */
  private static final Map<String, String> JARS = new ConcurrentHashMap<>();

  private CodeStamp() {}

  /**
   * Returns the stamp of the build {@code type} was loaded from; a unique value when it cannot be told. A jar's stamp is
   * kept in {@code cache} (its {@code stamps} folder) by the jar's path, size and time, so that only the first start of
   * a new build reads its entries.
   *
   * @param downstream the jar folders of the modules that depend on the cache's own, e.g. {@code signpost/bot/}, whose
   *     entries do not count
   * @param cache the cache folder, or null to keep nothing
   */
  public static String of(Class<?> type, List<String> downstream, Path cache) {
    try {
      return of(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()), downstream, cache);
    } catch (Exception e) {
      return "unknown-build-" + System.nanoTime();
    }
  }

  /** Returns the stamp of a jar or class folder, a jar's kept in {@code cache} when it is not null. */
  static String of(Path code, List<String> downstream, Path cache) throws IOException {
    if (Files.isDirectory(code) || cache == null) return of(code, downstream);
    Path kept = cache.resolve("stamps").resolve(CacheFiles.key(code.toAbsolutePath() + "|" + Files.size(code) + "|"
        + Files.getLastModifiedTime(code).toMillis() + "|" + downstream));
    if (Files.isRegularFile(kept)) {
      String stamp = Files.readString(kept, StandardCharsets.UTF_8);
      if (stamp.startsWith(JAR)) return stamp;
    }
    String stamp = of(code, downstream);
    CacheFiles.write(kept, stamp.getBytes(StandardCharsets.UTF_8));
    return stamp;
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
    String key = code.toAbsolutePath() + "|" + Files.size(code) + "|" + Files.getLastModifiedTime(code).toMillis() + "|" + downstream;
    String known = JARS.get(key);
    if (known != null) return known;
    MessageDigest digest = sha256();
    ByteBuffer numbers = ByteBuffer.allocate(2 * Long.BYTES);
    // The entries in the jar's own order: the same build makes the same order, and another order only rebuilds a cache.
    try (ZipFile zip = new ZipFile(code.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory() || !counts(entry.getName(), downstream)) continue;
        digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
        digest.update(numbers.clear().putLong(entry.getSize()).putLong(entry.getCrc()).flip());
      }
    }
    String stamp = JAR + HexFormat.of().formatHex(digest.digest());
    JARS.put(key, stamp);
    return stamp;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  private static boolean counts(String name, List<String> downstream) {
    return !name.startsWith(MAVEN_METADATA) && downstream.stream().noneMatch(name::startsWith);
  }
}
