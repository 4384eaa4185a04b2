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

  /**
   * Makes the connection the configuration describes; it sends nothing until an activity arrives.
   *
   * @param clock the server's clock (see {@link signpost.bot.server.Assistant#clock()}): inbound tokens' lifetimes, the
   *     app's own token's renewal and the signing keys' refreshes are judged on it
   */
  public static TeamsConnection open(Config config, Clock clock) {
    TeamsSettings settings = config.teams();
    TokenClient tokens = new TokenClient(settings.tokenUrl(), settings.appId(), settings.appPassword(), clock, settings.timeout());
    SignpostAdapter adapter = new SignpostAdapter(settings, tokens, clock);
    return new TeamsConnection(adapter);
  }
}
