/**
 * The web chat: an accessible page served by Signpost itself, talking to {@code /api/ask}, and to {@code /api/handoffs}
 * for the questions its session passed on to the EDI Contacts and their replies.
 */
package signpost.bot.web;
