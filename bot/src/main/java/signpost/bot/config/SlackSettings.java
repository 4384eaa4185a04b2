package signpost.bot.config;

import java.time.Duration;
import java.util.Map;

/**
 * How Signpost talks to Slack. Slack is on only when its secrets are set.
 *
 * @param signingSecret {@code SLACK_SIGNING_SECRET}: verifies requests come from Slack (HTTP mode)
 * @param botToken {@code SLACK_BOT_TOKEN}: the {@code xoxb-} token the bot posts with
 * @param appToken {@code SLACK_APP_TOKEN}: the {@code xapp-} token for Socket Mode, or null
 * @param apiUrl {@code SLACK_API_URL}: the Web API base, ending in {@code /}
 * @param socketMode {@code SLACK_SOCKET_MODE}: connect out to Slack instead of receiving HTTP requests
 * @param workspaces {@code SLACK_WORKSPACES}: Slack team id to organisation id, e.g. {@code T0123=cambridgeshire}
 * @param answerQueue {@code SLACK_ANSWER_QUEUE}: how many questions may wait for a worker before more are refused
 *     as busy (default 500)
 * @param drain {@code SLACK_DRAIN_SECONDS}: how long stopping waits for waiting questions to be answered (default 20 s)
 * @param ediContacts {@code SIGNPOST_EDI_CONTACTS_SLACK}: organisation id to the id of the Slack channel of its EDI
 *     Contacts, where questions are passed on with the asker's consent, e.g. {@code cambridgeshire=C0EDI123}
 */
public record SlackSettings(String signingSecret, String botToken, String appToken, String apiUrl,
                            boolean socketMode, Map<String, String> workspaces, int answerQueue, Duration drain,
                            Map<String, String> ediContacts) {

  public static final String DEFAULT_API_URL = "https://slack.com/api/";
  public static final int DEFAULT_ANSWER_QUEUE = 500;
  public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(20);

  public SlackSettings {
    workspaces = Map.copyOf(workspaces);
    ediContacts = Map.copyOf(ediContacts);
    if (answerQueue < 1) throw new ConfigException("SLACK_ANSWER_QUEUE must be positive: " + answerQueue);
    if (drain == null) drain = DEFAULT_DRAIN;
    if (drain.isNegative()) throw new ConfigException("SLACK_DRAIN_SECONDS must be 0 or more: " + drain.toSeconds());
    if (apiUrl == null || apiUrl.isBlank()) apiUrl = DEFAULT_API_URL;
    if (!apiUrl.endsWith("/")) throw new ConfigException("SLACK_API_URL must end in /: " + apiUrl);
  }

  /** Returns true when Slack is switched on. */
  public boolean enabled() {
    return botToken != null || signingSecret != null || appToken != null;
  }

  /** Returns the channel of the organisation's EDI Contacts, or null when it has none in Slack. */
  public String ediContactsChannel(String organisation) {
    return organisation == null ? null : ediContacts.get(organisation);
  }

  /**
   * Returns the organisation a Slack workspace answers for.
   *
   * @param teamId the Slack team id of the request
   * @param fallback the organisation when the workspace is not mapped
   */
  public String organisationOf(String teamId, String fallback) {
    return teamId == null ? fallback : workspaces.getOrDefault(teamId, fallback);
  }
}
