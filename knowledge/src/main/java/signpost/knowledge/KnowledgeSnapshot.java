package signpost.knowledge;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.knowledge.index.PassageIndex;

/**
 * Keeps what indexing the documents produced (the Lucene index with its learned acronyms, the documents read and
 * the files skipped) in the cache folder, keyed by every file under the knowledge folders (path, size,
 * modification time), the load options and Signpost's build. A start with nothing changed opens that index
 * instead of reading, cutting and indexing every document again; any change makes a new entry. A damaged entry
 * is ignored and built again; the snapshot never changes what is answered.
 */
final class KnowledgeSnapshot {

  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeSnapshot.class);
  private static final String PREFIX = "knowledge-";
  private static final String CONTENTS = "contents.bin";
  /** How many snapshots are kept, for people who switch between knowledge folders; the oldest go first. */
  private static final int KEPT = 8;

  /**
   * What a snapshot holds beside the index.
   *
   * @param guideSections the document number of the first built-in passage under each heading path
   */
  record Contents(List<Document> documents, int passages, List<Skipped> skipped, List<String> warnings,
                  Map<String, Integer> guideSections) {}

  private final Path entry;

  private KnowledgeSnapshot(Path entry) {
    this.entry = entry;
  }

  /** Returns the snapshot for these options: the folders as they are now, in the options' cache folder. */
  static KnowledgeSnapshot of(LoadOptions options) {
    StringBuilder identity = new StringBuilder(codeStamp(options.cacheFolder())).append('|').append(options.maxFileBytes())
        .append('|').append(options.builtInGuide()).append('|').append(options.budget());
    for (Path folder : options.folders()) {
      Path root = folder.toAbsolutePath().normalize();
      identity.append('\u0000').append(root);
      for (Path file : files(root)) {
        try {
          identity.append('\n').append(root.relativize(file)).append('|').append(Files.size(file))
              .append('|').append(Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
          identity.append('\n').append(file).append("|unreadable");
        }
      }
    }
    return new KnowledgeSnapshot(options.cacheFolder().resolve("index").resolve(PREFIX + CacheFiles.key(identity.toString())));
  }

  /** Returns the index and contents kept, or empty when there is no such snapshot or it cannot be read. */
  Optional<Opened> open() {
    Path contents = entry.resolve(CONTENTS);
    if (!Files.isRegularFile(contents)) return Optional.empty();
    try (InputStream in = Files.newInputStream(contents)) {
      Contents read = read(new DataInputStream(in));
      return Optional.of(new Opened(PassageIndex.open(entry), read));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Ignored an unreadable knowledge snapshot {}: {}", entry, e.getMessage());
      delete(entry);
      return Optional.empty();
    }
  }

  /** An index opened from a snapshot, and what was kept with it. */
  record Opened(PassageIndex index, Contents contents) {}

  /** Keeps a copy of the index and the contents; a failure only costs the next start its speed. */
  void keep(PassageIndex index, Contents contents) {
    Path temporary = null;
    try {
      Files.createDirectories(entry.getParent());
      temporary = Files.createTempDirectory(entry.getParent(), "building-");
      index.copyTo(temporary);
      try (OutputStream out = Files.newOutputStream(temporary.resolve(CONTENTS))) {
        write(new DataOutputStream(out), contents);
      }
      move(temporary, entry);
      prune(entry.getParent());
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not keep a knowledge snapshot in {}: {}", entry.getParent(), e.getMessage());
    } finally {
      if (temporary != null) delete(temporary);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Another start may have kept the same snapshot first: it holds the same index.
      if (!Files.exists(to)) throw e;
    }
  }

  private static void prune(Path folder) throws IOException {
    List<Path> entries;
    try (Stream<Path> list = Files.list(folder)) {
      entries = list.filter(p -> p.getFileName().toString().startsWith(PREFIX))
          .sorted(Comparator.comparing(KnowledgeSnapshot::modified).reversed()).toList();
    }
    for (Path old : entries.subList(Math.min(KEPT, entries.size()), entries.size())) delete(old);
  }

  private static long modified(Path path) {
    try {
      return Files.getLastModifiedTime(path).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void delete(Path folder) {
    if (!Files.exists(folder)) return;
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.debug("Could not delete {}: {}", folder, e.getMessage());
    }
  }

  private static void write(DataOutputStream out, Contents contents) throws IOException {
    out.writeInt(contents.documents().size());
    for (Document d : contents.documents()) {
      out.writeUTF(d.file());
      out.writeUTF(d.title());
      for (String optional : new String[] {d.organisation(), d.kind(), d.published(), d.reviewBy()}) writeOptional(out, optional);
      out.writeBoolean(d.builtIn());
    }
    out.writeInt(contents.passages());
    out.writeInt(contents.skipped().size());
    for (Skipped s : contents.skipped()) {
      out.writeUTF(s.file().toString());
      out.writeUTF(s.reason());
    }
    out.writeInt(contents.warnings().size());
    for (String warning : contents.warnings()) out.writeUTF(warning);
    out.writeInt(contents.guideSections().size());
    for (Map.Entry<String, Integer> section : contents.guideSections().entrySet()) {
      out.writeUTF(section.getKey());
      out.writeInt(section.getValue());
    }
    out.flush();
  }

  private static Contents read(DataInputStream in) throws IOException {
    List<Document> documents = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      documents.add(new Document(in.readUTF(), in.readUTF(), readOptional(in), readOptional(in), readOptional(in),
          readOptional(in), in.readBoolean()));
    }
    int passages = in.readInt();
    List<Skipped> skipped = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) skipped.add(new Skipped(Path.of(in.readUTF()), in.readUTF()));
    List<String> warnings = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) warnings.add(in.readUTF());
    Map<String, Integer> guide = new HashMap<>();
    for (int i = in.readInt(); i > 0; i--) guide.put(in.readUTF(), in.readInt());
    return new Contents(documents, passages, skipped, warnings, guide);
  }

  private static void writeOptional(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) out.writeUTF(value);
  }

  private static String readOptional(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static List<Path> files(Path root) {
    if (!Files.isDirectory(root)) return List.of();
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    } catch (IOException e) {
      throw new KnowledgeException("cannot list " + root + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the stamp of the code that reads and indexes documents: the jar it runs from, or, from class folders
   * (a developer's build), every class file under the folder, since any of them may change what is indexed.
   */
  private static String codeStamp(Path cache) {
    String stamp = CodeStamp.of(KnowledgeSnapshot.class, CodeStamp.ABOVE_KNOWLEDGE, cache);
    try {
      Path code = Path.of(KnowledgeSnapshot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isDirectory(code)) return stamp;
      StringBuilder classes = new StringBuilder(stamp);
      for (Path file : files(code)) {
        classes.append('\n').append(code.relativize(file)).append('|').append(Files.size(file))
            .append('|').append(Files.getLastModifiedTime(file).toMillis());
      }
      return classes.toString();
    } catch (Exception e) {
      return "unknown-build-" + System.nanoTime();
    }
  }
}
