package signpost.bot.teams;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenExtractor;
import com.microsoft.bot.connector.authentication.TokenValidationParameters;
import java.util.concurrent.CompletableFuture;

/**
 * Checks a Bot Framework channel token as the SDK's {@code ChannelValidation} does (signature by a key endorsed for
 * the channel, lifetime, issuer, audience the app id, {@code serviceurl} claim equal to the activity's), but with
 * the keys from {@link BotKeys}, whose fetches time out and which keeps serving cached keys while a refresh is slow.
 * Emulator and skill tokens are not accepted: their issuers fail the check.
 */
final class ChannelTokens {

  private final CredentialProvider credentials;
  private final BotKeys keys;
  private final String metadataUrl;

  ChannelTokens(CredentialProvider credentials, BotKeys keys, String metadataUrl) {
    this.credentials = credentials;
    this.keys = keys;
    this.metadataUrl = metadataUrl;
  }

  /** Returns the token's identity, or fails with an {@link AuthenticationException} saying why it is refused. */
  CompletableFuture<ClaimsIdentity> authenticate(String authorization, String channelId, String serviceUrl) {
    TokenValidationParameters parameters = ChannelValidation.getTokenValidationParameters();
    parameters.issuerSigningKeyResolver = keys;
    JwtTokenExtractor extractor = new JwtTokenExtractor(parameters, metadataUrl, AuthenticationConstants.ALLOWED_SIGNING_ALGORITHMS);
    return extractor.getIdentity(authorization, channelId).thenCompose(identity -> {
      if (identity == null) throw new AuthenticationException("Invalid Identity");
      if (!identity.isAuthenticated()) throw new AuthenticationException("Token Not Authenticated");
      if (!AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER.equalsIgnoreCase(identity.getIssuer())) {
        throw new AuthenticationException("Wrong Issuer");
      }
      String audience = identity.claims().get(AuthenticationConstants.AUDIENCE_CLAIM);
      if (audience == null || audience.isEmpty()) throw new AuthenticationException("No Audience Claim");
      return credentials.isValidAppId(audience).thenApply(valid -> {
        if (!valid) throw new AuthenticationException("Invalid AppId passed on token: '" + audience + "'.");
        String claimed = identity.claims().get(AuthenticationConstants.SERVICE_URL_CLAIM);
        if (claimed == null) throw new AuthenticationException("'serviceurl' claim is required on Channel Token.");
        if (!claimed.equalsIgnoreCase(serviceUrl)) {
          throw new AuthenticationException("'serviceurl' claim does not match service url provided (" + serviceUrl + ").");
        }
        return identity;
      });
    });
  }
}
