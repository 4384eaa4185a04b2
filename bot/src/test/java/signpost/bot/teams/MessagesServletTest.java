package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import signpost.bot.server.CapturedLog;
import signpost.bot.server.RawPost;

/**
 * {@code /api/messages} refuses what is not an activity as the rest of the server does, apologises when a reply fails,
 * and logs under the activity's id.
 */
class MessagesServletTest {

  private static TeamsFixture teams;

  @BeforeAll
  static void start() throws Exception {
    teams = TeamsFixture.local();
  }

  @AfterAll
  static void stop() {
    teams.close();
  }

  @BeforeEach
  void forget() {
    teams.connector.clear();
  }

  @Test
  void a_body_that_is_not_json_is_400_as_json() throws Exception {
    HttpResponse<String> response = teams.post("<activity/>", null);

    assertEquals(400, response.statusCode());
    assertTrue(response.body().startsWith("{\"error\":\"malformed JSON: "), response.body());
    assertTrue(response.body().endsWith("\"status\":400}"), response.body());
  }

  @Test
  void json_that_is_not_an_activity_is_400() throws Exception {
    HttpResponse<String> response = teams.post("{\"text\":\"What is the PSED?\"}", null);

    assertEquals(400, response.statusCode());
    assertEquals("expected a Bot Framework activity with \"type\" and \"serviceUrl\" like " + MessagesServlet.EXAMPLE,
        TeamsFixture.json(response.body()).path("error").asText());
  }

  @Test
  void a_get_is_405_as_json() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(teams.messages()).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(405, response.statusCode());
    assertEquals(405, TeamsFixture.json(response.body()).path("status").asInt());
  }

  @Test
  void a_body_over_the_limit_is_413_and_nothing_is_sent() throws Exception {
    String padding = "x".repeat((int) teams.config().maxBodyBytes());
    String body = teams.activity("personal-message.json").put("padding", padding).toString();

    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String response = RawPost.send(teams.server.url(), "/api/messages", "Content-Length: " + bytes.length, bytes);

    assertTrue(response.startsWith("HTTP/1.1 413 "), response);
    assertTrue(response.contains("\"error\":\"request body is over " + teams.config().maxBodyBytes() + " bytes\""), response);
    assertEquals(List.of(), teams.connector.calls());
  }

  @Test
  void the_lines_logged_for_an_activity_carry_its_activity_id() throws Exception {
    teams.connector.fail(1);
    ObjectNode activity = teams.activity("personal-message.json");

    String log;
    try (CapturedLog captured = new CapturedLog()) {
      assertEquals(200, teams.post(activity).statusCode());
      teams.connector.await(1);
      log = captured.text();
    }

    List<String> failed = log.lines().filter(line -> line.contains("Teams: a MESSAGE activity failed")).toList();
    assertEquals(1, failed.size(), log);
    assertTrue(failed.get(0).contains(" [" + activity.path("id").asText() + "] - "), failed.get(0));
    assertFalse(log.contains(activity.path("text").asText()), log);
  }

  @Test
  void when_the_connector_refuses_a_reply_the_asker_gets_an_apology_and_no_stack_trace() throws Exception {
    teams.connector.fail(1);

    HttpResponse<String> response = teams.post(teams.activity("personal-message.json"));

    assertEquals(200, response.statusCode());
    List<FakeConnector.Call> calls = teams.connector.await(2);
    assertEquals("message", calls.get(0).type(), "the refused answer");
    assertEquals(Boundary.SORRY, calls.get(1).activity().path("text").asText());
    assertEquals("1763633702351", calls.get(1).replyToId());
  }
}
