/**
 * The EDI team's side of Signpost: what it sees of Signpost's use, the questions staff asked that were refused or
 * rated 👎 (redacted, grouped by similar wording, kept for a set period, never a support disclosure) and which
 * documents answers cite, kept behind {@link signpost.bot.edi.QuestionStore}; and curated answers, written by the EDI
 * Contacts for questions the documents do not answer, kept in the database and searched beside the documents from the
 * moment they are saved.
 */
package signpost.bot.edi;
