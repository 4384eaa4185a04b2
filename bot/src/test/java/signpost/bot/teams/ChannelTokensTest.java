package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A channel token is checked in full once (RS256 against the sign-in stand-in's keys, issuer, audience, lifetime,
 * service URL), then trusted by its hash until it expires; a token that fails, one past its expiry and one checked
 * under keys that have since changed are checked again, and refused when they no longer pass.
 */
class ChannelTokensTest {

  private static final Tokens TOKENS = new Tokens();
  private static final String APP_ID = TeamsFixture.APP_ID;
  private static final String SERVICE_URL = "https://smba.trafficmanager.net/uk/";
  private static final String CHANNEL = "msteams";
  /** The lifetime the SDK's check allows past a token's exp. */
  private static final Duration SKEW = Duration.ofMinutes(5);

  private FakeLogin login;
  private final Later keysClock = new Later();
  private ChannelTokens tokens;
  private long warmUpChecks;

  /** A clock at the real time plus however far a test has moved it: the keys' refresh timing only. */
  private static final class Later extends Clock {
    volatile Duration ahead = Duration.ZERO;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(ahead);
    }
  }

  @BeforeEach
  void start() throws Exception {
    login = new FakeLogin(TOKENS);
    BotKeys keys = new BotKeys(login.metadataUrl(), Duration.ofSeconds(2), keysClock);
    tokens = new ChannelTokens(new SimpleCredentialProvider(APP_ID, TeamsFixture.APP_PASSWORD), keys, login.metadataUrl(), Clock.systemUTC());
    // As in a running server, the keys are already fetched: trust given before the first fetch lapses with it.
    String warmUpUrl = "https://smba.trafficmanager.net/warm-up/";
    authenticate(TOKENS.genuine(APP_ID, warmUpUrl), warmUpUrl);
    warmUpChecks = tokens.checks();
  }

  @AfterEach
  void stop() {
    login.close();
  }

  @Test
  void a_second_activity_with_the_same_token_is_not_checked_again() {
    String genuine = TOKENS.genuine(APP_ID, SERVICE_URL);

    ClaimsIdentity first = authenticate(genuine);
    ClaimsIdentity second = authenticate(genuine);

    assertEquals(1, checked());
    assertEquals(APP_ID, second.claims().get("aud"));
    assertEquals(first.getIssuer(), second.getIssuer());
    authenticate(TOKENS.genuine(APP_ID, SERVICE_URL.replace("/uk/", "/emea/")), SERVICE_URL.replace("/uk/", "/emea/"));
    assertEquals(2, checked());
  }

  @Test
  void a_token_past_its_expiry_is_refused_although_it_was_trusted() throws Exception {
    // exp plus the allowed skew falls 3 s from now: accepted now, refused once that has passed.
    Instant expires = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(SKEW).plusSeconds(3);
    String soonExpired = Tokens.bearer(Tokens.claims(APP_ID, SERVICE_URL).withExpiresAt(Date.from(expires)), TOKENS.teams);
    authenticate(soonExpired);

    Thread.sleep(Math.max(0, Duration.between(Instant.now(), expires.plus(SKEW)).toMillis()) + 1_100);

    assertRefused(soonExpired, SERVICE_URL);
    assertEquals(2, checked());
  }

  @Test
  void a_token_signed_by_another_key_is_refused_every_time() {
    String forged = Tokens.bearer(Tokens.claims(APP_ID, SERVICE_URL), TOKENS.stranger);

    assertRefused(forged, SERVICE_URL);
    assertRefused(forged, SERVICE_URL);

    assertEquals(2, checked());
  }

  @Test
  void a_trusted_token_is_checked_for_another_service_url_and_forgotten_when_refused() {
    String genuine = TOKENS.genuine(APP_ID, SERVICE_URL);
    authenticate(genuine);

    assertRefused(genuine, "https://smba.trafficmanager.net/emea/");
    authenticate(genuine);

    assertEquals(3, checked());
  }

  @Test
  void a_trusted_token_is_refused_once_the_signing_keys_change_without_its_key() {
    String genuine = TOKENS.genuine(APP_ID, SERVICE_URL);
    authenticate(genuine);
    KeyPair rotated = LocalBotFramework.rsaKey();
    login.rotate("rotated-key-2", (RSAPublicKey) rotated.getPublic());
    // Past the one-a-minute bound, a token naming the new key makes the keys refresh.
    keysClock.ahead = Duration.ofMinutes(2);
    authenticate(Tokens.bearer(Tokens.claims(APP_ID, SERVICE_URL).withKeyId("rotated-key-2"), rotated));

    assertRefused(genuine, SERVICE_URL);
    assertEquals(3, checked());
  }

  /** Returns how many tokens the test has had checked in full. */
  private long checked() {
    return tokens.checks() - warmUpChecks;
  }

  private ClaimsIdentity authenticate(String authorization) {
    return authenticate(authorization, SERVICE_URL);
  }

  private ClaimsIdentity authenticate(String authorization, String serviceUrl) {
    return tokens.authenticate(authorization, CHANNEL, serviceUrl).join();
  }

  private void assertRefused(String authorization, String serviceUrl) {
    CompletionException e = assertThrows(CompletionException.class, () -> authenticate(authorization, serviceUrl));
    assertInstanceOf(AuthenticationException.class, e.getCause());
  }
}
