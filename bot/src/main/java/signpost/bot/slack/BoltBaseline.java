package signpost.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import java.util.regex.Pattern;
import signpost.bot.server.Mount;

/**
 * The least a Bolt app can do for a signed slash command: Bolt's own app, verifier and servlet, acknowledging
 * {@code /edi} with a fixed text. The server benchmark runs it beside Signpost to separate what Bolt costs
 * from what answering costs.
 */
public final class BoltBaseline {

  public static final String TEXT = "Bolt alone";

  private BoltBaseline() {}

  /**
   * Returns the baseline's servlet at {@link SlackChannel#EVENTS_PATH}.
   *
   * @param signingSecret the secret slash commands are signed with
   * @param apiUrl the Slack Web API base; Bolt calls {@code auth.test} there once, at its first request
   */
  public static Mount mount(String signingSecret, String apiUrl) {
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(apiUrl);
    App app = new App(AppConfig.builder().slack(Slack.getInstance(slackConfig)).signingSecret(signingSecret)
        .singleTeamBotToken("xoxb-baseline").authTestCacheEnabled(true).build());
    app.command(Pattern.compile("^" + SlashCommand.NAME + "$"), (request, context) -> context.ack(TEXT));
    return new Mount(SlackChannel.EVENTS_PATH, new SlackAppServlet(app));
  }
}
