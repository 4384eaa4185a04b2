package signpost.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import signpost.knowledge.index.PassageFields;
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
   * Returns the candidates with their relevance scores: for a passage whose document's title holds none of the
   * {@code concepts} of {@code asked}, its own; else its score for the rest of the question, plus the most that
   * those title words add to any passage of the same document among {@code top}. The passages of such a
   * document that best answer the rest of the question are added when {@code top} lacks them.
   */
  ScoreDoc[] rescore(String asked, List<QuestionTerms.Concept> concepts, ScoreDoc[] top) {
    List<ScoreDoc> scored = new ArrayList<>();
    Map<String, List<Integer>> byDocument = new LinkedHashMap<>();
    for (int i = 0; i < top.length; i++) {
      scored.add(new ScoreDoc(top[i].doc, top[i].score));
      byDocument.computeIfAbsent(index.passage(top[i].doc).document().id(), k -> new ArrayList<>()).add(i);
    }
    Map<List<QuestionTerms.Concept>, Map<String, List<Integer>>> byNamed = new LinkedHashMap<>();
    byDocument.forEach((document, passages) -> {
      List<QuestionTerms.Concept> named = naming(asked, concepts, index.titleTerms(top[passages.get(0)].doc));
      // A question of nothing but the title's words asks for what the title says ("which committee ..."): no rest to rank by.
      if (!named.isEmpty() && named.size() < concepts.size()) {
        byNamed.computeIfAbsent(named, k -> new LinkedHashMap<>()).put(document, passages);
      }
    });
    byNamed.forEach((named, documents) -> rescore(relevance.apply(without(asked, concepts, named)), documents, top, scored));
    return scored.toArray(ScoreDoc[]::new);
  }

  /**
   * Sets the scores in {@code scored} of the passages of {@code documents} (positions in {@code top}, by document
   * id) to their {@code rest} score plus their document's credit, and adds the documents' passages that best
   * match {@code rest} when {@code scored} lacks them; {@code rest} null (no terms left) scores zero.
   */
  private void rescore(Query rest, Map<String, List<Integer>> documents, ScoreDoc[] top, List<ScoreDoc> scored) {
    List<Integer> positions = documents.values().stream().flatMap(List::stream).toList();
    float[] restScores = rest == null ? new float[top.length] : score(rest, top, positions);
    Map<String, Float> credits = new HashMap<>();
    documents.forEach((document, passages) -> {
      float credit = 0;
      for (int i : passages) credit = Math.max(credit, top[i].score - restScores[i]);
      for (int i : passages) scored.get(i).score = restScores[i] + credit;
      credits.put(document, credit);
    });
    if (rest == null) return;
    Set<Integer> seen = new HashSet<>();
    for (ScoreDoc passage : scored) seen.add(passage.doc);
    for (ScoreDoc more : within(rest, documents.keySet(), top.length)) {
      if (seen.add(more.doc)) {
        scored.add(new ScoreDoc(more.doc, more.score + credits.get(index.passage(more.doc).document().id())));
      }
    }
  }

  /** Returns the best passages for {@code query} among those of the {@code documents}. */
  private ScoreDoc[] within(Query query, Set<String> documents, int limit) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String document : documents) any.add(new TermQuery(new Term(PassageFields.DOCUMENT, document)), Occur.SHOULD);
    Query filtered = new BooleanQuery.Builder().add(query, Occur.MUST).add(any.build(), Occur.FILTER).build();
    try {
      return index.searcher().search(filtered, limit).scoreDocs;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the documents named: " + documents, e);
    }
  }

  /**
   * Returns the concepts of {@code asked} that name a document of this title: those the title holds, when they
   * are two or more and match two or more of its terms ("the peer challenge", "the EDI strategy"). One word the
   * title shares ("diversity", "EDI") is the subject of most passages, not a name. A title word right after a
   * word the title does not hold is not part of the name either: in English the last word of a compound is its
   * head, so "positive action" is a kind of action, not the action plan whose title holds "action". Empty when the
   * question names no document of this title.
   */
  static List<QuestionTerms.Concept> naming(String asked, List<QuestionTerms.Concept> concepts, Set<String> title) {
    List<QuestionTerms.Concept> named = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    boolean modified = false;
    QuestionTerms.Concept previous = null;
    for (QuestionTerms.Concept concept : concepts) {
      boolean joined = previous != null && adjacent(asked, previous, concept);
      modified = joined && (!Coverage.holds(previous, title) || modified);
      if (Coverage.holds(concept, title) && !modified) {
        named.add(concept);
        for (String term : concept.terms()) if (title.contains(term)) matched.add(term);
      }
      previous = concept;
    }
    return named.size() >= 2 && matched.size() >= 2 ? named : List.of();
  }

  /** Returns whether nothing but spaces or hyphens stands between the two concepts' words in the question. */
  private static boolean adjacent(String asked, QuestionTerms.Concept before, QuestionTerms.Concept after) {
    int from = Math.min(before.end(), after.start());
    return asked.substring(from, after.start()).chars().allMatch(c -> c == ' ' || c == '-');
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
  private float[] score(Query query, ScoreDoc[] top, List<Integer> positions) {
    try {
      return scoreAt(query, top, positions);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot score passages for: " + query, e);
    }
  }

  private float[] scoreAt(Query query, ScoreDoc[] top, List<Integer> positions) throws IOException {
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
