package signpost.bot.core;

/**
 * The thresholds that decide what counts as a reliable passage and how much of it an answer quotes.
 *
 * @param minCoverage the least share of a question's meaning (idf-weighted) a passage must contain to be
 *     relied on; below it Signpost says it does not know
 * @param companionScore how close (as a share of the best score) another passage must score to be
 *     quoted beside the best one
 * @param ownWordsScore how close (as a share of the best score) an organisation document's passage must
 *     score to be quoted before a better-scoring passage of the built-in guide
 * @param maxPassages the most passages quoted in one answer
 * @param maxQuoteChars passages longer than this are quoted by their best sentences only
 */
public record AnswerPolicy(double minCoverage, double companionScore, double ownWordsScore, int maxPassages,
                           int maxQuoteChars) {

  /** The thresholds calibrated on the development questions (see docs/performance.md, "Calibration and figures"). */
  public static final AnswerPolicy DEFAULT = new AnswerPolicy(0.5, 0.7, 0.4, 3, 900);

  public AnswerPolicy {
    if (minCoverage < 0 || minCoverage > 1) throw new IllegalArgumentException("minCoverage must be 0..1: " + minCoverage);
    if (maxPassages < 1) throw new IllegalArgumentException("maxPassages must be 1 or more: " + maxPassages);
  }

  /** Returns this policy with another coverage threshold, for calibration. */
  public AnswerPolicy withMinCoverage(double coverage) {
    return new AnswerPolicy(coverage, companionScore, ownWordsScore, maxPassages, maxQuoteChars);
  }
}
