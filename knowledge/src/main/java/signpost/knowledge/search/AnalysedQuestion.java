package signpost.knowledge.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import signpost.knowledge.index.PassageFields;

/**
 * A question run through the question analyzer once, then replayed for everything a search builds
 * from it: its query on the text, section and title fields, and its concepts. The analyzer's chain is
 * the same for every field, so one analysis serves them all. One per search; not thread-safe.
 */
final class AnalysedQuestion implements AutoCloseable {

  private final CachingTokenFilter tokens;

  AnalysedQuestion(Analyzer analyzer, String question) {
    this.tokens = new CachingTokenFilter(analyzer.tokenStream(PassageFields.TEXT, question));
  }

  /**
   * Returns the tokens; a reader calls {@code reset()} to start from the first, and may close the
   * stream when done, since later readers replay the tokens recorded on the first pass.
   */
  TokenStream tokens() {
    return tokens;
  }

  @Override
  public void close() throws IOException {
    tokens.close();
  }
}
