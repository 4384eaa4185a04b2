package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real server with a watched rules folder, edited with a rule that throws on real questions. */
class RulesFolderServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir Path rules;

  @Test
  void a_reloaded_rule_that_throws_on_a_question_is_answered_by_the_last_good_rules_and_shown_in_readyz() throws Exception {
    try (Assistant assistant = Assistant.start(TestServers.config(Map.of("SIGNPOST_RULES", rules.toString())));
         SignpostServer server = SignpostServer.start(assistant, TestServers.none())) {
      // The example questions name no organisation, so this passes the check and fails on the first real question.
      Files.writeString(rules.resolve("local.drl"), "package signpost.rules.facts;\n\nrule \"ExplodeInAnOrganisation\"\n"
          + "when\n  InOrganisation()\nthen\n  throw new IllegalStateException(\"boom\");\nend\n");
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (get(server, "readyz").get("rules_generation").asInt() < 2) {
        assertTrue(System.nanoTime() < deadline, "the rules change was not picked up in 30 s");
        Thread.sleep(50);
      }

      HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(server.url().resolve("api/ask"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
              "{\"question\": \"We're proposing to stop a bus subsidy to save money. Do we need an EqIA?\", \"org\": \"derbyshire\"}"))
          .build(), HttpResponse.BodyHandlers.ofString());

      assertEquals(200, response.statusCode(), response.body());
      assertEquals("required", JSON.readTree(response.body()).get("eqia").get("verdict").asText());
      JsonNode ready = get(server, "readyz");
      assertTrue(ready.get("rules_watching").asBoolean(), ready.toString());
      assertTrue(ready.get("rules_last_error").asText().contains("failed on a question"), ready.toString());
    }
  }

  private static JsonNode get(SignpostServer server, String path) throws Exception {
    return JSON.readTree(CLIENT.send(HttpRequest.newBuilder(server.url().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }
}
