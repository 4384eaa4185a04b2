package signpost.rules.facts;

import signpost.rules.decision.Verdict;

/**
 * Says the asker's organisation's own table of examples lists a proposal like the one asked about, and what it says
 * is needed for it ("Recruiting to a vacant post on the same band and job description: EQIA needed? No").
 *
 * @param verdict what the organisation's example says is needed
 * @param documentId the id of the document whose table it is
 * @param alike whether the example is like the proposal in its own words ("Merging two small teams" for "we're merging
 *     with the benefits admin team"), not only a change of the same kind
 * @param boundsTheFigure whether the row holds a figure the proposal tells within a bound of its own, under no condition
 *     ("Fee change: No further analysis: Under 3%" for a fee going up by 2.5%): the organisation's own line for it
 */
public record OwnExample(Verdict verdict, String documentId, boolean alike, boolean boundsTheFigure) {

  /** An example like the proposal or not, holding none of its figures. */
  public OwnExample(Verdict verdict, String documentId, boolean alike) {
    this(verdict, documentId, alike, false);
  }

  /** An example of a change of the same kind as the proposal, not like it in its words. */
  public OwnExample(Verdict verdict, String documentId) {
    this(verdict, documentId, false);
  }
}
