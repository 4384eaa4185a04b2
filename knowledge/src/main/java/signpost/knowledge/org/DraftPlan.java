package signpost.knowledge.org;

import java.util.List;

/**
 * Objectives proposed but not yet adopted, with the statement and the timetable to adopt them.
 * Kept apart from {@link Organisation#objectives()} so a draft is never quoted as adopted.
 *
 * @param status where the draft stands, e.g. {@code draft for public consultation}, or null
 * @param statement the statement proposed with them, or null
 * @param objectives the draft objectives, each with status {@code draft}
 * @param timetable the steps to adoption, in file order
 * @param sources the ids of the documents this comes from
 */
public record DraftPlan(String status, String statement, List<Objective> objectives,
                        List<Milestone> timetable, List<String> sources) {

  public DraftPlan {
    objectives = List.copyOf(objectives);
    timetable = List.copyOf(timetable);
    sources = List.copyOf(sources);
  }
}
