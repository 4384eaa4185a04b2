package signpost.bot.teams;

import java.time.Clock;
import signpost.bot.config.Config;
import signpost.bot.config.TeamsSettings;

/**
 * Signpost's side of the Bot Framework, made from the configuration alone: the SDK's adapter, which checks inbound
 * tokens against {@code BOT_OPENID_METADATA_URL}, and the client that gets the app's own token for replies. Making it
 * loads the SDK and sets up TLS, about a third of a second, so {@code serve} makes it while the knowledge and rules load.
 */
public final class TeamsConnection {

  final SignpostAdapter adapter;

  private TeamsConnection(SignpostAdapter adapter) {
    this.adapter = adapter;
  }

  /** Makes the connection the configuration describes; it sends nothing until an activity arrives. */
  public static TeamsConnection open(Config config) {
    TeamsSettings settings = config.teams();
    TokenClient tokens = new TokenClient(settings.tokenUrl(), settings.appId(), settings.appPassword(), Clock.systemUTC(), settings.timeout());
    SignpostAdapter adapter = new SignpostAdapter(settings, tokens);
    return new TeamsConnection(adapter);
  }
}
