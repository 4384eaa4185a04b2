package signpost.knowledge.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared folder holding the real corpus, which is read in place and never copied. */
public final class SharedFiles {

  private SharedFiles() {}

  /** Returns the path of a file in the shared corpus folder. */
  public static Path corpus(String name) {
    return shared().resolve("corpus").resolve(name);
  }

  /** Returns the path of a file in the shared plain-text corpus folder. */
  public static Path corpusText(String name) {
    return shared().resolve("corpus-text").resolve(name);
  }

  private static Path shared() {
    String property = System.getProperty("signpost.shared");
    for (Path candidate : new Path[] {
        property == null ? null : Path.of(property), Path.of("../../shared"), Path.of("../shared")}) {
      if (candidate != null && Files.isDirectory(candidate.resolve("corpus"))) return candidate;
    }
    throw new IllegalStateException("shared folder not found; set -Dsignpost.shared, tried: " + property);
  }
}
