package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import signpost.bot.config.Config;

/** A real server on loopback port 0 over the shared corpus, called with a real HTTP client. */
class SignpostServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static Assistant assistant;
  private static SignpostServer.Listener listener;
  private static SignpostServer server;

  @BeforeAll
  static void start() {
    assistant = Assistant.start(TestServers.config(Map.of("SIGNPOST_DEFAULT_ORG", "cambridgeshire")));
    // As serve does: its listener made beforehand, while the knowledge loads.
    listener = SignpostServer.Listener.of(assistant.config());
    server = SignpostServer.start(assistant, TestServers.none(), listener);
  }

  @AfterAll
  static void stop() {
    server.close();
    assistant.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(server.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(server.url().resolve(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
    return JSON.readTree(response.body());
  }

  @Test
  void connections_keep_no_cache_of_header_fields() {
    // Jetty's default made a trie of about 70 KB for every new connection (docs/performance-server.md, 14).
    assertEquals(0, SignpostServer.http().getHeaderCacheSize());
  }

  @Test
  void a_listener_made_beforehand_serves_one_server_only() {
    IllegalStateException again = assertThrows(IllegalStateException.class,
        () -> SignpostServer.start(assistant, TestServers.none(), listener));

    assertEquals("a listener serves one server only", again.getMessage());
  }

  @Test
  void healthz_says_the_process_is_up() throws Exception {
    HttpResponse<String> response = get("healthz");

    assertEquals(200, response.statusCode());
    assertEquals("up", json(response).get("status").asText());
  }

  @Test
  void readyz_says_what_is_loaded() throws Exception {
    JsonNode ready = json(get("readyz"));

    assertEquals("ready", ready.get("status").asText());
    assertTrue(ready.get("documents").asInt() >= 5, ready.toString());
    assertTrue(ready.get("rules").asInt() > 30, ready.toString());
    assertEquals(1, ready.get("rules_generation").asInt());
  }

  @Test
  void ask_returns_the_answer_contract_with_the_eqia_verdict() throws Exception {
    HttpResponse<String> response = post("api/ask",
        "{\"question\": \"We're proposing to stop a bus subsidy to save money. Do we need an EqIA?\", \"org\": \"derbyshire\"}");

    assertEquals(200, response.statusCode());
    JsonNode answer = json(response);
    assertEquals("eqia", answer.get("intent").asText());
    assertEquals("required", answer.get("eqia").get("verdict").asText());
    assertEquals("derbyshire", answer.get("org").asText());
    assertTrue(answer.get("id").asText().startsWith("web-"), answer.toString());
  }

  @Test
  void ask_without_an_org_uses_the_configured_default() throws Exception {
    JsonNode answer = json(post("api/ask", "{\"question\": \"Who advises on EqIAs?\", \"id\": \"q1\"}"));

    assertEquals("cambridgeshire", answer.get("org").asText());
    assertEquals("q1", answer.get("id").asText());
    assertEquals("EqIA Super Users", answer.get("contacts").get(0).get("name").asText());
  }

  @Test
  void an_explicit_null_org_asks_as_no_organisation() throws Exception {
    JsonNode answer = json(post("api/ask", "{\"question\": \"Who advises on EqIAs?\", \"org\": null}"));

    assertTrue(answer.get("org").isNull(), answer.toString());
    assertEquals("your EDI team", answer.get("contacts").get(0).get("name").asText());
  }

  @Test
  void an_org_named_by_its_full_name_in_any_case_asks_as_its_id() throws Exception {
    JsonNode answer = json(post("api/ask", "{\"question\": \"Who advises on EqIAs?\", \"org\": \"derbyshire COUNTY council\"}"));

    assertEquals("derbyshire", answer.get("org").asText());
    assertEquals("derbyshire", json(post("api/ask", "{\"question\": \"Who advises on EqIAs?\", \"org\": \"Derbyshire\"}"))
        .get("org").asText());
  }

  @Test
  void an_unknown_org_is_a_400_listing_the_known_ids() throws Exception {
    HttpResponse<String> unknown = post("api/ask", "{\"question\": \"hi\", \"org\": \"atlantis\"}");

    assertEquals(400, unknown.statusCode());
    JsonNode error = json(unknown);
    assertEquals("unknown organisation: atlantis; known: cambridgeshire, derby-city, derbyshire", error.get("error").asText());
    assertEquals(400, error.get("status").asInt());
    assertEquals(List.of("cambridgeshire", "derby-city", "derbyshire"),
        JSON.convertValue(error.get("known"), List.class));
  }

  @Test
  void malformed_json_is_a_400_with_a_json_error() throws Exception {
    HttpResponse<String> response = post("api/ask", "{\"question\": ");

    assertEquals(400, response.statusCode());
    assertTrue(json(response).get("error").asText().startsWith("malformed JSON"), response.body());
  }

  @Test
  void a_missing_empty_or_overlong_question_or_unknown_org_is_a_400_saying_which() throws Exception {
    assertEquals("\"question\" must be a string", json(post("api/ask", "{\"org\": null}")).get("error").asText());
    assertEquals("question must not be empty", json(post("api/ask", "{\"question\": \"  \"}")).get("error").asText());
    HttpResponse<String> overlong = post("api/ask", "{\"question\": \"" + "a".repeat(2001) + "\"}");
    assertEquals(400, overlong.statusCode());
    assertTrue(json(overlong).get("error").asText().contains("the limit is 2000"), overlong.body());
    HttpResponse<String> unknown = post("api/ask", "{\"question\": \"hi\", \"org\": \"atlantis\"}");
    assertEquals(400, unknown.statusCode());
    assertTrue(json(unknown).get("error").asText().startsWith("unknown organisation: atlantis"), unknown.body());
    assertEquals(400, post("api/ask", "[1, 2]").statusCode());
  }

  /** One megabyte and one byte of body in HTTP/1.1 chunks, with no length given up front. */
  private static final byte[] CHUNKED_OVER_LIMIT =
      ("100000\r\n" + "a".repeat(0x100000) + "\r\n1\r\na\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

  @Test
  void a_body_over_one_megabyte_is_a_413_with_or_without_a_length() throws Exception {
    String sized = RawPost.send(server.url(), "/api/ask", "Content-Length: " + (1024 * 1024 + 1), new byte[0]);
    String streamed = RawPost.send(server.url(), "/api/ask", "Transfer-Encoding: chunked", CHUNKED_OVER_LIMIT);

    assertTrue(sized.startsWith("HTTP/1.1 413 "), sized);
    assertTrue(sized.contains("\"status\":413"), sized);
    assertTrue(streamed.startsWith("HTTP/1.1 413 "), streamed);
  }

  @Test
  void a_body_read_as_text_stops_at_the_limit_too_and_is_decoded_as_utf8() throws Exception {
    HttpServlet echo = new HttpServlet() {
      @Override
      protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String body = request.getReader().lines().collect(java.util.stream.Collectors.joining("\n"));
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().print(body.length() + ":" + body.substring(0, Math.min(10, body.length())));
      }
    };
    try (SignpostServer other = SignpostServer.start(assistant, List.of(new Mount("/echo", echo)))) {
      String streamed = RawPost.send(other.url(), "/echo", "Transfer-Encoding: chunked", CHUNKED_OVER_LIMIT);
      HttpResponse<String> small = CLIENT.send(HttpRequest.newBuilder(other.url().resolve("echo"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("\"équité\"")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertTrue(streamed.startsWith("HTTP/1.1 413 "), streamed);
      assertEquals("8:\"équité\"", small.body());
    }
  }

  @Test
  void unknown_paths_and_wrong_methods_get_json_errors_without_stack_traces() throws Exception {
    HttpResponse<String> missing = get("no/such/page");
    HttpResponse<String> wrongMethod = get("api/ask");

    assertEquals(404, missing.statusCode());
    assertEquals("not found", json(missing).get("error").asText());
    assertEquals(405, wrongMethod.statusCode());
    assertTrue(!wrongMethod.body().contains("at org.") && !wrongMethod.body().contains("Exception"), wrongMethod.body());
  }

  @Test
  void a_question_padded_with_spaces_is_measured_without_them() throws Exception {
    HttpResponse<String> padded = post("api/ask", "{\"question\": \"" + " ".repeat(1500) + "Who advises on EqIAs?" + " ".repeat(1500) + "\"}");

    assertEquals(200, padded.statusCode(), padded.body());
    assertEquals("Who advises on EqIAs?", json(padded).get("question").asText());
  }

  @Test
  void a_rating_whose_id_holds_a_newline_cannot_forge_a_log_line() throws Exception {
    String forged = "2026-12-01T00:00:00.000+0000 [main] ERROR signpost.bot.server.Assistant - forged";
    String log;
    try (CapturedLog captured = new CapturedLog()) {
      // An id never issued is refused before anything is logged; one that was issued cannot hold a newline.
      assertEquals(404, post("api/feedback", "{\"id\": \"web-1\\n" + forged + "\", \"helpful\": true}").statusCode());
      log = captured.text();
    }

    assertTrue(log.lines().noneMatch(line -> line.startsWith(forged)), log);
  }

  @Test
  void the_web_chat_page_and_its_assets_are_served_without_any_cdn() throws Exception {
    HttpResponse<String> page = get("");

    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("aria-live=\"polite\""), page.body());
    assertTrue(!page.body().contains("https://"), "the page loads nothing from elsewhere");
    assertEquals(200, get("chat.js").statusCode());
    assertEquals(200, get("chat.css").statusCode());
  }

  @Test
  void organisations_are_listed_for_the_picker_with_the_default() throws Exception {
    JsonNode orgs = json(get("api/orgs"));

    assertEquals("cambridgeshire", orgs.get("default").asText());
    assertEquals(3, orgs.get("organisations").size());
  }

  @Test
  void feedback_is_recorded_with_the_question_id_only() throws Exception {
    assertEquals(200, post("api/ask", "{\"id\": \"web-123\", \"question\": \"What is the PSED?\"}").statusCode());
    HttpResponse<String> ok = post("api/feedback", "{\"id\": \"web-123\", \"helpful\": false}");
    HttpResponse<String> bad = post("api/feedback", "{\"id\": \"web-123\"}");

    assertEquals(204, ok.statusCode());
    assertEquals(400, bad.statusCode());
    assertTrue(assistant.feedback().all().stream().anyMatch(f -> f.questionId().equals("web-123") && !f.helpful()));
  }

  @Test
  void a_second_server_on_a_taken_port_refuses_to_start_and_says_why() {
    Config taken = assistant.config().withPort(server.url().getPort());
    Assistant same = assistant.withConfig(taken);

    ServerException e = assertThrows(ServerException.class, () -> SignpostServer.start(same, TestServers.none()));

    assertEquals("port " + server.url().getPort() + " on 127.0.0.1 is already in use; choose another with --port or SIGNPOST_PORT",
        e.getMessage());
  }

  @Test
  void stopping_lets_an_in_flight_request_finish() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    HttpServlet slow = new HttpServlet() {
      @Override
      protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        entered.countDown();
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        response.getWriter().print("finished");
      }
    };
    SignpostServer other = SignpostServer.start(assistant, List.of(new Mount("/slow", slow)));
    CompletableFuture<HttpResponse<String>> inFlight = CLIENT.sendAsync(
        HttpRequest.newBuilder(other.url().resolve("slow")).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(entered.await(10, TimeUnit.SECONDS));

    other.close();

    HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
    assertEquals(200, response.statusCode());
    assertEquals("finished", response.body());
    assertThrows(Exception.class, () -> CLIENT.send(HttpRequest.newBuilder(other.url().resolve("healthz")).build(),
        HttpResponse.BodyHandlers.ofString()));
  }
}
