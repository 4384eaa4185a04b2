/**
 * The rule base: a Drools knowledge base that decides, from facts about a question and the asker's
 * organisation, the intent, the duties that apply, whether an Equality Impact Assessment is needed and
 * why, which objectives touch the asker, and who to send them to. Rules never do I/O; only
 * {@code engine} reads rule files. Never imports {@code signpost.bot}.
 */
package signpost.rules;
