package signpost.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.SingleInstanceLockFactory;
import signpost.knowledge.Document;
import signpost.knowledge.KnowledgeException;
import signpost.knowledge.Passage;

/**
 * An open Lucene index of passages, in memory or on disk, with the analyzer its questions need.
 * The acronyms learned from the documents are kept in the index's commit data, so an index opened
 * from disk searches exactly as the one that was built.
 */
public final class PassageIndex implements AutoCloseable {

  private static final String ACRONYMS = "signpost.acronyms";

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer questionAnalyzer;
  private final List<Acronym> acronyms;
  /** Passages and their indexed terms by document number, decoded once: the hot path of every question. */
  private final AtomicReferenceArray<Passage> passages;
  private final AtomicReferenceArray<Set<String>> terms;
  private final EdiAnalyzer passageAnalyzer = EdiAnalyzer.forIndexing();
  /** The terms of each document's title, by document id. */
  private final Map<String, Set<String>> titles = new ConcurrentHashMap<>();

  private PassageIndex(Directory directory, List<Acronym> acronyms) throws IOException {
    this(directory, DirectoryReader.open(directory), acronyms);
  }

  private PassageIndex(Directory directory, DirectoryReader reader, List<Acronym> acronyms) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.acronyms = List.copyOf(acronyms);
    SynonymMap synonyms = Synonyms.build(acronyms);
    this.questionAnalyzer = EdiAnalyzer.forQuestions(synonyms);
    this.passages = new AtomicReferenceArray<>(reader.maxDoc());
    this.terms = new AtomicReferenceArray<>(reader.maxDoc());
  }

  /**
   * Returns an index of the passages held in memory. Each file is kept as one buffer: the default of
   * many small buffers makes every clone of an input (one per term looked up) copy the whole list.
   */
  public static PassageIndex inMemory(Collection<Passage> passages) {
    return build(passages, new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
        ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER));
  }

  /** Returns an index of the passages written to {@code folder}, replacing any index there. */
  public static PassageIndex onDisk(Collection<Passage> passages, Path folder) {
    try {
      return build(passages, FSDirectory.open(folder));
    } catch (IOException e) {
      throw new KnowledgeException("cannot write an index in " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the index previously written to {@code folder}.
   *
   * @throws KnowledgeException when the folder holds no index
   */
  public static PassageIndex open(Path folder) {
    try {
      Directory directory = FSDirectory.open(folder);
      DirectoryReader reader = DirectoryReader.open(directory);
      Map<String, String> data = reader.getIndexCommit().getUserData();
      return new PassageIndex(directory, reader, decode(data.getOrDefault(ACRONYMS, "")));
    } catch (IndexNotFoundException e) {
      throw new KnowledgeException("no Signpost index in " + folder, e);
    } catch (IOException e) {
      throw new KnowledgeException("cannot open the index in " + folder + ": " + e.getMessage(), e);
    }
  }

  private static PassageIndex build(Collection<Passage> passages, Directory directory) {
    AcronymLearner learner = new AcronymLearner();
    // Merging only neighbouring segments keeps the passages numbered in their documents' order, so a passage's
    // neighbours in its document are its neighbours by number (the default policy merges any segments).
    IndexWriterConfig config = new IndexWriterConfig(EdiAnalyzer.forIndexing())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setMergePolicy(new LogByteSizeMergePolicy());
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (Passage passage : passages) {
        learner.read(passage.text());
        writer.addDocument(PassageFields.toLucene(passage));
      }
      writer.setLiveCommitData(Map.of(ACRONYMS, encode(learner.acronyms())).entrySet());
      writer.commit();
      return new PassageIndex(directory, learner.acronyms());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the index", e);
    }
  }

  /**
   * Writes a copy of this index, with its learned acronyms, into {@code folder}, which must be empty or absent,
   * so that {@link #open(Path)} reads it back as it is.
   *
   * @throws IOException when the folder cannot be written
   */
  public void copyTo(Path folder) throws IOException {
    try (Directory target = FSDirectory.open(folder)) {
      for (String file : directory.listAll()) {
        if (!file.equals("write.lock")) target.copyFrom(directory, file, file, IOContext.DEFAULT);
      }
      target.sync(List.of(target.listAll()));
    }
  }

  /** Returns the searcher over the index. */
  public IndexSearcher searcher() {
    return searcher;
  }

  /** Returns the analyzer for questions: the indexing chain plus synonyms and learned acronyms. */
  public Analyzer questionAnalyzer() {
    return questionAnalyzer;
  }

  /** Returns the acronyms learned from the indexed documents. */
  public List<Acronym> acronyms() {
    return acronyms;
  }

  /** Returns the number of passages indexed. */
  public int size() {
    return reader.numDocs();
  }

  /** Returns the passage stored under a Lucene document number. */
  public Passage passage(int docId) {
    Passage passage = passages.get(docId);
    if (passage == null) {
      try {
        passage = PassageFields.fromLucene(searcher.storedFields().document(docId));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read passage " + docId, e);
      }
      passages.set(docId, passage);
    }
    return passage;
  }

  /**
   * Returns the distinct terms a passage's text, section headings and document title are indexed as: a
   * passage of the peer challenge report is about the peer challenge whether or not it says so again.
   */
  public Set<String> terms(int docId) {
    Set<String> found = terms.get(docId);
    if (found == null) {
      Passage passage = passage(docId);
      found = analyse(passage.text() + " " + String.join(" ", passage.section()) + " " + passage.document().title()
          + " " + introduction(docId, passage) + told(passage.text()));
      terms.set(docId, found);
    }
    return found;
  }

  /** An e-mail address written out: "farah.siddiqui@nhs.net". */
  private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  /**
   * Returns the words a passage tells by what it writes, not by name: an address written out is an e-mail given, so a
   * contacts table's row ("Who: Farah Siddiqui; Role: Head of EDI; Contact: farah.siddiqui@nhs.net") covers "whats the
   * EDI lead's email". Only the words a passage's coverage is read from ({@link #terms}) hold them, never its text.
   */
  private static String told(String text) {
    return EMAIL_ADDRESS.matcher(text).find() ? " email" : "";
  }

  /**
   * Returns the text of the passage just before this one in the same section, or "": it introduces what this one goes
   * on about ("The Council has a staff network, IDEAL ..." then "Members of the network ... meet during work hours").
   */
  private String introduction(int docId, Passage passage) {
    if (docId == 0) return "";
    Passage before = passage(docId - 1);
    return passage.introducedBy(before) ? before.text() : "";
  }

  /** Returns the distinct terms the title of the passage's document is indexed as. */
  public Set<String> titleTerms(int docId) {
    Document document = passage(docId).document();
    return titles.computeIfAbsent(document.id(), id -> analyse(document.title()));
  }

  private Set<String> analyse(String text) {
    Set<String> found = new HashSet<>();
    try (TokenStream stream = passageAnalyzer.tokenStream(PassageFields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) found.add(term.toString());
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse a passage", e);
    }
    return Set.copyOf(found);
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index", e);
    }
  }

  private static String encode(List<Acronym> acronyms) {
    StringBuilder out = new StringBuilder();
    for (Acronym a : acronyms) out.append(a.shortForm()).append('\t').append(a.longForm()).append('\n');
    return out.toString();
  }

  private static List<Acronym> decode(String encoded) {
    List<Acronym> acronyms = new ArrayList<>();
    for (String line : encoded.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) acronyms.add(new Acronym(line.substring(0, tab), line.substring(tab + 1)));
    }
    return acronyms;
  }
}
