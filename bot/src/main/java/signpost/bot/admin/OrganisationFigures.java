package signpost.bot.admin;

import java.util.List;
import java.util.Map;
import signpost.bot.screening.Status;

/**
 * What the admin page shows of one organisation.
 *
 * @param id the organisation's id
 * @param name its name
 * @param documents its documents with where each stands against its review-by date, past ones first
 * @param screenings how many of its screenings there are in each status (counts only, never their contents)
 */
public record OrganisationFigures(String id, String name, List<DocumentReview> documents, Map<Status, Long> screenings) {

  public OrganisationFigures {
    documents = List.copyOf(documents);
    screenings = Map.copyOf(screenings);
  }
}
