package signpost.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import signpost.knowledge.index.PassageFields;

/**
 * How much of a question a passage covers: the share of the question's concepts found in it, each
 * weighted by its inverse document frequency, so "canteen" (in no document) outweighs "time" and "open".
 */
final class Coverage {

  /**
   * Extra weight of a word found in no passage at all: the knowledge base knows nothing of that subject,
   * so the question is unlikely to be answerable whatever else matches.
   */
  private static final double UNSEEN = 2.0;

  private Coverage() {}

  /**
   * A word the way it is asked, not what: "roughly", "really", "quickly". Found in no passage, it says nothing of
   * the subject, so it does not count against every passage as an unseen subject would ("lasagne").
   */
  private static final Pattern MANNER = Pattern.compile("\\p{Ll}{3,}ly");

  /**
   * Returns each concept's weight: the idf of its rarest known term, or of an unseen term; an unseen word of manner
   * (see {@link #MANNER}) has none.
   *
   * @param question the text the concepts' offsets are in
   */
  static Map<QuestionTerms.Concept, Double> weights(IndexSearcher searcher, List<QuestionTerms.Concept> concepts,
                                                    String question) {
    Map<QuestionTerms.Concept, Double> weights = new LinkedHashMap<>();
    int asked = askedFrom(question);
    try {
      int docs = Math.max(1, searcher.getIndexReader().numDocs());
      List<TermsEnum> dictionaries = dictionaries(searcher.getIndexReader());
      for (QuestionTerms.Concept concept : concepts) {
        long df = 0;
        for (String term : concept.terms()) df = Math.max(df, docFreq(dictionaries, new BytesRef(term)));
        if (df == 0 && MANNER.matcher(concept.word(question).toLowerCase(Locale.ROOT)).matches()) continue;
        if (df == 0 && withinPhrase(concept, concepts)) continue;
        double idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
        double context = concept.end() <= asked ? CONTEXT : 1;
        weights.put(concept, context * (df == 0 ? UNSEEN * idf : idf));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read term statistics", e);
    }
    return weights;
  }

  /**
   * How much a concept of the sentences before the one asked weighs: "A member of my team needs a special chair and
   * screen reader because of her disability. Can I ask her to contribute to the cost?" tells the situation, then asks
   * about it; a passage that answers the asking sentence answers the question, though it names no chair.
   */
  static final double CONTEXT = 0.5;

  /** The end of the last sentence before a question's final sentence. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\\s\\p{Pi}\\p{Pf}\"')]*\\s+(?=\\S)");

  /**
   * Returns where the sentence asked starts when a question tells its situation first: the final sentence, when it
   * ends with a question mark and follows a sentence of three words or more; 0 otherwise (the whole question is asked).
   */
  static int askedFrom(String question) {
    String text = question.strip();
    if (!text.endsWith("?")) return 0;
    Matcher end = SENTENCE_END.matcher(text);
    int from = 0;
    while (end.find()) if (end.end() < text.length()) from = end.end();
    if (from == 0) return 0;
    String before = text.substring(0, from).strip();
    return before.split("\\s+").length >= 3 ? question.indexOf(text) + from : 0;
  }

  /**
   * Returns whether the concept is a word of a phrase a synonym rule matched ("reader" of "screen reader", which the
   * documents write "screen-reading software"): the phrase's concept, starting before it and ending at or after it,
   * stands for it, so it is not an unseen subject of its own.
   */
  private static boolean withinPhrase(QuestionTerms.Concept concept, List<QuestionTerms.Concept> concepts) {
    for (QuestionTerms.Concept other : concepts) {
      if (other.start() < concept.start() && other.end() >= concept.end()) return true;
    }
    return false;
  }

  /** Returns a terms enum per segment, reused for every term of a question rather than one per term. */
  private static List<TermsEnum> dictionaries(IndexReader reader) throws IOException {
    List<TermsEnum> dictionaries = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(PassageFields.TEXT);
      if (terms != null) dictionaries.add(terms.iterator());
    }
    return dictionaries;
  }

  /** Returns the number of passages holding the term, summed over segments as the index reader does. */
  private static int docFreq(List<TermsEnum> dictionaries, BytesRef term) throws IOException {
    int df = 0;
    for (TermsEnum dictionary : dictionaries) if (dictionary.seekExact(term)) df += dictionary.docFreq();
    return df;
  }

  /** Returns the weighted share of concepts with at least one of their terms among {@code terms}. */
  static double of(Map<QuestionTerms.Concept, Double> weights, Set<String> terms) {
    double total = 0;
    double found = 0;
    for (Map.Entry<QuestionTerms.Concept, Double> e : weights.entrySet()) {
      total += e.getValue();
      if (anyOf(e.getKey().terms(), terms)) found += e.getValue();
    }
    return total == 0 ? 0 : Math.min(1, found / total);
  }

  /**
   * Returns the key concept: the weightiest, when it carries at least {@code share} of the question's weight,
   * so that a passage without it cannot be about what is asked, however much else it shares with the
   * question. Empty for a question of one concept, which coverage alone judges.
   */
  static List<QuestionTerms.Concept> keys(Map<QuestionTerms.Concept, Double> weights, double share) {
    double total = 0;
    Map.Entry<QuestionTerms.Concept, Double> top = null;
    for (Map.Entry<QuestionTerms.Concept, Double> e : weights.entrySet()) {
      total += e.getValue();
      if (top == null || e.getValue() > top.getValue()) top = e;
    }
    return weights.size() > 1 && top.getValue() >= share * total ? List.of(top.getKey()) : List.of();
  }

  /** Returns whether one of the concept's terms is among {@code terms}. */
  static boolean holds(QuestionTerms.Concept concept, Set<String> terms) {
    return anyOf(concept.terms(), terms);
  }

  /** Runs for each concept of 40 candidates of every question: a plain loop, not a stream. */
  private static boolean anyOf(Set<String> wanted, Set<String> terms) {
    for (String term : wanted) if (terms.contains(term)) return true;
    return false;
  }
}
