package signpost.rules.decision;

/** The part a contact has in an action or delivery plan. */
public enum PlanPart { OFFICER, REVIEWER, REPORTED_TO, PRIORITY_OWNER }
