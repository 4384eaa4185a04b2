package signpost.knowledge.search;

import signpost.knowledge.Passage;

/**
 * A passage found for a question.
 *
 * @param passage the passage
 * @param score its ranking score (BM25, weighted by where the passage comes from)
 * @param coverage the share of the question's meaning the passage contains, from 0 to 1, each
 *     question term weighted by how rare it is in the knowledge base
 * @param inScope true when the passage speaks for the asker: the guide, a document of no organisation, or
 *     one of the organisation in question; false for a council's document found for someone of no organisation
 * @param onTopic true when the passage holds every key word of the question (or a synonym): a word that
 *     carries a large share of the question's meaning; a passage without one is near the point, not on it
 * @param shaped true when the question asks for a shape of answer (a person, a date, a number, a list, a definition,
 *     a frequency) and the passage has it
 */
public record Hit(Passage passage, double score, double coverage, boolean inScope, boolean onTopic, boolean shaped) {

  /** Returns a hit in scope and on topic, of no particular shape. */
  public Hit(Passage passage, double score, double coverage) {
    this(passage, score, coverage, true, true, false);
  }

  /** Returns a hit of no particular shape. */
  public Hit(Passage passage, double score, double coverage, boolean inScope, boolean onTopic) {
    this(passage, score, coverage, inScope, onTopic, false);
  }

  public Hit {
    if (coverage < 0 || coverage > 1) throw new IllegalArgumentException("coverage must be 0..1: " + coverage);
  }
}
