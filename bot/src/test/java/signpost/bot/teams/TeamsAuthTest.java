package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import signpost.bot.config.TeamsMode;

/**
 * With an app id, every activity must carry a Bot Framework token that checks out against the OpenID metadata and
 * keys (a stand-in on loopback, with RSA keys made here); replies carry the app's own token from the token endpoint.
 * A refused request gets 401 and nothing else happens: no answer is worked out and nothing reaches the connector.
 */
class TeamsAuthTest {

  private static final Tokens TOKENS = new Tokens();
  private static FakeLogin login;
  private static TeamsFixture teams;

  @BeforeAll
  static void start() throws Exception {
    login = new FakeLogin(TOKENS);
    teams = TeamsFixture.authenticated(login);
  }

  @AfterAll
  static void stop() {
    teams.close();
    login.close();
  }

  @BeforeEach
  void forget() {
    teams.connector.clear();
  }

  @Test
  void a_genuine_token_is_answered_and_the_replies_carry_the_apps_token_from_the_token_endpoint() throws Exception {
    assertEquals(TeamsMode.AUTHENTICATED, teams.channel.mode());

    HttpResponse<String> first = teams.post(message().toString(), TOKENS.genuine(TeamsFixture.APP_ID, serviceUrl()));
    HttpResponse<String> second = teams.post(message().toString(), TOKENS.genuine(TeamsFixture.APP_ID, serviceUrl()));

    assertEquals(List.of(200, 200), List.of(first.statusCode(), second.statusCode()));
    List<FakeConnector.Call> calls = teams.connector.await(2);
    assertEquals(List.of("message", "message"), calls.stream().map(FakeConnector.Call::type).toList());
    for (FakeConnector.Call call : calls) assertEquals("Bearer " + FakeLogin.accessToken(1), call.authorization());
    assertEquals(List.of(Map.of("grant_type", "client_credentials", "client_id", TeamsFixture.APP_ID,
        "client_secret", TeamsFixture.APP_PASSWORD, "scope", "https://api.botframework.com/.default")), login.tokenRequests());
  }

  @Test
  void no_authorization_header_is_401() throws Exception {
    assertRefused(null);
  }

  @Test
  void a_token_that_is_not_a_jwt_is_401() throws Exception {
    assertRefused("Bearer this-is-not-a-token");
  }

  @Test
  void a_token_signed_by_another_key_is_401() throws Exception {
    assertRefused(Tokens.bearer(Tokens.claims(TeamsFixture.APP_ID, serviceUrl()), TOKENS.stranger));
  }

  @Test
  void a_token_from_another_issuer_is_401() throws Exception {
    assertRefused(Tokens.bearer(Tokens.claims(TeamsFixture.APP_ID, serviceUrl()).withIssuer("https://api.botframework.example"),
        TOKENS.teams));
  }

  @Test
  void a_token_for_another_app_is_401() throws Exception {
    assertRefused(Tokens.bearer(Tokens.claims("0b1c2d3e-another-bot", serviceUrl()), TOKENS.teams));
  }

  @Test
  void an_expired_token_is_401() throws Exception {
    Instant hourAgo = Instant.now().minusSeconds(3600);
    assertRefused(Tokens.bearer(Tokens.claims(TeamsFixture.APP_ID, serviceUrl()).withNotBefore(Date.from(hourAgo))
        .withIssuedAt(Date.from(hourAgo)).withExpiresAt(Date.from(Instant.now().minusSeconds(600))), TOKENS.teams));
  }

  @Test
  void a_token_expired_by_the_servers_clock_is_401_though_it_was_trusted_and_the_system_clock_still_takes_it()
      throws Exception {
    Ahead clock = new Ahead();
    // A sign-in stand-in of its own, so that the app tokens this server takes are not the other tests' to count.
    FakeLogin own = new FakeLogin(TOKENS);
    try (own; TeamsFixture shifted = TeamsFixture.authenticated(own, clock)) {
      String token = TOKENS.genuine(TeamsFixture.APP_ID, shifted.connector.serviceUrl());
      ObjectNode message = shifted.activity("personal-message.json");
      assertEquals(200, shifted.post(message.toString(), token).statusCode());

      clock.ahead = Duration.ofHours(2);

      HttpResponse<String> trusted = shifted.post(message.toString(), token);
      assertEquals(401, trusted.statusCode(), trusted.body());
      HttpResponse<String> fresh = shifted.post(message.toString(), TOKENS.genuine(TeamsFixture.APP_ID,
          shifted.connector.serviceUrl()));
      assertEquals(401, fresh.statusCode(), fresh.body());
    }
  }

  /** The real time plus however far a test has moved it: the server's clock, moved past a token's expiry. */
  private static final class Ahead extends Clock {
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

  @Test
  void an_unsigned_token_with_alg_none_is_401() throws Exception {
    assertRefused("Bearer " + Tokens.claims(TeamsFixture.APP_ID, serviceUrl()).sign(Algorithm.none()));
  }

  @Test
  void a_token_signed_by_a_key_not_endorsed_for_msteams_is_401() throws Exception {
    assertRefused(Tokens.bearer(Tokens.claims(TeamsFixture.APP_ID, serviceUrl()).withKeyId(Tokens.WEBCHAT_KEY), TOKENS.webchat));
  }

  @Test
  void a_token_for_another_service_url_is_401() throws Exception {
    assertRefused(Tokens.bearer(Tokens.claims(TeamsFixture.APP_ID, "https://smba.trafficmanager.net/emea/"), TOKENS.teams));
  }

  private static void assertRefused(String authorization) throws Exception {
    int kept = teams.channel.answering().kept();
    int tokens = login.tokenRequests().size();

    HttpResponse<String> response = teams.post(message().toString(), authorization);

    assertEquals(401, response.statusCode(), response.body());
    assertEquals(TeamsFixture.json("{\"error\":\"" + Boundary.UNAUTHENTICATED + "\",\"status\":401}"), TeamsFixture.json(response.body()));
    Thread.sleep(200);
    assertEquals(List.of(), teams.connector.calls());
    assertEquals(kept, teams.channel.answering().kept());
    assertEquals(tokens, login.tokenRequests().size());
  }

  private static ObjectNode message() {
    return teams.activity("personal-message.json");
  }

  private static String serviceUrl() {
    return teams.connector.serviceUrl();
  }
}
