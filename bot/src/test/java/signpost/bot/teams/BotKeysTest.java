package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Token checks never wait on a stalled key endpoint longer than {@code BOT_HTTP_TIMEOUT_SECONDS}: here the stand-in's
 * OpenID metadata and keys answer after 3 s and the timeout is 1 s. Without cached keys a well-formed token is refused
 * within the timeout; with cached keys a genuine token is answered at once while a refresh is stalled.
 */
class BotKeysTest {

  private static final Tokens TOKENS = new Tokens();
  private static final Duration STALL = Duration.ofSeconds(3);
  private static final Map<String, String> ONE_SECOND = Map.of("BOT_HTTP_TIMEOUT_SECONDS", "1");

  @Test
  void a_token_is_refused_within_the_timeout_when_the_key_endpoint_stalls_and_no_keys_are_cached() throws Exception {
    try (FakeLogin login = new FakeLogin(TOKENS)) {
      login.stall(STALL);
      TeamsFixture teams = TeamsFixture.authenticated(login, ONE_SECOND);
      try {
        long start = System.nanoTime();
        HttpResponse<String> response = teams.post(message(teams).toString(), TOKENS.genuine(TeamsFixture.APP_ID, teams.connector.serviceUrl()));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(401, response.statusCode(), response.body());
        assertTrue(millis < 2_500, "answered after " + millis + " ms");
      } finally {
        teams.close();
      }
    }
  }

  @Test
  void cached_keys_answer_at_once_while_a_refresh_for_an_unknown_key_is_stalled() throws Exception {
    try (FakeLogin login = new FakeLogin(TOKENS)) {
      TeamsFixture teams = TeamsFixture.authenticated(login, ONE_SECOND);
      try {
        String serviceUrl = teams.connector.serviceUrl();
        assertEquals(200, teams.post(message(teams).toString(), TOKENS.genuine(TeamsFixture.APP_ID, serviceUrl)).statusCode());
        login.stall(STALL);

        long start = System.nanoTime();
        HttpResponse<String> unknown = teams.post(message(teams).toString(),
            Tokens.bearer(Tokens.claims(TeamsFixture.APP_ID, serviceUrl).withKeyId("rotated-key-2"), TOKENS.stranger));
        long unknownMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        HttpResponse<String> genuine = teams.post(message(teams).toString(), TOKENS.genuine(TeamsFixture.APP_ID, serviceUrl));
        long genuineMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(401, unknown.statusCode());
        assertTrue(unknownMillis < 2_500, "the unknown key was refused after " + unknownMillis + " ms");
        assertEquals(200, genuine.statusCode(), genuine.body());
        assertTrue(genuineMillis < 1_500, "the cached key answered after " + genuineMillis + " ms");
      } finally {
        teams.close();
      }
    }
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode message(TeamsFixture teams) {
    return teams.activity("personal-message.json");
  }
}
