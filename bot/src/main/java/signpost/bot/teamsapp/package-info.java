/**
 * The Microsoft Teams app package: fills the template in {@code deploy/teams} (manifest and two icons) with the
 * bot's id and the public host, checks it against the limits Teams enforces on upload, and writes the zip an
 * admin uploads. {@link signpost.bot.teamsapp.TeamsPackage} is the entry point; the bot itself is
 * {@code signpost.bot.teams}.
 */
package signpost.bot.teamsapp;
