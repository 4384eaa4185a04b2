/**
 * Decisions over facts: what a question is about, who to send the asker to, and (with Drools) which
 * duties apply and whether an Equality Impact Assessment is needed. Never does I/O beyond reading its
 * own resources, and never imports {@code signpost.bot}.
 */
package signpost.rules;
