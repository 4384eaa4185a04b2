package signpost.knowledge.org;

import java.util.List;

/**
 * Who owns, reviews and hears about the EDI action plan.
 *
 * @param summary what the plan holds, or null
 * @param officerContactId the id of the officer {@link Contact}, or null
 * @param reviewedByContactId the id of the contact that reviews progress, or null
 * @param reportedToContactIds the ids of the contacts progress is reported to, in file order
 * @param sources the ids of the documents this comes from
 */
public record ActionPlan(String summary, String officerContactId, String reviewedByContactId,
                         List<String> reportedToContactIds, List<String> sources) {

  public ActionPlan {
    reportedToContactIds = List.copyOf(reportedToContactIds);
    sources = List.copyOf(sources);
  }
}
