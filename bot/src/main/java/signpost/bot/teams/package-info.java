/**
 * The Microsoft Teams channel: the Bot Framework protocol at {@code /api/messages} on the shared server, personal,
 * channel and group chats, welcome and answer Adaptive Cards, and their buttons. Every Bot Framework SDK type stays
 * inside this package, behind {@link signpost.bot.teams.Protocol} and {@link signpost.bot.teams.Turn}; the rest of
 * Signpost sees only {@link signpost.bot.teams.TeamsChannel}.
 */
package signpost.bot.teams;
