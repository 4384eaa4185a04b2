package signpost.knowledge.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The English analysis chain for passages: standard tokens, possessives dropped, lower case, EDI
 * synonyms (at query time only, so multi-word synonyms stay a correct graph), stop words, Porter stems.
 *
 * <p>The {@link PassageFields#WORDS} field keeps words as written, only lower-cased, so a misspelt
 * question word can be matched to a real one.
 *
 * <p>Synonyms run before stop words and stems so that the synonym file can be written as people write
 * the terms ("equality diversity and inclusion").
 */
public final class EdiAnalyzer extends Analyzer {

  private final SynonymMap synonyms;
  private final CharArraySet stopWords;
  /** True for the chain that reads questions, false for the one that indexes passages. */
  private final boolean questions;

  private EdiAnalyzer(SynonymMap synonyms, CharArraySet stopWords, boolean questions) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.synonyms = synonyms;
    this.stopWords = stopWords;
    this.questions = questions;
  }

  /** Returns the chain used to index passages: no synonyms, English stop words. */
  public static EdiAnalyzer forIndexing() {
    return new EdiAnalyzer(null, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
  }

  /** Returns the chain used for questions: synonyms, and question words also treated as stop words. */
  public static EdiAnalyzer forQuestions(SynonymMap synonyms) {
    return new EdiAnalyzer(synonyms, QuestionWords.STOP_SET, true);
  }

  /**
   * "19.2%" is read "19.2 percent": the tokenizer drops the sign, and with it the share that "what proportion ...?"
   * and "what percentage ...?" ask for (the synonyms join them to "percent").
   */
  private static final NormalizeCharMap PER_CENT;

  static {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("%", " percent");
    PER_CENT = map.build();
  }

  /**
   * In a question, "on top of" is "besides" ("the extra groups we look at on top of the protected characteristics"), a
   * word that asks nothing; "top" alone is no question word ("the top of band 6").
   */
  private static final NormalizeCharMap IDIOMS;

  static {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("on top of", "besides");
    map.add("On top of", "Besides");
    IDIOMS = map.build();
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    if (PassageFields.WORDS.equals(fieldName)) return reader;
    Reader read = new MappingCharFilter(PER_CENT, reader);
    return questions ? new MappingCharFilter(IDIOMS, read) : read;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    if (PassageFields.WORDS.equals(fieldName)) {
      return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
    }
    TokenStream chain = new EnglishPossessiveFilter(source);
    chain = new LowerCaseFilter(chain);
    // "Menopause Café" is found by "menopause cafe": accents are folded, as people seldom type them.
    chain = new ASCIIFoldingFilter(chain);
    if (synonyms != null && synonyms.fst != null) chain = new SynonymGraphFilter(chain, synonyms, true);
    chain = new StopFilter(chain, stopWords);
    chain = new PorterStemFilter(chain);
    return new TokenStreamComponents(source, chain);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
