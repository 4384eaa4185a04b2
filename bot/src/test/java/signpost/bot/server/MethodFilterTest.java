package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's edge on a real server: which methods it answers, which headers it sends and never sends. */
class MethodFilterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static Assistant assistant;
  private static SignpostServer server;

  @BeforeAll
  static void start(@TempDir Path folder) throws Exception {
    assistant = Assistant.start(TestServers.small(folder, Map.of()));
    server = SignpostServer.start(assistant, TestServers.none());
  }

  @AfterAll
  static void stop() {
    server.close();
    assistant.close();
  }

  private static HttpResponse<String> send(String method, String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(server.url().resolve(path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void trace_is_a_405_that_echoes_nothing() throws Exception {
    String response = RawPost.exchange(server.url(), "TRACE / HTTP/1.1\r\nHost: localhost\r\nCookie: session=secret-cookie\r\n"
        + "Connection: close\r\n\r\n");

    assertTrue(response.startsWith("HTTP/1.1 405"), response);
    assertFalse(response.contains("secret-cookie"), response);
    assertTrue(response.contains("Allow: GET, HEAD, POST"), response);
  }

  @Test
  void an_unknown_method_is_a_json_405_not_an_internal_error() throws Exception {
    for (String method : new String[] {"FOO", "PUT", "DELETE", "OPTIONS"}) {
      HttpResponse<String> response = send(method, "api/ask");

      assertEquals(405, response.statusCode(), method);
      assertEquals(405, JSON.readTree(response.body()).get("status").asInt(), response.body());
      assertTrue(response.body().contains("method not allowed"), response.body());
    }
  }

  @Test
  void delete_is_answered_only_under_the_screening_records() throws Exception {
    HttpResponse<String> record = send("DELETE", "api/screenings/SCR-0000-0000-0000-0000");
    HttpResponse<String> put = send("PUT", "api/screenings/SCR-0000-0000-0000-0000");
    HttpResponse<String> elsewhere = send("DELETE", "api/feedback");

    assertEquals(401, record.statusCode(), record.body());
    assertEquals(405, put.statusCode());
    assertEquals("GET, HEAD, POST, DELETE", put.headers().firstValue("Allow").orElseThrow());
    assertEquals(405, elsewhere.statusCode());
    assertEquals("GET, HEAD, POST", elsewhere.headers().firstValue("Allow").orElseThrow());
  }

  @Test
  void no_response_names_the_server_software_and_every_one_forbids_sniffing() throws Exception {
    for (String path : new String[] {"healthz", "", "api/orgs", "no-such-page", "api/ask"}) {
      HttpResponse<String> response = send("GET", path);

      assertTrue(response.headers().firstValue("Server").isEmpty(), path + ": " + response.headers());
      assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }
    String badHttp = RawPost.exchange(server.url(), "GET /healthz HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n");
    assertTrue(badHttp.startsWith("HTTP/1.1 400"), badHttp);
    assertFalse(badHttp.toLowerCase().contains("server:"), badHttp);
  }

  @Test
  void the_web_chat_keeps_its_content_security_policy() throws Exception {
    HttpResponse<String> page = send("GET", "");

    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), page.headers().toString());
  }
}
