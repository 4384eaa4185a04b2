package signpost.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.knowledge.index.Acronym;
import signpost.knowledge.index.PassageIndex;
import signpost.knowledge.ingest.FolderReader;
import signpost.knowledge.ingest.Manifest;
import signpost.knowledge.legal.LegalGuide;
import signpost.knowledge.org.Nation;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.OrganisationLoader;
import signpost.knowledge.search.DocumentedNations;
import signpost.knowledge.search.OrganisationNames;
import signpost.knowledge.search.PassageSearcher;
import signpost.knowledge.search.Ranking;
import signpost.knowledge.search.Results;
import signpost.knowledge.search.SearchRequest;

/**
 * Everything Signpost knows, loaded and indexed: the passages of the knowledge folders and the
 * built-in guide, and the organisations' structured facts. Thread-safe once loaded.
 */
public final class KnowledgeBase implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);

  private final PassageIndex index;
  private final PassageSearcher searcher;
  private final Map<String, Organisation> organisations;
  private final KnownOrganisations known;
  private final LoadReport report;
  private final Map<String, Document> documents = new LinkedHashMap<>();
  private final Function<String, Optional<Passage>> guideSections;
  private final DocumentedNations documentedNations;

  private KnowledgeBase(PassageIndex index, Map<String, Organisation> organisations, Map<String, String> listed,
                        LoadReport report, Function<String, Optional<Passage>> guideSections) {
    this.index = index;
    this.organisations = Map.copyOf(organisations);
    this.report = report;
    this.guideSections = guideSections;
    this.known = KnownOrganisations.of(organisations, listed,
        report.documents().stream().map(Document::organisation).toList());
    this.documentedNations = new DocumentedNations(index);
    this.searcher = new PassageSearcher(index, Ranking.DEFAULT, new OrganisationNames(known.writtenNames()), this::nation);
    for (Document document : report.documents()) documents.putIfAbsent(document.id(), document);
  }

  /**
   * Returns the knowledge of the folders, indexed as the options say.
   *
   * @throws KnowledgeException when a folder does not exist, or nothing at all could be indexed
   */
  public static KnowledgeBase load(LoadOptions options) {
    long start = System.nanoTime();
    List<Skipped> skipped = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, Organisation> organisations = new LinkedHashMap<>();
    Map<String, String> listed = new LinkedHashMap<>();
    for (Path folder : options.folders()) {
      if (!Files.isDirectory(folder)) throw new KnowledgeException("not a knowledge folder: " + folder);
      readOrganisations(folder.resolve("organisations"), organisations, skipped, warnings);
      listed.putAll(listedOrganisations(folder));
    }
    KnowledgeSnapshot snapshot = options.cacheFolder() == null || options.indexFolder() != null ? null
        : KnowledgeSnapshot.of(options);
    Optional<KnowledgeSnapshot.Opened> kept = snapshot == null ? Optional.empty() : snapshot.open();
    if (kept.isPresent()) {
      KnowledgeSnapshot.Contents contents = kept.get().contents();
      skipped.addAll(0, contents.skipped());
      warnings.addAll(0, contents.warnings());
      PassageIndex index = kept.get().index();
      Map<String, Integer> guide = contents.guideSections();
      return new KnowledgeBase(index, organisations, listed, report(contents.documents(), contents.passages(),
          organisations, skipped, warnings, start), path -> Optional.ofNullable(guide.get(path)).map(index::passage));
    }
    Read read = read(options);
    List<Passage> passages = read.passages();
    skipped.addAll(0, read.skipped());
    warnings.addAll(0, read.warnings());
    if (passages.isEmpty()) throw new KnowledgeException("nothing could be indexed from " + options.folders()
        + (skipped.isEmpty() ? "" : "; skipped: " + skipped));
    PassageIndex index = options.indexFolder() == null
        ? PassageIndex.inMemory(passages) : PassageIndex.onDisk(passages, options.indexFolder());
    if (snapshot != null) {
      snapshot.keep(index, new KnowledgeSnapshot.Contents(read.documents(), passages.size(), read.skipped(), read.warnings(),
          guideSections(index)));
    }
    Map<String, Passage> guide = new LinkedHashMap<>();
    for (Passage passage : passages) if (passage.document().builtIn()) guide.putIfAbsent(passage.sectionPath(), passage);
    return new KnowledgeBase(index, organisations, listed, report(read.documents(), passages.size(), organisations, skipped,
        warnings, start), path -> Optional.ofNullable(guide.get(path)));
  }

  /** What reading the folders and the built-in guide produced. */
  private record Read(List<Document> documents, List<Passage> passages, List<Skipped> skipped, List<String> warnings) {}

  private static Read read(LoadOptions options) {
    List<Document> documents = new ArrayList<>();
    List<Passage> passages = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    FolderReader reader = new FolderReader(options.maxFileBytes(), options.cacheFolder(), options.budget());
    for (Path folder : options.folders()) {
      FolderReader.Result result = reader.read(folder);
      documents.addAll(result.documents());
      passages.addAll(result.passages());
      skipped.addAll(result.skipped());
      warnings.addAll(result.warnings());
    }
    if (options.builtInGuide()) {
      documents.addAll(LegalGuide.documents());
      passages.addAll(LegalGuide.passages());
    }
    return new Read(documents, passages, skipped, warnings);
  }

  private static LoadReport report(List<Document> documents, int passages, Map<String, Organisation> organisations,
                                   List<Skipped> skipped, List<String> warnings, long start) {
    return new LoadReport(documents, passages, List.copyOf(organisations.keySet()), skipped, warnings,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Returns the index's document number of the first built-in passage under each heading path, so that a snapshot
   * finds a guide section without decoding every passage at start.
   */
  private static Map<String, Integer> guideSections(PassageIndex index) {
    Map<String, Integer> first = new LinkedHashMap<>();
    Map<String, Integer> ordinals = new LinkedHashMap<>();
    for (int doc = 0; doc < index.size(); doc++) {
      Passage passage = index.passage(doc);
      if (!passage.document().builtIn()) continue;
      String path = passage.sectionPath();
      // First in reading order: the guide's documents in turn, then each one's passages.
      List<String> files = LegalGuide.documents().stream().map(Document::file).toList();
      int order = files.indexOf(passage.document().file()) * 100_000 + passage.ordinal();
      if (!ordinals.containsKey(path) || order < ordinals.get(path)) {
        ordinals.put(path, order);
        first.put(path, doc);
      }
    }
    return first;
  }

  /** Returns the organisations the folder's manifest lists; a manifest that cannot be read was already reported as skipped. */
  private static Map<String, String> listedOrganisations(Path folder) {
    Path file = folder.resolve("manifest.yaml");
    if (!Files.exists(file)) return Map.of();
    try {
      return Manifest.load(file).organisationNames();
    } catch (KnowledgeException e) {
      return Map.of();
    }
  }

  private static void readOrganisations(Path folder, Map<String, Organisation> into, List<Skipped> skipped, List<String> warnings) {
    if (Files.isSymbolicLink(folder)) {
      LOG.warn("Skipped {}: a symbolic link", folder);
      skipped.add(new Skipped(folder, "a symbolic link; Signpost reads only regular files and never follows links"));
      return;
    }
    if (!Files.isDirectory(folder)) return;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList()) {
        try {
          Organisation organisation = OrganisationLoader.load(file);
          into.put(organisation.id(), organisation);
          warnings.addAll(organisation.warnings());
        } catch (KnowledgeException e) {
          LOG.warn("Skipped {}: {}", file, e.getMessage());
          skipped.add(new Skipped(file, e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new KnowledgeException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Returns the best passages for the request, best first; their snippets are made on request. */
  public Results search(SearchRequest request) {
    return searcher.search(request);
  }

  /** Returns the organisation with this id, if its facts were loaded. */
  public Optional<Organisation> organisation(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(organisations.get(id));
  }

  /**
   * Returns the nation whose equality law applies to the organisation: its organisation file's, or, where it has none,
   * the one its own documents place it in ("the Scottish specific duties", "the Fairer Scotland Duty"); England where
   * nothing says otherwise.
   */
  public Nation nation(String organisation) {
    if (organisation == null) return Nation.ENGLAND;
    Organisation file = organisations.get(organisation);
    return file != null ? file.nation() : documentedNations.of(organisation);
  }

  /** Returns the organisations this knowledge answers for, which turn a name someone gives into an id. */
  public KnownOrganisations knownOrganisations() {
    return known;
  }

  /**
   * Returns the id of the organisation named by an id, full name or alias in any case; null for null or blank.
   *
   * @throws UnknownOrganisationException when it names no known organisation, listing the known ids
   */
  public String resolveOrganisation(String idOrName) {
    return known.resolve(idOrName);
  }

  /** Returns the organisations whose facts were loaded, by id. */
  public Map<String, Organisation> organisations() {
    return organisations;
  }

  /** Returns the document with this id (its file name without extension), if it was read. */
  public Optional<Document> document(String id) {
    return Optional.ofNullable(documents.get(id));
  }

  /**
   * Returns the first passage of the built-in guide under a heading path, e.g.
   * {@code "The Public Sector Equality Duty > What the PSED means for your team"}.
   */
  public Optional<Passage> guideSection(String sectionPath) {
    return guideSections.apply(sectionPath);
  }

  /** Returns the abbreviations the documents define ("Equality Impact and Needs Assessment (EINA)"), first seen first. */
  public List<Acronym> acronyms() {
    return index.acronyms();
  }

  /** Returns what loading did: documents, passages, skipped files, time. */
  public LoadReport report() {
    return report;
  }

  @Override
  public void close() {
    index.close();
  }
}
