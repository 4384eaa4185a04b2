/**
 * How Signpost logs: readable lines or JSON lines to standard error, each line of a request carrying its request id
 * (the channel's own id where it has one). Lines say what happened; never a question's text, a secret or a token.
 */
package signpost.bot.logging;
