package signpost.bot.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import java.util.concurrent.CompletableFuture;

/** Gives the SDK's connector client the app's token from {@link TokenClient}, for the scope the SDK asks for. */
final class TokenCredentials extends AppCredentials {

  private final transient TokenClient tokens;

  TokenCredentials(String appId, String scope, TokenClient tokens) {
    super(null, scope);
    setAppId(appId);
    this.tokens = tokens;
  }

  @Override
  public CompletableFuture<String> getToken() {
    try {
      return CompletableFuture.completedFuture(tokens.token(oAuthScope()));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Never used: {@link #getToken()} is the only way the SDK asks for a token. */
  @Override
  protected Authenticator buildAuthenticator() {
    throw new UnsupportedOperationException("tokens come from BOT_TOKEN_URL");
  }
}
