package signpost.knowledge.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import signpost.knowledge.index.PassageFields;

/**
 * Highlights passage text from the offsets stored in the index, so snippets need no re-analysis,
 * returning {@link Snippet}s rather than strings. The text comes from the passages the index has
 * already decoded, not from its stored fields again. The sentences of each passage are found once ({@link KnownSentences}).
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  private static final int SENTENCES = 2;
  private static final String[] TEXT_ONLY = {PassageFields.TEXT};
  private static final int MAX_LENGTH = 20_000;
  /** Where the highlighter splits a field's values, as it splits the sentence iterator's text. */
  static final char VALUE_SEPARATOR = MULTIVAL_SEP_CHAR;

  private final IntFunction<String> texts;
  /** The sentence boundaries of the passages highlighted so far, by text. */
  private final Map<String, int[]> sentences = new ConcurrentHashMap<>();

  /** Returns a highlighter over {@code searcher}; {@code texts} gives the text of a document number. */
  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, IntFunction<String> texts) {
    super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new SnippetFormatter())
        .withScorer(new SentenceScorer()).withMaxLength(MAX_LENGTH));
    this.texts = texts;
  }

  /** Returns one snippet per document number, in order; an entry is null where nothing matched. */
  Object[] snippets(Query query, int[] docIds) throws IOException {
    return highlightFieldsAsObjects(TEXT_ONLY, query, docIds, new int[] {SENTENCES}).get(PassageFields.TEXT);
  }

  /** Gives the field's highlighter the sentences already found in place of the iterator that would find them again. */
  @Override
  protected FieldHighlighter newFieldHighlighter(String field, FieldOffsetStrategy offsets, BreakIterator breakIterator,
      PassageScorer scorer, int maxPassages, int maxNoHighlightPassages, PassageFormatter formatter,
      Comparator<Passage> order) {
    // Texts of the maximum length may have been cut, each time to a new string: those are not kept.
    BreakIterator known = new KnownSentences(sentences,
        () -> new SplittingBreakIterator(getBreakIterator(field), VALUE_SEPARATOR), MAX_LENGTH - 1);
    return super.newFieldHighlighter(field, offsets, known, scorer, maxPassages, maxNoHighlightPassages, formatter, order);
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
