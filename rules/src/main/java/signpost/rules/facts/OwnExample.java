package signpost.rules.facts;

import signpost.rules.decision.Verdict;

/**
 * Says the asker's organisation's own table of examples lists a proposal like the one asked about, and what it says
 * is needed for it ("Recruiting to a vacant post on the same band and job description: EQIA needed? No").
 *
 * @param verdict what the organisation's example says is needed
 * @param documentId the id of the document whose table it is
 */
public record OwnExample(Verdict verdict, String documentId) {}
