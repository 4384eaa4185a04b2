package signpost.bot.admin;

import java.util.List;
import java.util.Map;
import signpost.bot.edi.CuratedAnswer;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.QuestionGroup;
import signpost.bot.screening.Status;

/**
 * What the admin page shows of one organisation.
 *
 * @param id the organisation's id
 * @param name its name
 * @param documents its documents with where each stands against its review-by date, past ones first
 * @param screenings how many of its screenings there are in each status (counts only, never their contents)
 * @param questions the questions its staff could not find answered (refused or rated 👎) in the last
 *     {@link #QUESTION_WEEKS} weeks, redacted and grouped by similar wording, biggest group first
 * @param curated its curated answers, live and retired, newest first
 * @param waiting its questions passed on to the EDI Contacts and not yet replied to, newest first
 */
public record OrganisationFigures(String id, String name, List<DocumentReview> documents, Map<Status, Long> screenings,
                                  List<QuestionGroup> questions, List<CuratedAnswer> curated, List<Handoff> waiting) {

  /** How many weeks of questions the page shows, a week at a time: within the question log's default 90 days. */
  public static final int QUESTION_WEEKS = 12;

  public OrganisationFigures {
    documents = List.copyOf(documents);
    screenings = Map.copyOf(screenings);
    questions = List.copyOf(questions);
    curated = List.copyOf(curated);
    waiting = List.copyOf(waiting);
  }
}
