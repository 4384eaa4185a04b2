package signpost.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import signpost.knowledge.CacheFiles;
import signpost.knowledge.index.PassageFields;

/**
 * Corrects the misspelt words of a question ("stratgy", "disabilty", "unconcious") to the nearest word
 * the documents use. Only a word that matches nothing in the index, even after stemming and synonyms,
 * is corrected, and only to a word one edit away (two for words of eight letters or more) that starts
 * with the same letter: a word the documents simply do not know ("lasagne") stays as it is, so the
 * question still reads as one the documents do not cover. Thread-safe.
 */
final class Spelling {

  /** A word, with what an apostrophe joins to it ("doesn't", "council's"), which is never corrected: "doesn" is no misspelling. */
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['\u2019]\\p{L}+)*");
  /** Shorter words have too many one-edit neighbours ("bins", "bias") to correct safely. */
  private static final int SHORTEST = 5;
  private static final int LONG_WORD = 8;

  /** How many words' corrections are remembered; all are forgotten when it is reached (a few megabytes at most). */
  private static final int REMEMBERED = 10_000;

  private final IndexReader reader;
  private final Map<String, String> corrections = new ConcurrentHashMap<>();
  private final AtomicLong workedOut = new AtomicLong();
  private final Analyzer questionAnalyzer;
  private final Terms words;

  Spelling(IndexReader reader, Analyzer questionAnalyzer) {
    this.reader = reader;
    this.questionAnalyzer = questionAnalyzer;
    try {
      this.words = MultiTerms.getTerms(reader, PassageFields.WORDS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index vocabulary", e);
    }
  }

  /** Returns the question with each misspelt word replaced by its correction; the question itself when none is. */
  String correct(String question) {
    if (words == null) return question;
    Matcher word = WORD.matcher(question);
    StringBuilder corrected = new StringBuilder();
    try {
      while (word.find()) word.appendReplacement(corrected, Matcher.quoteReplacement(remembered(word.group())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check the spelling of: " + question, e);
    }
    return word.appendTail(corrected).toString();
  }

  /**
   * Returns the word's correction, worked out once per word for this index: finding the near words of an unknown one
   * builds Levenshtein automata, a fifth of what answering a question allocated. The words are kept only as digests
   * ({@link CacheFiles#key}) and only corrections (words of the documents) as values, so no word of anyone's question
   * stays in memory.
   */
  private String remembered(String written) throws IOException {
    String key = CacheFiles.key(written);
    String known = corrections.get(key);
    if (known != null) return known.isEmpty() ? written : known;
    String correction = correction(written);
    workedOut.incrementAndGet();
    if (corrections.size() >= REMEMBERED) corrections.clear();
    corrections.put(key, correction.equals(written) ? "" : correction);
    return correction;
  }

  /** Returns how many words' corrections were worked out rather than remembered. */
  long workedOut() {
    return workedOut.get();
  }

  private String correction(String written) throws IOException {
    String lower = written.toLowerCase(Locale.ROOT);
    if (lower.length() < SHORTEST || lower.indexOf('\'') >= 0 || lower.indexOf('\u2019') >= 0 || known(lower)) {
      return written;
    }
    int edits = lower.length() >= LONG_WORD ? 2 : 1;
    FuzzyTermsEnum near = new FuzzyTermsEnum(words, new Term(PassageFields.WORDS, lower), edits, 1, true);
    String best = null;
    float bestBoost = 0;
    int bestFreq = 0;
    for (BytesRef term = near.next(); term != null; term = near.next()) {
      float boost = near.getBoost();
      int freq = near.docFreq();
      if (boost > bestBoost || (boost == bestBoost && freq > bestFreq)) {
        best = term.utf8ToString();
        bestBoost = boost;
        bestFreq = freq;
      }
    }
    return best == null ? written : best;
  }

  /** Returns whether the word is a question word or stands, once analysed, for a term some passage holds. */
  private boolean known(String word) throws IOException {
    boolean anyTerm = false;
    try (TokenStream stream = questionAnalyzer.tokenStream(PassageFields.TEXT, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        anyTerm = true;
        if (reader.docFreq(new Term(PassageFields.TEXT, term.toString())) > 0) return true;
      }
      stream.end();
    }
    return !anyTerm;
  }
}
