/**
 * What the EDI team sees of Signpost's use: the questions staff asked that were refused or rated 👎 (redacted,
 * grouped by similar wording, kept for a set period, never a support disclosure) and which documents answers cite.
 * Kept in the database behind {@link signpost.bot.edi.QuestionStore}.
 */
package signpost.bot.edi;
