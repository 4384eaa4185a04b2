/**
 * The Slack channel: Bolt for Java on the shared Jetty ({@code /slack/events}) or over Socket Mode, the
 * {@code /edi} command, mentions, direct messages, the App Home tab and the answer's buttons. Every Bolt and
 * Slack SDK type stays inside this package; the rest of Signpost sees only {@link signpost.bot.slack.SlackChannel}.
 */
package signpost.bot.slack;
