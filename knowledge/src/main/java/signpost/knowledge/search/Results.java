package signpost.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.Query;
import signpost.knowledge.Passage;
import signpost.knowledge.index.PassageIndex;

/**
 * The passages found for one question, best first. Snippets are made only for the hits an answer
 * quotes, on request: highlighting a passage costs more than finding and ranking it.
 */
public final class Results {

  private static final Results NONE = new Results(List.of(), new int[0], null, null, List.of(), null, null);

  private final List<Hit> hits;
  private final int[] docIds;
  private final Query textQuery;
  private final SnippetHighlighter highlighter;
  private final String unknownOrganisation;
  private final List<String> unmentioned;
  /** The index the hits are of, for the passages beside them; null for no hits. */
  private final PassageIndex index;

  Results(List<Hit> hits, int[] docIds, Query textQuery, SnippetHighlighter highlighter, List<String> unmentioned,
          PassageIndex index) {
    this(hits, docIds, textQuery, highlighter, unmentioned, null, index);
  }

  private Results(List<Hit> hits, int[] docIds, Query textQuery, SnippetHighlighter highlighter,
                  List<String> unmentioned, String unknownOrganisation, PassageIndex index) {
    this.index = index;
    this.unknownOrganisation = unknownOrganisation;
    this.unmentioned = List.copyOf(unmentioned);
    this.hits = List.copyOf(hits);
    this.docIds = docIds.clone();
    this.textQuery = textQuery;
    this.highlighter = highlighter;
  }

  static Results none() {
    return NONE;
  }

  /** Returns no hits for a question about {@code organisation}, a body Signpost knows nothing of. */
  static Results about(String organisation) {
    return new Results(List.of(), new int[0], null, null, List.of(organisation), organisation, null);
  }

  /**
   * Returns the organisation the question asks about that Signpost has no documents or facts of, as the
   * question names it (e.g. "norfolk county council"); empty when it names none.
   */
  public Optional<String> unknownOrganisation() {
    return Optional.ofNullable(unknownOrganisation);
  }

  /**
   * Returns the words of the question (as asked) that none of the passages considered holds, nor a synonym
   * of them, the weightiest first: what the documents do not mention. Empty when every word was found.
   */
  public List<String> unmentioned() {
    return unmentioned;
  }

  /** Returns the hits, best first; empty when nothing matched. */
  public List<Hit> hits() {
    return hits;
  }

  /**
   * Returns each of {@code chosen} with its snippet, in the order given.
   *
   * @throws IllegalArgumentException when a hit is not one of these results
   */
  public List<Quote> quotes(List<Hit> chosen) {
    if (chosen.isEmpty()) return List.of();
    int[] wanted = new int[chosen.size()];
    for (int i = 0; i < wanted.length; i++) wanted[i] = docIds[indexOf(chosen.get(i))];
    Object[] snippets;
    try {
      snippets = highlighter.snippets(textQuery, wanted);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot highlight passages", e);
    }
    List<Quote> quotes = new ArrayList<>(wanted.length);
    for (int i = 0; i < wanted.length; i++) {
      Hit hit = chosen.get(i);
      quotes.add(new Quote(hit, snippets[i] instanceof Snippet s ? s : new Snippet(hit.passage().text(), List.of())));
    }
    return quotes;
  }

  /**
   * Returns the passages of the hit's document from {@code within} passages before it to {@code within} after it, the
   * hit's own among them, in the document's order: passages are indexed in their documents' order.
   *
   * @throws IllegalArgumentException when the hit is not one of these results
   */
  public List<Passage> around(Hit hit, int within) {
    int at = docIds[indexOf(hit)];
    String document = hit.passage().document().id();
    int maxDoc = index.searcher().getIndexReader().maxDoc();
    List<Passage> around = new ArrayList<>();
    for (int doc = Math.max(0, at - within); doc <= Math.min(maxDoc - 1, at + within); doc++) {
      Passage passage = index.passage(doc);
      if (passage.document().id().equals(document)) around.add(passage);
    }
    return around;
  }

  private int indexOf(Hit hit) {
    int at = hits.indexOf(hit);
    if (at < 0) throw new IllegalArgumentException("not a hit of these results: " + hit);
    return at;
  }
}
