package signpost.bot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.server.ApiClient;
import signpost.bot.server.Assistant;
import signpost.bot.server.SignpostServer;
import signpost.bot.server.TestServers;

/**
 * The 15 shared conversations put to {@code POST /api/ask} on a real server as an API client holds them: the first
 * turn without a conversation, each later one with the id the server issued. Scored by the shared
 * {@code score_conversations.py}; at least 14 must pass.
 */
class ConversationsOverApiTest {

  private static final Pattern SUMMARY = Pattern.compile("conversations pass (\\d+)/(\\d+)");

  @TempDir Path dir;

  @Test
  void at_least_14_of_the_15_shared_conversations_pass_through_the_web_api() throws Exception {
    Map<String, List<ObjectNode>> conversations = new LinkedHashMap<>();
    for (String line : ScorePy.conversationTurns()) {
      ObjectNode turn = (ObjectNode) Fixtures.MAPPER.readTree(line);
      conversations.computeIfAbsent(turn.get("conversation").asText(), id -> new ArrayList<>()).add(turn);
    }
    assertEquals(15, conversations.size(), conversations.keySet().toString());
    List<JsonNode> answers = new ArrayList<>();
    // The conversations run side by side, as many people would: more requests from one address than the default allows.
    try (Assistant assistant = Assistant.start(TestServers.config(Map.of("SIGNPOST_MAX_REQUESTS_PER_CLIENT", "64")));
         SignpostServer server = SignpostServer.start(assistant, List.of())) {
      ApiClient api = new ApiClient(server.url());
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<JsonNode>>> running = new ArrayList<>();
        for (List<ObjectNode> turns : conversations.values()) running.add(pool.submit(() -> converse(api, turns)));
        for (Future<List<JsonNode>> conversation : running) answers.addAll(conversation.get());
      } finally {
        pool.shutdownNow();
      }
    }

    List<String> report = ScorePy.conversations(dir, answers);
    Matcher summary = SUMMARY.matcher(report.isEmpty() ? "" : report.get(report.size() - 1));
    assertTrue(summary.find(), String.join("\n", report));
    assertEquals("15", summary.group(2));
    assertTrue(Integer.parseInt(summary.group(1)) >= 14, String.join("\n", report));
  }

  /** Sends one conversation's turns in order, each after the last answer, and returns the answers. */
  private static List<JsonNode> converse(ApiClient api, List<ObjectNode> turns) {
    List<JsonNode> answers = new ArrayList<>();
    String issued = null;
    for (ObjectNode turn : turns) {
      ObjectNode body = Fixtures.MAPPER.createObjectNode().put("id", turn.get("id").asText())
          .put("question", turn.get("question").asText());
      body.set("org", turn.get("org"));
      if (issued != null) body.put("conversation", issued);
      JsonNode answer = ApiClient.json(api.post("api/ask", body.toString()));
      assertEquals(turn.get("id").asText(), answer.path("id").asText(), answer.toString());
      if (issued != null) assertEquals(issued, answer.get("conversation").asText());
      issued = answer.get("conversation").asText();
      answers.add(answer);
    }
    return answers;
  }
}
