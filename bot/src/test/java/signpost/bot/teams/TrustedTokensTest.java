package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.auth0.jwt.algorithms.Algorithm;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the memory of checked tokens keeps, on real signed tokens: at most its capacity (the least recently used
 * dropped first), nothing without an expiry, and nothing across a change of signing keys or of channel.
 */
class TrustedTokensTest {

  private static final Tokens TOKENS = new Tokens();
  private static final String SERVICE_URL = "https://smba.trafficmanager.net/uk/";
  private static final ClaimsIdentity IDENTITY = new ClaimsIdentity(Tokens.ISSUER, new HashMap<>(Map.of("aud", TeamsFixture.APP_ID)));

  private final TrustedTokens trusted = new TrustedTokens(Clock.systemUTC(), Duration.ofMinutes(5), 2);

  @Test
  void the_least_recently_used_token_is_dropped_past_the_capacity() {
    String first = token();
    String second = token();
    String third = token();
    trust(first);
    trust(second);
    assertNotNull(trusted(first));

    trust(third);

    assertEquals(2, trusted.size());
    assertNotNull(trusted(first));
    assertNull(trusted(second));
    assertNotNull(trusted(third));
  }

  @Test
  void a_token_without_an_expiry_is_never_kept() {
    String endless = Tokens.claims(TeamsFixture.APP_ID, SERVICE_URL).withExpiresAt(null)
        .sign(Algorithm.RSA256((RSAPublicKey) TOKENS.teams.getPublic(), (RSAPrivateKey) TOKENS.teams.getPrivate()));

    trust(endless);

    assertNull(trusted(endless));
    assertEquals(0, trusted.size());
  }

  @Test
  void a_token_is_trusted_only_under_the_keys_and_for_the_channel_it_was_checked_with() {
    String token = token();
    trust(token);

    assertNull(trusted.trusted(token, "webchat", SERVICE_URL, 1));
    assertNotNull(trusted(token));
    assertNull(trusted.trusted(token, "msteams", SERVICE_URL, 2));
    assertNull(trusted(token), "trust given under keys that changed is dropped");
  }

  @Test
  void each_use_gets_its_own_copy_of_the_claims() {
    String token = token();
    trust(token);

    trusted(token).claims().put("aud", "someone-else");

    assertEquals(TeamsFixture.APP_ID, trusted(token).claims().get("aud"));
  }

  private void trust(String token) {
    trusted.trust(token, "msteams", SERVICE_URL, 1, IDENTITY);
  }

  private ClaimsIdentity trusted(String token) {
    return trusted.trusted(token, "msteams", SERVICE_URL, 1);
  }

  /** Returns a new signed token each time: a random JWT id makes each differ. */
  private static String token() {
    return Tokens.claims(TeamsFixture.APP_ID, SERVICE_URL).withJWTId(java.util.UUID.randomUUID().toString())
        .sign(Algorithm.RSA256((RSAPublicKey) TOKENS.teams.getPublic(), (RSAPrivateKey) TOKENS.teams.getPrivate()));
  }
}
