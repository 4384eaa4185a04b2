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
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.knowledge.index.PassageIndex;
import signpost.knowledge.ingest.FolderReader;
import signpost.knowledge.legal.LegalGuide;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.OrganisationLoader;
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
  private final LoadReport report;
  private final Map<String, Document> documents = new LinkedHashMap<>();
  private final Map<String, Passage> guideSections = new LinkedHashMap<>();

  private KnowledgeBase(PassageIndex index, Map<String, Organisation> organisations, LoadReport report,
                        List<Passage> passages, Map<String, List<String>> organisationNames) {
    this.index = index;
    this.searcher = new PassageSearcher(index, Ranking.DEFAULT, new OrganisationNames(organisationNames));
    this.organisations = Map.copyOf(organisations);
    this.report = report;
    for (Document document : report.documents()) documents.putIfAbsent(document.id(), document);
    for (Passage passage : passages) {
      if (passage.document().builtIn()) guideSections.putIfAbsent(passage.sectionPath(), passage);
    }
  }

  /**
   * Returns the knowledge of the folders, indexed as the options say.
   *
   * @throws KnowledgeException when a folder does not exist, or nothing at all could be indexed
   */
  public static KnowledgeBase load(LoadOptions options) {
    long start = System.nanoTime();
    List<Document> documents = new ArrayList<>();
    List<Passage> passages = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, Organisation> organisations = new LinkedHashMap<>();
    Map<String, List<String>> names = new LinkedHashMap<>();
    FolderReader reader = new FolderReader(options.maxFileBytes(), options.cacheFolder());
    for (Path folder : options.folders()) {
      FolderReader.Result result = reader.read(folder);
      documents.addAll(result.documents());
      passages.addAll(result.passages());
      skipped.addAll(result.skipped());
      warnings.addAll(result.warnings());
      readOrganisations(folder.resolve("organisations"), organisations, skipped, warnings);
      result.organisationNames().forEach((id, name) -> names.computeIfAbsent(id, k -> new ArrayList<>()).add(name));
    }
    for (Document document : documents) {
      if (document.organisation() != null) names.computeIfAbsent(document.organisation(), k -> new ArrayList<>());
    }
    organisations.values().forEach(org -> {
      List<String> known = names.computeIfAbsent(org.id(), k -> new ArrayList<>());
      known.add(org.name());
      known.addAll(org.aliases());
    });
    if (options.builtInGuide()) {
      documents.addAll(LegalGuide.documents());
      passages.addAll(LegalGuide.passages());
    }
    if (passages.isEmpty()) throw new KnowledgeException("nothing could be indexed from " + options.folders()
        + (skipped.isEmpty() ? "" : "; skipped: " + skipped));
    PassageIndex index = options.indexFolder() == null
        ? PassageIndex.inMemory(passages) : PassageIndex.onDisk(passages, options.indexFolder());
    LoadReport report = new LoadReport(documents, passages.size(), List.copyOf(organisations.keySet()),
        skipped, warnings, Duration.ofNanos(System.nanoTime() - start));
    return new KnowledgeBase(index, organisations, report, passages, names);
  }

  private static void readOrganisations(Path folder, Map<String, Organisation> into, List<Skipped> skipped, List<String> warnings) {
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
    return Optional.ofNullable(guideSections.get(sectionPath));
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
