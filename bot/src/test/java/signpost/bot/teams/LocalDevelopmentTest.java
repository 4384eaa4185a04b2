package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Local development mode on a real server: unauthenticated activities are answered only when they come from this
 * machine, straight (not forwarded by a proxy), and name a {@code serviceUrl} on this machine; anything else is
 * refused with a 4xx and nothing reaches any connector.
 */
class LocalDevelopmentTest {

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
  void an_activity_from_this_machine_to_a_loopback_service_url_is_answered() throws Exception {
    HttpResponse<String> response = teams.post(teams.activity("personal-message.json"));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("message", teams.connector.await(1).get(0).type());
  }

  @Test
  void a_request_forwarded_by_a_proxy_on_this_machine_is_403_before_anything_is_answered() throws Exception {
    for (String header : List.of("X-Forwarded-For", "Forwarded", "X-Real-IP")) {
      HttpRequest request = HttpRequest.newBuilder(teams.messages()).header("Content-Type", "application/json")
          .header(header, header.equals("Forwarded") ? "for=203.0.113.9" : "203.0.113.9")
          .POST(HttpRequest.BodyPublishers.ofString(teams.activity("personal-message.json").toString())).build();

      HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

      assertEquals(403, response.statusCode(), header);
      assertEquals(MessagesServlet.NOT_LOCAL, TeamsFixture.json(response.body()).path("error").asText());
    }
    Thread.sleep(200);
    assertEquals(List.of(), teams.connector.calls());
  }

  @Test
  void service_urls_off_this_machine_or_not_http_are_400_never_500_and_nothing_is_sent() throws Exception {
    for (String url : List.of("http://127.attacker.example:3978/", "http://127.0.0.1.nip.io/", "https://teams.example/",
        "file:///etc/passwd", "ftp://127.0.0.1/", "http://user@127.0.0.1:9/", "not a url at all")) {
      ObjectNode activity = teams.activity("personal-message.json");
      activity.put("serviceUrl", url);

      HttpResponse<String> response = teams.post(activity);

      assertEquals(400, response.statusCode(), url + ": " + response.body());
      assertTrue(TeamsFixture.json(response.body()).path("error").asText().contains("serviceUrl"), response.body());
    }
    Thread.sleep(200);
    assertEquals(List.of(), teams.connector.calls());
  }
}
