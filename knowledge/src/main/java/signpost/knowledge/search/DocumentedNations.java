package signpost.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import signpost.knowledge.index.EdiAnalyzer;
import signpost.knowledge.index.PassageFields;
import signpost.knowledge.index.PassageIndex;
import signpost.knowledge.org.Nation;

/**
 * Which nation's equality law an organisation with no organisation file is under, as its own documents tell: a Scottish
 * council's documents speak of the Scottish specific duties and the Fairer Scotland Duty throughout, a Welsh body's of
 * the Welsh specific duties and the Welsh language, an English one's of neither. Counted once for each organisation, by
 * its passages that name each nation; England where none stands out.
 */
public final class DocumentedNations {

  /** How many of an organisation's passages must name a nation for its documents to place it there. */
  static final int AT_LEAST = 3;
  /** How many times as many passages must name it as name the other nations together. */
  static final int TIMES = 2;

  /** The words that name each nation. "English" is left out: it names a language as often ("if English is not your first language"). */
  private static final Map<Nation, String> NAMES = Map.of(
      Nation.SCOTLAND, "scotland scottish",
      Nation.WALES, "wales welsh",
      Nation.ENGLAND, "england");

  private final IndexSearcher searcher;
  private final Map<Nation, List<Term>> terms = new EnumMap<>(Nation.class);
  private final Map<String, Nation> found = new ConcurrentHashMap<>();

  public DocumentedNations(PassageIndex index) {
    this.searcher = index.searcher();
    try (Analyzer analyzer = EdiAnalyzer.forIndexing()) {
      NAMES.forEach((nation, words) -> terms.put(nation, terms(analyzer, words)));
    }
  }

  /** Returns the nation the organisation's own documents place it in, England where they place it nowhere else. */
  public Nation of(String organisation) {
    return found.computeIfAbsent(organisation, this::counted);
  }

  private Nation counted(String organisation) {
    Map<Nation, Integer> naming = new EnumMap<>(Nation.class);
    for (Nation nation : Nation.values()) naming.put(nation, passagesNaming(organisation, nation));
    int all = naming.values().stream().mapToInt(Integer::intValue).sum();
    for (Nation nation : List.of(Nation.SCOTLAND, Nation.WALES)) {
      int these = naming.get(nation);
      if (these >= AT_LEAST && these > TIMES * (all - these)) return nation;
    }
    return Nation.ENGLAND;
  }

  private int passagesNaming(String organisation, Nation nation) {
    List<Term> named = terms.get(nation);
    if (named.isEmpty()) return 0;
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    named.forEach(term -> any.add(new TermQuery(term), Occur.SHOULD));
    BooleanQuery query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(PassageFields.ORGANISATION, organisation)), Occur.FILTER)
        .add(any.build(), Occur.MUST)
        .build();
    try {
      return searcher.count(query);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot count the passages of " + organisation, e);
    }
  }

  /** Returns the terms the words are indexed as in passages' words. */
  private static List<Term> terms(Analyzer analyzer, String words) {
    List<Term> terms = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(PassageFields.WORDS, words)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) terms.add(new Term(PassageFields.WORDS, term.toString()));
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
