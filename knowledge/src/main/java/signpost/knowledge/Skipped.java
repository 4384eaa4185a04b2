package signpost.knowledge;

import java.nio.file.Path;

/**
 * A file that was not indexed, and why.
 *
 * @param file the file
 * @param reason a specific reason a person can act on, e.g. "encrypted PDF" or "line 12: ..."
 */
public record Skipped(Path file, String reason) {

  @Override
  public String toString() {
    return file + ": " + reason;
  }
}
