package signpost.knowledge.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds a question's query on one field, any of whose terms may match, from its single analysis:
 * the query {@link QueryBuilder#createBooleanQuery(String, String, Occur)} would build with
 * {@link Occur#SHOULD}, without analysing the question again for each field. Thread-safe.
 */
final class FieldQueries extends QueryBuilder {

  FieldQueries(Analyzer analyzer) {
    super(analyzer);
  }

  /** Returns the question's query on {@code field}; null when the question has no terms. */
  Query on(String field, AnalysedQuestion question) {
    return createFieldQuery(question.tokens(), Occur.SHOULD, field, false, 0);
  }
}
