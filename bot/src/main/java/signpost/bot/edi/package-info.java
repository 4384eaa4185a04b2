/**
 * The EDI team's and the EDI Contacts' side of Signpost. What the EDI team sees of Signpost's use: the questions staff
 * asked that were refused or rated 👎 (redacted, grouped by similar wording, kept for a set period, never a support
 * disclosure) and which documents answers cite, kept behind {@link signpost.bot.edi.QuestionStore}. Curated answers,
 * written by the contacts for questions the documents do not answer, kept in the database and searched beside the
 * documents from the moment they are saved; and hand-offs, the questions passed on to the contacts with the asker's
 * consent ("Ask an EDI Contact"), kept until replied to and for 90 days at most. The wordings that tell a request for a
 * person ("can I speak to a human?") from a question are the rules module's {@link signpost.rules.features.PersonRequests},
 * beside the rules, so the EDI team can edit them. The channels (Slack, Teams)
 * carry the conversation; this package keeps what must outlive it.
 */
package signpost.bot.edi;
