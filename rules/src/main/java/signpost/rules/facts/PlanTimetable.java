package signpost.rules.facts;

/**
 * Says the organisation file holds a timetable for a draft plan, e.g. the steps to adopting new objectives.
 *
 * @param milestones how many steps it lists
 */
public record PlanTimetable(int milestones) {}
