package signpost.bot.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.util.concurrent.CompletableFuture;
import signpost.bot.config.TeamsSettings;

/**
 * The SDK's HTTP adapter with Signpost's endpoints: inbound tokens are checked against
 * {@code BOT_OPENID_METADATA_URL}, and replies carry a token from {@code BOT_TOKEN_URL} rather than from the
 * SDK's MSAL client, which cannot be pointed anywhere else. Without an app id the SDK checks nothing.
 */
final class SignpostAdapter extends BotFrameworkHttpAdapter {

  private final TokenClient tokens;

  /** Creates the adapter; the metadata URL is the SDK's one setting for the whole JVM. */
  SignpostAdapter(TeamsSettings settings, TokenClient tokens) {
    super(new SimpleCredentialProvider(settings.appId(), settings.appPassword()), null);
    this.tokens = tokens;
    ChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadataUrl());
  }

  @Override
  protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
    return CompletableFuture.completedFuture(new TokenCredentials(appId, scope, tokens));
  }
}
