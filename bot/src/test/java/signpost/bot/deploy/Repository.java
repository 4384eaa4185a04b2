package signpost.bot.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository from where the tests run (the {@code bot} module under Maven, or the root). */
final class Repository {

  private Repository() {}

  /** Returns {@code relative} under the repository root. */
  static Path file(String relative) {
    for (Path root : new Path[] {Path.of(".."), Path.of(".")}) {
      Path candidate = root.resolve(relative);
      if (Files.isDirectory(root.resolve("deploy")) && Files.exists(candidate)) return candidate.toAbsolutePath().normalize();
    }
    throw new IllegalStateException(relative + " not found from " + Path.of("").toAbsolutePath());
  }
}
