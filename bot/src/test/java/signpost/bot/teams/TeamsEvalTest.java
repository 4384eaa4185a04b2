package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import signpost.bot.conversation.Inbound;
import signpost.bot.conversation.Reply;
import signpost.bot.core.Answer;
import signpost.bot.core.Citation;
import signpost.bot.core.Paragraph;
import signpost.bot.server.TestServers;

/**
 * Every fourth question of {@code ../shared/eval/dev.jsonl} (8 of 30, from no organisation and from each council),
 * asked as the first message of a personal chat through {@code /api/messages}, gets a card carrying exactly the reply
 * Signpost gives the same question opening any conversation: the same text and the same sources, in order; an EqIA
 * question's screening is the only difference, its reference (random by design).
 */
class TeamsEvalTest {

  private static final String NO_ORG_TENANT = "0f0e0d0c-0b0a-4909-8807-060504030201";
  private static final Map<String, String> TENANTS = Map.of("cambridgeshire", TeamsFixture.CAMBS_TENANT,
      "derbyshire", TeamsFixture.DERBY_TENANT, "derby-city", "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9");
  private static TeamsFixture teams;

  @BeforeAll
  static void start() throws Exception {
    List<String> pairs = new ArrayList<>();
    TENANTS.forEach((org, tenant) -> pairs.add(tenant + "=" + org));
    teams = TeamsFixture.local(Map.of("SIGNPOST_DEFAULT_ORG", "", "TEAMS_TENANTS", String.join(",", pairs)));
  }

  @AfterAll
  static void stop() {
    teams.close();
  }

  @Test
  void dev_questions_asked_in_teams_carry_the_pipelines_answer_text_and_sources() throws Exception {
    List<JsonNode> sample = sample();
    assertEquals(8, sample.size());
    for (JsonNode question : sample) {
      String org = question.path("org").isNull() ? null : question.path("org").asText();
      teams.connector.clear();
      ObjectNode message = teams.activity("personal-message.json");
      String id = question.path("id").asText();
      message.put("text", question.path("question").asText());
      message.with("conversation").put("tenantId", org == null ? NO_ORG_TENANT : TENANTS.get(org)).put("id", "a:eval-" + id);

      assertEquals(200, teams.post(message).statusCode());

      JsonNode reply = teams.connector.await(1).get(0).activity();
      Reply conversed = teams.assistant.dialogue().reply(new Inbound("eval:" + id, "eval", "eval", question.path("question").asText(), org));
      Answer expected = conversed.answer();
      JsonNode card = reply.at("/attachments/0/content");
      AdaptiveCard expectedCard = AnswerCard.of(expected, List.of(), ScreeningSteps.of(conversed, teams.channel.answering().links()));
      assertEquals(withoutReferences(expectedCard.json().get("body").toString()), withoutReferences(card.get("body").toString()), id);
      List<String> texts = TeamsChannelTest.texts(card.get("body")).stream().map(TeamsEvalTest::withoutReferences).toList();
      for (Paragraph paragraph : expected.brief()) {
        if (AnswerCard.SHOWN_APART.contains(paragraph.kind())) continue;
        for (String block : paragraph.text().split("\n\n")) assertTrue(texts.contains(withoutReferences(block)), id + ": " + block);
      }
      List<Citation> sources = expected.sources();
      for (int i = 0; i < sources.size(); i++) {
        assertEquals("[" + (i + 1) + "] " + sources.get(i).label(), texts.get(texts.indexOf("Sources") + 1 + i), id);
      }
      assertEquals(withoutReferences(expectedCard.plain()), withoutReferences(reply.path("summary").asText()), id);
    }
  }

  private static String withoutReferences(String text) {
    return text.replaceAll("SCR-[A-Z0-9-]+", "SCR-REFERENCE");
  }

  private static List<JsonNode> sample() throws Exception {
    Path file = TestServers.corpus().getParent().resolve("eval").resolve("dev.jsonl");
    List<String> lines = Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
    List<JsonNode> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += 4) out.add(TeamsFixture.json(lines.get(i)));
    return out;
  }
}
