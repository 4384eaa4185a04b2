package signpost.rules.facts;

import signpost.rules.decision.Verdict;

/**
 * One trigger's finding on whether an Equality Impact Assessment is needed.
 *
 * @param verdict what the trigger says
 * @param reason why, in words a manager can act on
 * @param next what to do next, or empty
 * @param rule the rule that found it
 */
public record EqiaFinding(Verdict verdict, String reason, String next, String rule) {}
