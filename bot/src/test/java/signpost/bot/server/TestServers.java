package signpost.bot.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import signpost.bot.config.Config;

/** Builds configurations for servers on loopback port 0 over the real shared corpus. */
public final class TestServers {

  private TestServers() {}

  /**
   * Returns settings for port 0 on loopback over ../shared/corpus, keeping data in a new folder of its own (never the
   * home folder's), with {@code extra} over them.
   */
  public static Config config(Map<String, String> extra) {
    Map<String, String> settings = new HashMap<>();
    settings.put("SIGNPOST_HOST", "127.0.0.1");
    settings.put("SIGNPOST_PORT", "0");
    settings.put("SIGNPOST_KNOWLEDGE", corpus().toString());
    settings.put("SIGNPOST_CACHE", "none");
    settings.put("SIGNPOST_DATA", dataFolder().toString());
    settings.putAll(extra);
    return Config.of(settings);
  }

  /** Returns a new, empty data folder under {@code target/test-data}, which {@code mvn clean} removes. */
  public static Path dataFolder() {
    try {
      return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "data-").toAbsolutePath();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Returns settings for port 0 on loopback over one small document written into {@code folder}, with {@code extra}
   * over them: for tests of the server's edge, which need a real server but not the whole corpus.
   */
  public static Config small(Path folder, Map<String, String> extra) throws java.io.IOException {
    Files.writeString(folder.resolve("plan.md"), "# Equality plan\n\n## Aims\n\nThe council publishes equality objectives every four years.\n");
    Map<String, String> settings = new HashMap<>();
    settings.put("SIGNPOST_KNOWLEDGE", folder.toString());
    settings.putAll(extra);
    return config(settings);
  }

  /** Returns the shared corpus folder, read in place. */
  public static Path corpus() {
    String property = System.getProperty("signpost.shared");
    for (String candidate : new String[] {property, "../shared", "../../shared"}) {
      if (candidate != null && Files.isDirectory(Path.of(candidate, "corpus"))) return Path.of(candidate, "corpus");
    }
    throw new IllegalStateException("shared folder not found; set -Dsignpost.shared=<folder>");
  }

  static List<Mount> none() {
    return List.of();
  }
}
