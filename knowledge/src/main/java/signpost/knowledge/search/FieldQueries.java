package signpost.knowledge.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds a question's query on one field, any of whose terms may match, from its single analysis:
 * the query {@link QueryBuilder#createBooleanQuery(String, String, Occur)} would build with
 * {@link Occur#SHOULD}, without analysing the question again for each field, but for the ways a synonym writes a
 * phrase (see {@link #newGraphSynonymQuery}). Thread-safe.
 */
final class FieldQueries extends QueryBuilder {

  FieldQueries(Analyzer analyzer) {
    super(analyzer);
  }

  /**
   * Scores the ways a synonym rule lets a phrase be written as one concept, by the best of them that a passage holds
   * and half of the others (measured on the held-out sets: none at all lost the shared sets' passages that name the
   * duty both "PSED" and in full):
   * "equality paperwork" may be written "EqIA", "equality impact assessment", "equality analysis", "EA" and more, and
   * a passage holding several of them must not outscore one that holds one of them and the rest of the question ("how
   * far ahead of Cabinet does the equality paperwork need to be in?" is answered by the one passage that names
   * Cabinet, not by the glossary's many names of an EqIA).
   */
  @Override
  protected Query newGraphSynonymQuery(Iterator<Query> queries) {
    List<Query> ways = new ArrayList<>();
    queries.forEachRemaining(ways::add);
    return ways.size() == 1 ? ways.get(0) : new DisjunctionMaxQuery(ways, 0.5f);
  }

  /** Returns the question's query on {@code field}; null when the question has no terms. */
  Query on(String field, AnalysedQuestion question) {
    return createFieldQuery(question.tokens(), Occur.SHOULD, field, false, 0);
  }
}
