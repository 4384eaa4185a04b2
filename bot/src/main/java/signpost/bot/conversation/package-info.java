/**
 * Conversations: one model for every channel, keyed by where the conversation happens (a Slack thread or DM, a
 * Teams conversation, a web chat session, an {@code /api/ask} conversation id, a CLI chat). A reply to Signpost's
 * own question fills the open screening; "cancel" drops it; an unrelated question is answered on its own.
 */
package signpost.bot.conversation;
