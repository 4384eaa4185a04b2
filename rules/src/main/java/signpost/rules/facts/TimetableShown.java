package signpost.rules.facts;

/** Decides the answer shows the draft plan's timetable from the organisation file. */
public record TimetableShown() {}
