package signpost.bot.teams;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenExtractor;
import com.microsoft.bot.connector.authentication.TokenValidationParameters;
import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks a Bot Framework channel token as the SDK's {@code ChannelValidation} does (signature by a key endorsed for
 * the channel, lifetime, issuer, audience the app id, {@code serviceurl} claim equal to the activity's), but with
 * the keys from {@link BotKeys}, whose fetches time out and which keeps serving cached keys while a refresh is slow.
 * Emulator and skill tokens are not accepted: their issuers fail the check. A token that passed is then trusted by
 * its hash until it expires ({@link TrustedTokens}), so the RSA check runs once per token, not once per activity.
 *
 * <p>A token's lifetime ({@code exp}, {@code nbf}, with the SDK's clock skew) is judged on the server's clock, the one
 * the trust expires on: the SDK's own check reads the system clock and cannot be given another, so a token must be
 * live by both (on a server the two are one).
 */
final class ChannelTokens {

  private static final String BEARER = "Bearer ";

  private final CredentialProvider credentials;
  private final BotKeys keys;
  private final String metadataUrl;
  private final TrustedTokens trusted;
  private final Clock clock;
  private final Duration skew = ChannelValidation.getTokenValidationParameters().clockSkew;
  private final AtomicLong checks = new AtomicLong();

  /** @param clock the server's clock, which a token's lifetime and its trust are judged on */
  ChannelTokens(CredentialProvider credentials, BotKeys keys, String metadataUrl, Clock clock) {
    this.credentials = credentials;
    this.keys = keys;
    this.metadataUrl = metadataUrl;
    this.clock = clock;
    this.trusted = new TrustedTokens(clock, skew, TrustedTokens.CAPACITY);
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
    return check(authorization, channelId, serviceUrl).thenApply(identity -> live(token, identity))
        .whenComplete((identity, failure) -> {
      if (token == null) return;
      if (failure == null) trusted.trust(token, channelId, serviceUrl, generation, identity);
      else trusted.forget(token);
    });
  }

  /**
   * Returns the identity when the token is live by the server's clock, within the clock skew the SDK allows; a token
   * without {@code exp} or {@code nbf} is not judged on what it lacks, as the SDK does not.
   *
   * @throws AuthenticationException when the token expired, or is not yet valid, by the server's clock
   */
  private ClaimsIdentity live(String token, ClaimsIdentity identity) {
    if (token == null) return identity;
    DecodedJWT jwt;
    try {
      jwt = JWT.decode(token);
    } catch (JWTDecodeException e) {
      throw new AuthenticationException("Token could not be decoded: " + e.getMessage());
    }
    Instant now = clock.instant();
    if (jwt.getExpiresAt() != null && now.isAfter(jwt.getExpiresAt().toInstant().plus(skew))) {
      throw new AuthenticationException("Token expired by the server's clock");
    }
    if (jwt.getNotBefore() != null && now.plus(skew).isBefore(jwt.getNotBefore().toInstant())) {
      throw new AuthenticationException("Token not yet valid by the server's clock");
    }
    return identity;
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
