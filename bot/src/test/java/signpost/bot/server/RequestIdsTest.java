package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.LogFormat;
import signpost.bot.logging.Logs;
import signpost.bot.logging.RequestId;

/**
 * Each request through a real server has an id, the caller's {@code X-Request-Id} when plain, returned in the response
 * and on every line logged for it, readable or JSON; the question's words are never logged.
 */
class RequestIdsTest {

  private static final String QUESTION = "Who publishes the equality objectives zanzibar-marker?";
  @TempDir
  static Path knowledge;
  private static Assistant assistant;
  private static SignpostServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() throws Exception {
    assistant = Assistant.start(TestServers.small(knowledge, Map.of()));
    server = SignpostServer.start(assistant, List.of());
    api = new ApiClient(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    assistant.close();
  }

  @AfterEach
  void readable_again() {
    Logs.use(LogFormat.TEXT);
  }

  /** Asks the question, rates its answer with the request id given, and returns the rating's response and the log. */
  private static Rated askAndRate(String requestId) {
    try (CapturedLog captured = new CapturedLog()) {
      JsonNode answer = api.ask(QUESTION, null);
      HttpResponse<byte[]> rating = api.post("api/feedback", "{\"id\": \"" + answer.get("id").asText() + "\", \"helpful\": true}",
          RequestId.HEADER, requestId);
      return new Rated(rating, captured.text().lines().filter(line -> line.contains("Feedback on")).toList(), captured.text());
    }
  }

  private record Rated(HttpResponse<byte[]> response, List<String> ratingLines, String log) {}

  @Test
  void the_callers_request_id_is_returned_and_on_the_line_logged_for_the_request() {
    Rated rated = askAndRate("lb-7f3a.42");

    assertEquals(204, rated.response().statusCode());
    assertEquals("lb-7f3a.42", rated.response().headers().firstValue(RequestId.HEADER).orElse(""));
    assertEquals(1, rated.ratingLines().size(), rated.log());
    assertTrue(rated.ratingLines().get(0).contains(" [lb-7f3a.42] - Feedback on web-"), rated.ratingLines().get(0));
    assertFalse(rated.log().contains("zanzibar"), rated.log());
  }

  @Test
  void an_id_that_is_not_plain_is_replaced_by_a_new_one_so_it_cannot_forge_a_log_line() {
    Rated rated = askAndRate("evil\"} INFO forged");

    String given = rated.response().headers().firstValue(RequestId.HEADER).orElse("");
    assertNotEquals("evil\"} INFO forged", given);
    assertTrue(RequestId.plain(given).isPresent(), given);
    assertTrue(rated.ratingLines().get(0).contains(" [" + given + "] - "), rated.ratingLines().get(0));
    assertFalse(rated.log().contains("forged"), rated.log());
  }

  @Test
  void in_json_the_lines_of_a_request_are_objects_with_its_request_id_and_without_the_question() throws Exception {
    Logs.use(LogFormat.JSON);

    Rated rated = askAndRate("req-json-1");

    assertEquals(1, rated.ratingLines().size(), rated.log());
    JsonNode line = ApiClient.JSON.readTree(rated.ratingLines().get(0));
    assertEquals("req-json-1", line.get(RequestId.KEY).asText());
    assertEquals("signpost.bot.core.FeedbackLog", line.get("logger").asText());
    assertTrue(line.get("message").asText().startsWith("Feedback on web-"), line.toString());
    assertFalse(rated.log().contains("zanzibar"), rated.log());
  }
}
