package signpost.knowledge.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
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
      if (in != null) parser.parse(new StringReader(withEqiaNames(new String(in.readAllBytes(), StandardCharsets.UTF_8), learned)));
      parser.parse(learnedLines(learned));
      return parser.build();
    } catch (ParseException e) {
      throw new KnowledgeException(RESOURCE + ":" + e.getErrorOffset() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * An organisation's own name for an Equality Impact Assessment, as its documents define it with an abbreviation:
   * "Equality Analysis (EA)", "Equality and Community Impact Assessment (ECIA)", "Equality and Health Impact Assessment
   * (EHIA)".
   */
  private static final Pattern EQIA_NAME = Pattern.compile(
      "(?i)(?:equalit(?:y|ies)|integrated)\\b.*\\b(?:impact assessment|impact analysis|analysis)");

  /** The synonym file's line of Equality Impact Assessments: the line whose first term is this. */
  private static final String EQIA_LINE = "eqia,";

  /**
   * Returns the synonym file with the organisations' own names for an Equality Impact Assessment, and their
   * abbreviations, added as what any of its names also stands for: "do I need equality paperwork for this?" then
   * finds a toolkit that only ever writes "EA". One way only: "does this need an ECIA?" still asks in the words of the
   * organisation that calls it so, not of every guide that says "Equality Impact Assessment" (the name's own
   * abbreviation line joins the two). The file's lines keep their numbers, so a parse error still names its own line.
   */
  static String withEqiaNames(String file, Collection<Acronym> learned) {
    List<String> names = new ArrayList<>();
    for (Acronym acronym : learned) {
      if (!EQIA_NAME.matcher(acronym.longForm()).matches()) continue;
      names.add(escape(acronym.shortForm()));
      names.add(escape(acronym.longForm()));
    }
    if (names.isEmpty()) return file;
    for (String line : file.split("\n")) {
      if (line.strip().startsWith(EQIA_LINE)) return file + "\n" + line.strip() + " => " + String.join(", ", names) + "\n";
    }
    return file;
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
