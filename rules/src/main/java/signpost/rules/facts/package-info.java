/**
 * The facts the rule base reasons over: what a question says ({@code About}, {@code Describes}, ...),
 * what the organisation file states ({@code ContactServes}, {@code ThemeOf}, ...), and the decisions
 * the rules insert ({@code EqiaFinding}, {@code Referral}, ...). The DRL files live beside them in
 * {@code signpost/rules/facts/}.
 */
package signpost.rules.facts;
