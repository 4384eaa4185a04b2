package signpost.knowledge.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import signpost.knowledge.index.PassageFields;

/**
 * Highlights passage text from the offsets stored in the index, so snippets need no re-analysis,
 * returning {@link Snippet}s rather than strings.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  private static final int SENTENCES = 2;

  SnippetHighlighter(IndexSearcher searcher, org.apache.lucene.analysis.Analyzer analyzer) {
    super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new SnippetFormatter()).withMaxLength(20_000));
  }

  /** Returns one snippet per document number, in order; an entry is null where nothing matched. */
  Object[] snippets(Query query, int[] docIds) throws IOException {
    return highlightFieldsAsObjects(new String[] {PassageFields.TEXT}, query, docIds, new int[] {SENTENCES})
        .get(PassageFields.TEXT);
  }
}
