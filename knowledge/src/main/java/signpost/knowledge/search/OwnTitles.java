package signpost.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import signpost.knowledge.index.PassageIndex;

/**
 * Ranks the passages of a document by what the question asks of it, not by its name. The words of a question
 * that the document's title holds ("the peer challenge" for the peer challenge report) say which document to
 * look in: a passage that repeats them (its cover, a running header) answers nothing more than one that does
 * not. So each passage of that document is credited with those words as well as the document's best passage
 * holds them, and ranked among its fellows by the rest of the question.
 */
final class OwnTitles {

  private final PassageIndex index;
  private final Function<String, Query> relevance;

  /** Returns a ranker over {@code index}; {@code relevance} is the query of a question's text, null for no terms. */
  OwnTitles(PassageIndex index, Function<String, Query> relevance) {
    this.index = index;
    this.relevance = relevance;
  }

  /**
   * Returns the relevance score of each of {@code top}, in its order: its own for a passage whose document's
   * title holds none of the {@code concepts} of {@code asked}; else its score for the rest of the question, plus
   * the most that those title words add to any passage of the same document among {@code top}.
   */
  float[] scores(String asked, List<QuestionTerms.Concept> concepts, ScoreDoc[] top) {
    float[] scores = new float[top.length];
    Map<String, List<Integer>> byDocument = new LinkedHashMap<>();
    for (int i = 0; i < top.length; i++) {
      scores[i] = top[i].score;
      byDocument.computeIfAbsent(index.passage(top[i].doc).document().id(), k -> new ArrayList<>()).add(i);
    }
    Map<List<QuestionTerms.Concept>, List<List<Integer>>> byNamed = new LinkedHashMap<>();
    for (List<Integer> passages : byDocument.values()) {
      List<QuestionTerms.Concept> named = naming(asked, concepts, index.titleTerms(top[passages.get(0)].doc));
      if (!named.isEmpty()) byNamed.computeIfAbsent(named, k -> new ArrayList<>()).add(passages);
    }
    byNamed.forEach((named, documents) -> {
      float[] rest = restScores(asked, concepts, named, top, documents.stream().flatMap(List::stream).toList());
      for (List<Integer> passages : documents) {
        float credit = 0;
        for (int i : passages) credit = Math.max(credit, top[i].score - rest[i]);
        for (int i : passages) scores[i] = rest[i] + credit;
      }
    });
    return scores;
  }

  /**
   * Returns the concepts of {@code asked} that name a document of this title: each run of consecutive concepts
   * that the title holds ("peer challenge", "EDI" for "Equality, Diversity and Inclusion"), unless a word the title
   * does not hold stands right before it. In English the last word of a compound is its head, so "positive action"
   * is a kind of action, not the action plan whose title holds "action".
   */
  static List<QuestionTerms.Concept> naming(String asked, List<QuestionTerms.Concept> concepts, Set<String> title) {
    List<QuestionTerms.Concept> named = new ArrayList<>();
    boolean modified = false;
    QuestionTerms.Concept previous = null;
    for (QuestionTerms.Concept concept : concepts) {
      boolean inTitle = Coverage.holds(concept, title);
      boolean runStarts = previous == null || !Coverage.holds(previous, title);
      if (inTitle && runStarts) modified = previous != null && adjacent(asked, previous, concept);
      if (inTitle && !modified) named.add(concept);
      previous = concept;
    }
    return named;
  }

  /** Returns whether nothing but spaces or hyphens stands between the two concepts' words in the question. */
  private static boolean adjacent(String asked, QuestionTerms.Concept before, QuestionTerms.Concept after) {
    int from = Math.min(before.end(), after.start());
    return asked.substring(from, after.start()).chars().allMatch(c -> c == ' ' || c == '-');
  }

  /**
   * Returns the score of each of {@code top} at {@code positions} for the question without the {@code named}
   * concepts: zero where none of it is left.
   */
  private float[] restScores(String asked, List<QuestionTerms.Concept> concepts, List<QuestionTerms.Concept> named,
                             ScoreDoc[] top, List<Integer> positions) {
    Query rest = named.size() == concepts.size() ? null : relevance.apply(without(asked, concepts, named));
    try {
      return rest == null ? new float[top.length] : score(rest, top, positions);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot score passages for: " + asked, e);
    }
  }

  /** Returns the question with the words of the {@code named} concepts blanked, up to where the next word starts. */
  private static String without(String asked, List<QuestionTerms.Concept> concepts, List<QuestionTerms.Concept> named) {
    char[] text = asked.toCharArray();
    for (QuestionTerms.Concept concept : named) {
      int end = Math.min(concept.end(), text.length);
      for (QuestionTerms.Concept other : concepts) {
        if (other.start() > concept.start()) end = Math.min(end, other.start());
      }
      for (int i = concept.start(); i < end; i++) text[i] = ' ';
    }
    return new String(text);
  }

  /** Returns the score of {@code query} for each of {@code top} at {@code positions}: zero where it does not match. */
  private float[] score(Query query, ScoreDoc[] top, List<Integer> positions) throws IOException {
    IndexSearcher searcher = index.searcher();
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Integer> order = positions.stream().sorted(Comparator.comparingInt(i -> top[i].doc)).toList();
    float[] scores = new float[top.length];
    int leafAt = -1;
    Scorer scorer = null;
    for (int i : order) {
      int leaf = ReaderUtil.subIndex(top[i].doc, leaves);
      if (leaf != leafAt) {
        leafAt = leaf;
        scorer = weight.scorer(leaves.get(leaf));
      }
      if (scorer == null) continue;
      int target = top[i].doc - leaves.get(leaf).docBase;
      DocIdSetIterator matches = scorer.iterator();
      int at = matches.docID() < target ? matches.advance(target) : matches.docID();
      if (at == target) scores[i] = scorer.score();
    }
    return scores;
  }
}
