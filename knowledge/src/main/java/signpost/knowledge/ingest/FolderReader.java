package signpost.knowledge.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.knowledge.Document;
import signpost.knowledge.DocumentBudget;
import signpost.knowledge.KnowledgeFiles;
import signpost.knowledge.KnowledgeException;
import signpost.knowledge.Passage;
import signpost.knowledge.Skipped;

/**
 * Reads a knowledge folder: its optional {@code manifest.yaml} and every document file below it
 * (except the {@code organisations/} folder), cut into passages. A file that cannot be read is skipped
 * with its reason; the rest is read. Only regular files are read: a symbolic link (to a file or a folder),
 * a pipe or a device is skipped, and no file is read past the size limit (see {@link KnowledgeFiles}).
 * Each document is read within its {@link DocumentBudget}; one over it, or one whose parser fails in any way,
 * is skipped and named.
 */
public final class FolderReader {

  private static final Logger LOG = LoggerFactory.getLogger(FolderReader.class);
  private static final String MANIFEST = "manifest.yaml";

  /** What reading one folder produced. */
  public record Result(List<Document> documents, List<Passage> passages, List<Skipped> skipped, List<String> warnings) {}

  private final long maxFileBytes;
  private final BlockCache cache;
  private final DocumentBudget budget;

  public FolderReader(long maxFileBytes) {
    this(maxFileBytes, null);
  }

  public FolderReader(long maxFileBytes, Path cacheFolder) {
    this(maxFileBytes, cacheFolder, DocumentBudget.DEFAULT);
  }

  /**
   * Returns a reader that keeps parsed documents in {@code cacheFolder}, so restarts skip parsing
   * unchanged files; null keeps nothing.
   */
  public FolderReader(long maxFileBytes, Path cacheFolder, DocumentBudget budget) {
    this.maxFileBytes = maxFileBytes;
    this.cache = cacheFolder == null ? null : new BlockCache(cacheFolder);
    this.budget = budget;
  }

  /**
   * Returns the documents and passages of the folder.
   *
   * @throws KnowledgeException when the folder does not exist or cannot be listed
   */
  public Result read(Path folder) {
    if (!Files.isDirectory(folder)) throw new KnowledgeException("not a knowledge folder: " + folder);
    List<Skipped> skipped = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Manifest manifest = manifest(folder, skipped, warnings);
    List<Document> documents = new ArrayList<>();
    List<Passage> passages = new ArrayList<>();
    for (Path file : files(folder, skipped)) {
      Optional<Document> read = readOne(folder, file, manifest, passages, skipped);
      read.ifPresent(documents::add);
    }
    return new Result(documents, passages, skipped, warnings);
  }

  private Manifest manifest(Path folder, List<Skipped> skipped, List<String> warnings) {
    Path file = folder.resolve(MANIFEST);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return Manifest.empty();
    try {
      Manifest manifest = Manifest.load(file);
      warnings.addAll(manifest.warnings());
      return manifest;
    } catch (KnowledgeException e) {
      skip(skipped, file, e.getMessage());
      return Manifest.empty();
    }
  }

  private Optional<Document> readOne(Path folder, Path file, Manifest manifest, List<Passage> passages, List<Skipped> skipped) {
    Optional<DocumentParser> parser = Parsers.forFile(file);
    if (parser.isEmpty()) return skip(skipped, file, "unknown file type; Signpost reads " + Parsers.extensions());
    try {
      long size = Files.size(file);
      if (size > maxFileBytes) return skip(skipped, file, "larger than the limit of " + maxFileBytes + " bytes (" + size + ")");
      Read read = Budgeted.run(file.getFileName().toString(), budget.time(), budget.memory(), () -> readWithin(folder, file, manifest, parser.get()));
      if (read.passages().isEmpty()) return skip(skipped, file, "no text to index");
      passages.addAll(read.passages());
      return Optional.of(read.document());
    } catch (IOException | RuntimeException e) {
      return skip(skipped, file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    } catch (Budgeted.Refused e) {
      return skip(skipped, file, e.getMessage());
    }
  }

  private record Read(Document document, List<Passage> passages) {}

  /** Parses the file and cuts it into passages; runs on the document's own thread, within its budget. */
  private Read readWithin(Path folder, Path file, Manifest manifest, DocumentParser parser) throws IOException {
    String name = file.getFileName().toString();
    BlockCache.Parse parse = () -> parser.parse(name, KnowledgeFiles.read(file, maxFileBytes));
    List<Block> blocks = cache == null ? parse.blocks() : cache.blocks(file, parse);
    Document document = describe(folder, file, manifest, blocks);
    List<Passage> found = new Passager().passages(document, blocks).stream()
        .filter(p -> !p.text().strip().equalsIgnoreCase(document.title().strip())).toList();
    if (found.size() > budget.passages()) {
      throw new KnowledgeException("gives more than the limit of " + budget.passages() + " passages (" + found.size() + ")");
    }
    return new Read(document, found);
  }

  private static Document describe(Path folder, Path file, Manifest manifest, List<Block> blocks) {
    String name = file.getFileName().toString();
    Optional<ManifestEntry> entry = manifest.entry(folder.relativize(file).toString().replace('\\', '/'))
        .or(() -> manifest.entry(name));
    String title = entry.map(ManifestEntry::title).orElse(null);
    if (title == null) title = blocks.stream().filter(b -> b.kind() == Block.Kind.HEADING).map(Block::text)
        .findFirst().orElse(name);
    return new Document(name, title, entry.map(ManifestEntry::organisation).orElse(null),
        entry.map(ManifestEntry::kind).orElse(null), entry.map(ManifestEntry::published).orElse(null),
        entry.map(ManifestEntry::reviewBy).orElse(null), false);
  }

  /**
   * Returns the regular files below the folder, skipping (with the reason) links and special files. The walk
   * never follows a link, so it never leaves the folder.
   */
  private static List<Path> files(Path folder, List<Skipped> skipped) {
    List<Path> candidates;
    try (Stream<Path> walk = Files.walk(folder)) {
      candidates = walk.filter(p -> !p.equals(folder))
          .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !folder.relativize(p).startsWith("organisations"))
          .filter(p -> !p.getFileName().toString().equals(MANIFEST))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new KnowledgeException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    List<Path> files = new ArrayList<>();
    for (Path file : candidates) {
      Optional<String> refused = KnowledgeFiles.refusal(file);
      if (refused.isPresent()) skip(skipped, file, refused.get());
      else files.add(file);
    }
    return files;
  }

  private static <T> Optional<T> skip(List<Skipped> skipped, Path file, String reason) {
    LOG.warn("Skipped {}: {}", file, reason);
    skipped.add(new Skipped(file, reason));
    return Optional.empty();
  }
}
