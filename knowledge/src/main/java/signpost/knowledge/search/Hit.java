package signpost.knowledge.search;

import signpost.knowledge.Passage;

/**
 * A passage found for a question.
 *
 * @param passage the passage
 * @param score its ranking score (BM25, weighted by where the passage comes from)
 * @param coverage the share of the question's meaning the passage contains, from 0 to 1, each
 *     question term weighted by how rare it is in the knowledge base
 */
public record Hit(Passage passage, double score, double coverage) {

  public Hit {
    if (coverage < 0 || coverage > 1) throw new IllegalArgumentException("coverage must be 0..1: " + coverage);
  }
}
