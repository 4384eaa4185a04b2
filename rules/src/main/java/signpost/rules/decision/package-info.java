/** What the rule base decides about a question: its intent, EqIA verdict, duties, referrals and objectives. */
package signpost.rules.decision;
