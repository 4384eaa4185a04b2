package signpost.knowledge.org;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared example corpus that tests read from and never copy. */
public final class SharedCorpus {

  private SharedCorpus() {}

  /** Returns {@code <shared>/corpus}, found by system property {@code signpost.shared} or beside the build. */
  public static Path corpus() {
    String property = System.getProperty("signpost.shared");
    for (Path shared : new Path[] {
        property == null ? null : Path.of(property), Path.of("../shared"), Path.of("../../shared")}) {
      if (shared != null && Files.isDirectory(shared.resolve("corpus"))) return shared.resolve("corpus").normalize();
    }
    throw new IllegalStateException("shared corpus not found; set -Dsignpost.shared=<folder>");
  }

  /** Returns the path of {@code organisations/<id>.yaml} in the shared corpus. */
  public static Path organisation(String id) {
    return corpus().resolve("organisations").resolve(id + ".yaml");
  }
}
