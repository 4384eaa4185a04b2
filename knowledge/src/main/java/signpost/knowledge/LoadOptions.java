package signpost.knowledge;

import java.nio.file.Path;
import java.util.List;

/**
 * How to load knowledge.
 *
 * @param folders the knowledge folders to read, in order
 * @param indexFolder where to write the index, or null to keep it in memory
 * @param maxFileBytes files larger than this are skipped
 * @param builtInGuide whether to include the built-in legal guide and glossary
 * @param cacheFolder where parsed documents are kept so a restart skips parsing unchanged files, or null
 * @param budget what one document may cost to read; one over it is skipped
 */
public record LoadOptions(List<Path> folders, Path indexFolder, long maxFileBytes, boolean builtInGuide,
                          Path cacheFolder, DocumentBudget budget) {

  /** The default largest file read: 50 MB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

  public LoadOptions {
    folders = List.copyOf(folders);
    java.util.Objects.requireNonNull(budget, "budget");
    if (maxFileBytes < 1) throw new IllegalArgumentException("maxFileBytes must be 1 or more: " + maxFileBytes);
  }

  /** Returns options with the default document budget. */
  public LoadOptions(List<Path> folders, Path indexFolder, long maxFileBytes, boolean builtInGuide, Path cacheFolder) {
    this(folders, indexFolder, maxFileBytes, builtInGuide, cacheFolder, DocumentBudget.DEFAULT);
  }

  /** Returns options that read the folders into memory with the built-in guide and default limits. */
  public static LoadOptions of(List<Path> folders) {
    return new LoadOptions(folders, null, DEFAULT_MAX_FILE_BYTES, true, null);
  }

  /** Returns these options with the index written to {@code folder}. */
  public LoadOptions withIndexFolder(Path folder) {
    return new LoadOptions(folders, folder, maxFileBytes, builtInGuide, cacheFolder, budget);
  }

  /** Returns these options keeping parsed documents in {@code folder} (null: no cache). */
  public LoadOptions withCacheFolder(Path folder) {
    return new LoadOptions(folders, indexFolder, maxFileBytes, builtInGuide, folder, budget);
  }

  /** Returns these options with a different budget for each document. */
  public LoadOptions withBudget(DocumentBudget other) {
    return new LoadOptions(folders, indexFolder, maxFileBytes, builtInGuide, cacheFolder, other);
  }

  /** Returns these options with a different size limit. */
  public LoadOptions withMaxFileBytes(long bytes) {
    return new LoadOptions(folders, indexFolder, bytes, builtInGuide, cacheFolder, budget);
  }
}
