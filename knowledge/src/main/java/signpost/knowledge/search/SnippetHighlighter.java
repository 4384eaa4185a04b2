package signpost.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import signpost.knowledge.index.PassageFields;

/**
 * Highlights passage text from the offsets stored in the index, so snippets need no re-analysis,
 * returning {@link Snippet}s rather than strings. The text comes from the passages the index has
 * already decoded, not from its stored fields again.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  private static final int SENTENCES = 2;
  private static final String[] TEXT_ONLY = {PassageFields.TEXT};

  private final IntFunction<String> texts;

  /** Returns a highlighter over {@code searcher}; {@code texts} gives the text of a document number. */
  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, IntFunction<String> texts) {
    super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new SnippetFormatter())
        .withScorer(new SentenceScorer()).withMaxLength(20_000));
    this.texts = texts;
  }

  /** Returns one snippet per document number, in order; an entry is null where nothing matched. */
  Object[] snippets(Query query, int[] docIds) throws IOException {
    return highlightFieldsAsObjects(TEXT_ONLY, query, docIds, new int[] {SENTENCES}).get(PassageFields.TEXT);
  }

  /** Loads every requested text, cut at the maximum length as the stored-field loader would. */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    if (!Arrays.equals(fields, TEXT_ONLY)) return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      String text = texts.apply(doc);
      values.add(new CharSequence[] {text.substring(0, Math.min(getMaxLength(), text.length()))});
    }
    return values;
  }
}
