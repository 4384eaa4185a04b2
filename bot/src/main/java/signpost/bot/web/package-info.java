/** The web chat: an accessible page served by Signpost itself, talking to {@code /api/ask}. */
package signpost.bot.web;
