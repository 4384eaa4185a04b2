package signpost.rules.facts;

import signpost.rules.decision.Aim;

/**
 * Decides an aim of the general equality duty is engaged.
 *
 * @param aim the aim
 * @param why why it is engaged here
 */
public record AimEngaged(Aim aim, String why) {}
