package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.EdgeSettings;

/**
 * {@code POST /admin/reload}: absent without an admin token, refused without the right one, and with it a reload of
 * the knowledge now (200), or a refusal that keeps the last good knowledge (422).
 */
class AdminServletTest {

  private static final String TOKEN = "an-admin-token-of-more-than-32-characters";

  @TempDir static Path knowledge;
  private static Assistant assistant;

  @BeforeAll
  static void start() throws Exception {
    assistant = Assistant.start(TestServers.small(knowledge, Map.of("SIGNPOST_ADMIN_TOKEN", TOKEN)));
  }

  @AfterAll
  static void stop() {
    assistant.close();
  }

  @Test
  void without_an_admin_token_configured_there_is_no_reload_endpoint() {
    EdgeSettings edge = assistant.config().edge();
    EdgeSettings withoutToken = new EdgeSettings(edge.publicHosts(), edge.threads(), edge.perClient(), edge.minBodyRate(),
        edge.bodyTimeoutSeconds());
    long before = assistant.knowledgeStatus().generation();
    try (SignpostServer server = SignpostServer.start(assistant.withConfig(assistant.config().withEdge(withoutToken)),
        TestServers.none())) {
      ApiClient api = new ApiClient(server.url());

      assertEquals(List.of(404, 404), List.of(api.post("admin/reload", "", "Authorization", "Bearer " + TOKEN).statusCode(),
          api.get("admin/reload").statusCode()));
      assertEquals(before, assistant.knowledgeStatus().generation());
    }
  }

  @Test
  void a_reload_without_the_token_or_with_another_is_refused_and_changes_nothing() {
    long before = assistant.knowledgeStatus().generation();
    try (SignpostServer server = SignpostServer.start(assistant, TestServers.none())) {
      ApiClient api = new ApiClient(server.url());

      HttpResponse<byte[]> none = api.post("admin/reload", "");
      HttpResponse<byte[]> other = api.post("admin/reload", "", "Authorization", "Bearer " + TOKEN.replace('a', 'b'));
      HttpResponse<byte[]> prefix = api.post("admin/reload", "", "Authorization", "Bearer " + TOKEN.substring(0, 32));

      assertEquals(List.of(401, 401, 401), List.of(none.statusCode(), other.statusCode(), prefix.statusCode()));
      assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(null));
      assertEquals(before, assistant.knowledgeStatus().generation());
    }
  }

  @Test
  void a_reload_with_the_token_loads_a_new_document_now_and_a_bad_one_is_422_keeping_the_last_good() throws Exception {
    long before = assistant.knowledgeStatus().generation();
    try (SignpostServer server = SignpostServer.start(assistant, TestServers.none())) {
      ApiClient api = new ApiClient(server.url());
      Path parking = Files.writeString(knowledge.resolve("parking.md"), KnowledgeFolderServerTest.PARKING);

      HttpResponse<byte[]> reloaded = api.post("admin/reload", "", "Authorization", "Bearer " + TOKEN);

      assertEquals(200, reloaded.statusCode(), ApiClient.text(reloaded));
      JsonNode body = ApiClient.json(reloaded);
      assertTrue(body.get("reloaded").asBoolean());
      assertEquals(before + 1, body.get("knowledge_generation").asLong());
      assertEquals(List.of("parking.md"), KnowledgeFolderServerTest.documents(api.ask(KnowledgeFolderServerTest.QUESTION, null)));

      Path plan = knowledge.resolve("plan.md");
      String planText = Files.readString(plan);
      Files.delete(parking);
      Files.delete(plan);
      HttpResponse<byte[]> refused = api.post("admin/reload", "", "Authorization", "Bearer " + TOKEN);
      Files.writeString(plan, planText);

      assertEquals(422, refused.statusCode(), ApiClient.text(refused));
      JsonNode why = ApiClient.json(refused);
      assertFalse(why.get("reloaded").asBoolean());
      assertEquals(before + 1, why.get("knowledge_generation").asLong());
      assertTrue(why.get("knowledge_last_error").asText().contains("no readable document now (2 before)"), why.toString());
      assertEquals(List.of("parking.md"), KnowledgeFolderServerTest.documents(api.ask(KnowledgeFolderServerTest.QUESTION, null)));
    }
  }
}
