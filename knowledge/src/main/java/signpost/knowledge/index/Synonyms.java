package signpost.knowledge.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import signpost.knowledge.KnowledgeException;

/**
 * Builds the synonym map for questions from the EDI synonym file ({@code signpost/index/synonyms.txt},
 * Solr format) and the acronyms learned from the documents being indexed.
 */
public final class Synonyms {

  static final String RESOURCE = "/signpost/index/synonyms.txt";

  private Synonyms() {}

  /**
   * Returns the synonym map of the built-in file plus the learned acronyms.
   *
   * @throws KnowledgeException when the synonym file does not parse, with its line
   */
  public static SynonymMap build(Collection<Acronym> learned) {
    SolrSynonymParser parser = new SolrSynonymParser(true, true, entryAnalyzer());
    try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
      if (in != null) parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
      parser.parse(learnedLines(learned));
      return parser.build();
    } catch (ParseException e) {
      throw new KnowledgeException(RESOURCE + ":" + e.getErrorOffset() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static Reader learnedLines(Collection<Acronym> learned) {
    StringBuilder lines = new StringBuilder();
    for (Acronym acronym : learned) {
      lines.append(escape(acronym.shortForm())).append(", ").append(escape(acronym.longForm())).append('\n');
    }
    return new StringReader(lines.toString());
  }

  private static String escape(String term) {
    return term.toLowerCase(java.util.Locale.ROOT).replaceAll("[,=>\\\\#]", " ");
  }

  /** Analyses synonym entries the way questions are analysed up to the synonym step. */
  private static Analyzer entryAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }
    };
  }
}
