package signpost.rules.facts;

import signpost.rules.decision.Duty;

/**
 * Decides a duty applies to the asker's situation.
 *
 * @param duty the duty
 * @param why what it means here
 */
public record DutyApplies(Duty duty, String why) {}
