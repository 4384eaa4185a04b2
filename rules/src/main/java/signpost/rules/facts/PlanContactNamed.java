package signpost.rules.facts;

import signpost.rules.decision.PlanPart;

/**
 * Decides to name who owns, reviews or hears about the plan an objective belongs to.
 *
 * @param contactId the contact's id in the organisation file
 * @param kind its part in the plan
 */
public record PlanContactNamed(String contactId, PlanPart kind) {}
