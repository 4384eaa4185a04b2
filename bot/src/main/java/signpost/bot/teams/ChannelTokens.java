package signpost.bot.teams;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenExtractor;
import com.microsoft.bot.connector.authentication.TokenValidationParameters;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks a Bot Framework channel token as the SDK's {@code ChannelValidation} does (signature by a key endorsed for
 * the channel, lifetime, issuer, audience the app id, {@code serviceurl} claim equal to the activity's), but with
 * the keys from {@link BotKeys}, whose fetches time out and which keeps serving cached keys while a refresh is slow.
 * Emulator and skill tokens are not accepted: their issuers fail the check. A token that passed is then trusted by
 * its hash until it expires ({@link TrustedTokens}), so the RSA check runs once per token, not once per activity.
 */
final class ChannelTokens {

  private static final String BEARER = "Bearer ";

  private final CredentialProvider credentials;
  private final BotKeys keys;
  private final String metadataUrl;
  private final TrustedTokens trusted;
  private final AtomicLong checks = new AtomicLong();

  ChannelTokens(CredentialProvider credentials, BotKeys keys, String metadataUrl, Clock clock) {
    this.credentials = credentials;
    this.keys = keys;
    this.metadataUrl = metadataUrl;
    this.trusted = new TrustedTokens(clock, ChannelValidation.getTokenValidationParameters().clockSkew, TrustedTokens.CAPACITY);
  }

  /**
   * Returns the token's identity, trusted from an earlier full check of the same token or checked in full now, or
   * fails with an {@link AuthenticationException} saying why it is refused.
   */
  CompletableFuture<ClaimsIdentity> authenticate(String authorization, String channelId, String serviceUrl) {
    // Only the exact scheme the SDK accepts is trusted from memory; anything else goes to the SDK's check every time.
    String token = authorization.startsWith(BEARER) ? authorization.substring(BEARER.length()) : null;
    long generation = keys.generation();
    ClaimsIdentity known = token == null ? null : trusted.trusted(token, channelId, serviceUrl, generation);
    if (known != null) return CompletableFuture.completedFuture(known);
    return check(authorization, channelId, serviceUrl).whenComplete((identity, failure) -> {
      if (token == null) return;
      if (failure == null) trusted.trust(token, channelId, serviceUrl, generation, identity);
      else trusted.forget(token);
    });
  }

  /** Returns how many tokens have been checked in full rather than trusted from an earlier check. */
  long checks() {
    return checks.get();
  }

  private CompletableFuture<ClaimsIdentity> check(String authorization, String channelId, String serviceUrl) {
    checks.incrementAndGet();
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
