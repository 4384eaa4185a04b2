package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server watching its knowledge folder: a document added is cited by the next answer, even to a question
 * answered (and cached) before; a folder emptied is refused, the last good knowledge keeps answering and
 * {@code /readyz} says why.
 */
class KnowledgeFolderServerTest {

  static final String PARKING = "# Parking guide\n\n## Blue badges\n\nBlue badge holders park free in the bays beside "
      + "the main entrance of County Hall.\n";
  static final String QUESTION = "Where do blue badge holders park?";

  @TempDir Path knowledge;

  @Test
  void a_document_added_to_the_watched_folder_is_cited_by_the_next_answer_to_a_question_asked_before() throws Exception {
    try (Assistant assistant = Assistant.start(TestServers.small(knowledge, Map.of())).watchKnowledge();
         SignpostServer server = SignpostServer.start(assistant, TestServers.none())) {
      ApiClient api = new ApiClient(server.url());
      assertFalse(documents(api.ask(QUESTION, null)).contains("parking.md"));

      Files.writeString(knowledge.resolve("parking.md"), PARKING);
      JsonNode ready = await(api, r -> r.get("knowledge_generation").asLong() >= 2);

      assertTrue(ready.get("knowledge_watching").asBoolean(), ready.toString());
      assertTrue(ready.get("knowledge_last_error").isNull(), ready.toString());
      assertEquals(2, ready.get("documents").asInt() - assistant.knowledge().report().documents().stream()
          .filter(d -> d.builtIn()).count(), ready.toString());
      JsonNode answer = api.ask(QUESTION, null);
      assertEquals(List.of("parking.md"), documents(answer), answer.toString());
    }
  }

  @Test
  void a_folder_emptied_is_refused_the_last_good_knowledge_keeps_answering_and_readyz_says_why() throws Exception {
    try (Assistant assistant = Assistant.start(TestServers.small(knowledge, Map.of())).watchKnowledge();
         SignpostServer server = SignpostServer.start(assistant, TestServers.none())) {
      ApiClient api = new ApiClient(server.url());

      Files.delete(knowledge.resolve("plan.md"));
      JsonNode ready = await(api, r -> !r.get("knowledge_last_error").isNull());

      assertEquals("ready", ready.get("status").asText());
      assertEquals(1, ready.get("knowledge_generation").asInt());
      assertTrue(ready.get("knowledge_last_error").asText().contains("no readable document now (1 before)"), ready.toString());
      JsonNode answer = api.ask("How often does the council publish equality objectives?", null);
      assertTrue(answer.get("text").asText().contains("every four years"), answer.toString());
      assertEquals(List.of("plan.md"), documents(answer));
    }
  }

  static List<String> documents(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    answer.get("sources").forEach(source -> ids.add(source.get("document").asText()));
    return ids;
  }

  /** Returns {@code /readyz} once it shows what the test waits for; fails after 20 s. */
  static JsonNode await(ApiClient api, Predicate<JsonNode> shown) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      HttpResponse<byte[]> response = api.get("readyz");
      JsonNode ready = ApiClient.json(response);
      if (shown.test(ready)) return ready;
      assertTrue(System.nanoTime() < end, "not shown in 20 s: " + ready);
      Thread.sleep(50);
    }
  }
}
