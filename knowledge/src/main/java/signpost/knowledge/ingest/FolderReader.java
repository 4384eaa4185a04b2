package signpost.knowledge.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.knowledge.Document;
import signpost.knowledge.KnowledgeException;
import signpost.knowledge.Passage;
import signpost.knowledge.Skipped;

/**
 * Reads a knowledge folder: its optional {@code manifest.yaml} and every document file below it
 * (except the {@code organisations/} folder), cut into passages. A file that cannot be read is skipped
 * with its reason; the rest is read.
 */
public final class FolderReader {

  private static final Logger LOG = LoggerFactory.getLogger(FolderReader.class);
  private static final String MANIFEST = "manifest.yaml";

  /**
   * What reading one folder produced.
   *
   * @param organisationNames the full names of the organisations the manifest lists, by id
   */
  public record Result(List<Document> documents, List<Passage> passages, List<Skipped> skipped, List<String> warnings,
                       Map<String, String> organisationNames) {}

  private final long maxFileBytes;
  private final BlockCache cache;

  public FolderReader(long maxFileBytes) {
    this(maxFileBytes, null);
  }

  /**
   * Returns a reader that keeps parsed documents in {@code cacheFolder}, so restarts skip parsing
   * unchanged files; null keeps nothing.
   */
  public FolderReader(long maxFileBytes, Path cacheFolder) {
    this.maxFileBytes = maxFileBytes;
    this.cache = cacheFolder == null ? null : new BlockCache(cacheFolder);
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
    for (Path file : files(folder)) {
      Optional<Document> read = readOne(folder, file, manifest, passages, skipped);
      read.ifPresent(documents::add);
    }
    return new Result(documents, passages, skipped, warnings, manifest.organisationNames());
  }

  private Manifest manifest(Path folder, List<Skipped> skipped, List<String> warnings) {
    Path file = folder.resolve(MANIFEST);
    if (!Files.exists(file)) return Manifest.empty();
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
      List<Block> blocks = cache == null ? parser.get().parse(file) : cache.blocks(file, () -> parser.get().parse(file));
      Document document = describe(folder, file, manifest, blocks);
      List<Passage> found = new Passager().passages(document, blocks).stream()
          .filter(p -> !p.text().strip().equalsIgnoreCase(document.title().strip())).toList();
      if (found.isEmpty()) return skip(skipped, file, "no text to index");
      passages.addAll(found);
      return Optional.of(document);
    } catch (IOException | RuntimeException e) {
      return skip(skipped, file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
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

  private static List<Path> files(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !folder.relativize(p).startsWith("organisations"))
          .filter(p -> !p.getFileName().toString().equals(MANIFEST))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    } catch (IOException e) {
      throw new KnowledgeException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  private static <T> Optional<T> skip(List<Skipped> skipped, Path file, String reason) {
    LOG.warn("Skipped {}: {}", file, reason);
    skipped.add(new Skipped(file, reason));
    return Optional.empty();
  }
}
