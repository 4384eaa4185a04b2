package signpost.bot.teams;

import signpost.bot.config.TeamsSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The app's token for replies comes from the configured endpoint and is kept until shortly before it expires. */
class TokenClientTest {

  private static FakeLogin login;

  /** A clock the test moves. */
  private static final class Moving extends Clock {
    Instant now = Instant.parse("2026-11-20T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @BeforeAll
  static void start() throws Exception {
    login = new FakeLogin(new Tokens());
  }

  @AfterAll
  static void stop() {
    login.close();
  }

  @Test
  void a_token_is_kept_until_five_minutes_before_it_expires_then_fetched_again() {
    Moving clock = new Moving();
    TokenClient client = new TokenClient(login.tokenUrl(), "app", "secret", clock, TeamsSettings.DEFAULT_TIMEOUT);
    int before = login.tokenRequests().size();

    String first = client.token("https://api.botframework.com/.default");
    clock.now = clock.now.plus(Duration.ofSeconds(3599).minus(TokenClient.EARLY).minusSeconds(1));
    String cached = client.token("https://api.botframework.com/.default");
    clock.now = clock.now.plusSeconds(1);
    String renewed = client.token("https://api.botframework.com/.default");

    assertEquals(first, cached);
    assertTrue(!renewed.equals(first), renewed);
    assertEquals(before + 2, login.tokenRequests().size());
  }

  @Test
  void an_endpoint_that_gives_no_token_is_named_with_the_app_id_and_never_the_secret() {
    TokenClient client = new TokenClient(login.tokenUrl().replace("/token", "/nothing-here"), "app-42", "do-not-print", Clock.systemUTC(), TeamsSettings.DEFAULT_TIMEOUT);

    TeamsException e = assertThrows(TeamsException.class, () -> client.token("scope"));

    assertTrue(e.getMessage().startsWith("BOT_TOKEN_URL " + login.tokenUrl().replace("/token", "/nothing-here")
        + " refused MICROSOFT_APP_ID app-42: HTTP 200"), e.getMessage());
    assertTrue(!e.getMessage().contains("do-not-print"), e.getMessage());
  }
}
