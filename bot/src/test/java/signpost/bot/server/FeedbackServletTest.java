package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import signpost.bot.core.Feedback;
import signpost.bot.edi.LoggedQuestions;

/**
 * {@code /api/feedback} on a real server: only answers the server gave can be rated, each once (a second rating
 * replaces the first), and forged ratings keep nothing.
 */
class FeedbackServletTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static Assistant assistant;
  private static SignpostServer server;

  @BeforeAll
  static void start() {
    assistant = Assistant.start(TestServers.config(Map.of("SIGNPOST_DEFAULT_ORG", "cambridgeshire")));
    server = SignpostServer.start(assistant, TestServers.none());
  }

  @AfterAll
  static void stop() {
    server.close();
    assistant.close();
  }

  @Test
  void a_rating_for_an_answer_never_given_is_404_and_nothing_is_kept() throws Exception {
    int before = assistant.feedback().all().size();

    HttpResponse<String> forged = post("api/feedback", "{\"id\": \"web-forged-1\", \"helpful\": true}");

    assertEquals(404, forged.statusCode());
    assertTrue(JSON.readTree(forged.body()).path("error").asText().startsWith("no answer with that id was given here"), forged.body());
    assertEquals(before, assistant.feedback().all().size());
  }

  @Test
  void two_thousand_forged_ratings_keep_nothing() throws Exception {
    int before = assistant.feedback().all().size();

    for (int i = 0; i < 2_000; i++) {
      assertEquals(404, post("api/feedback", "{\"id\": \"web-" + i + "\", \"helpful\": false}").statusCode());
    }

    assertEquals(before, assistant.feedback().all().size());
  }

  @Test
  void an_answer_given_here_is_rated_once_and_a_second_rating_replaces_the_first() throws Exception {
    String id = JSON.readTree(post("api/ask", "{\"question\": \"Who signs off an EqIA?\"}").body()).get("id").asText();

    assertEquals(204, post("api/feedback", "{\"id\": \"" + id + "\", \"helpful\": true}").statusCode());
    assertEquals(204, post("api/feedback", "{\"id\": \"" + id + "\", \"helpful\": false}").statusCode());

    assertEquals(List.of(new Feedback(id, false, "web")),
        assistant.feedback().all().stream().filter(f -> f.questionId().equals(id)).toList());
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(server.url().resolve(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_thumbs_down_logs_the_question_for_the_edi_team_once_and_a_thumbs_up_logs_nothing() throws Exception {
    String liked = JSON.readTree(post("api/ask", "{\"question\": \"What are the staff networks?\"}").body()).get("id").asText();
    String disliked = JSON.readTree(post("api/ask", "{\"question\": \"What is the PSED, Mr Jones?\"}").body()).get("id").asText();

    assertEquals(204, post("api/feedback", "{\"id\": \"" + liked + "\", \"helpful\": true}").statusCode());
    assertEquals(204, post("api/feedback", "{\"id\": \"" + disliked + "\", \"helpful\": false}").statusCode());
    assertEquals(204, post("api/feedback", "{\"id\": \"" + disliked + "\", \"helpful\": false}").statusCode());

    Map<String, Integer> logged = LoggedQuestions.of(assistant, "cambridgeshire");
    assertEquals(1, logged.get("What is the PSED, [name]?"), logged.toString());
    assertTrue(!logged.containsKey("What are the staff networks?"), logged.toString());
  }
}
