package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.StoreSettings;
import signpost.bot.core.Answer;
import signpost.bot.core.Feedback;
import signpost.bot.core.Question;
import signpost.bot.edi.LoggedQuestions;
import signpost.bot.store.TestPostgres;

/**
 * The answer's 👍, 👎 and "Why?" buttons, pressed through a real server with signed block actions, and on another
 * replica than the one that answered.
 */
@ExtendWith(TestPostgres.class)
class ButtonsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EQIA = "Do I need an EqIA for cutting day-centre hours?";
  private static SlackFixture slack;

  @BeforeAll
  static void start() throws Exception {
    slack = new SlackFixture(SlackFixture.PATIENT);
  }

  @AfterAll
  static void stop() throws Exception {
    slack.close();
  }

  @BeforeEach
  void forget() {
    slack.slackApi.clear();
  }

  private static void press(String actionId, String value, String responseName) throws Exception {
    HttpResponse<String> response = slack.requests.send(
        SignedRequests.buttonPress(actionId, value, "T_CAMBS", slack.slackApi.responseUrl(responseName)), SignedRequests.FORM);
    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void thumbs_up_then_down_by_one_person_keep_one_rating_by_question_id_and_nothing_about_who() throws Exception {
    String id = askedId();
    int before = slack.assistant.feedback().all().size();

    press(SlackBlocks.HELPFUL, id, "up");
    press(SlackBlocks.NOT_HELPFUL, id, "down");

    JsonNode thanks = slack.slackApi.await("/response/up").json(null);
    assertEquals("ephemeral", thanks.get("response_type").asText());
    assertFalse(thanks.get("replace_original").asBoolean());
    assertEquals(Buttons.THANKS, thanks.get("text").asText());
    slack.slackApi.await("/response/down");
    List<Feedback> ratings = slack.assistant.feedback().all();
    assertEquals(before, ratings.size() - 1);
    assertEquals(new Feedback(id, false, "slack"), ratings.get(ratings.size() - 1));
  }

  @Test
  void rating_an_answer_signpost_never_gave_keeps_nothing_and_says_so_privately() throws Exception {
    int before = slack.assistant.feedback().all().size();

    press(SlackBlocks.HELPFUL, "slack-Ev_NEVER_GIVEN", "forged");

    assertEquals(Buttons.TOO_OLD, slack.slackApi.await("/response/forged").json(null).get("text").asText());
    assertEquals(before, slack.assistant.feedback().all().size());
  }

  private static String askedId() throws Exception {
    HttpResponse<String> ack = slack.requests.send(
        SignedRequests.slashCommand(EQIA, "T_CAMBS", slack.slackApi.responseUrl("ask")), SignedRequests.FORM);
    return Blocks.last(JSON.readTree(ack.body()).get("blocks")).get("elements").get(0).get("value").asText();
  }

  @Test
  void why_shows_the_rules_and_the_verdicts_reasons_privately() throws Exception {
    HttpResponse<String> ack = slack.requests.send(
        SignedRequests.slashCommand(EQIA, "T_CAMBS", slack.slackApi.responseUrl("cmd")), SignedRequests.FORM);
    String id = Blocks.last(JSON.readTree(ack.body()).get("blocks")).get("elements").get(2).get("value").asText();
    Answer expected = slack.assistant.pipeline().answer(new Question(id, EQIA, "cambridgeshire"));

    press(SlackBlocks.WHY, id, "why");

    JsonNode why = slack.slackApi.await("/response/why").json(null);
    assertEquals("ephemeral", why.get("response_type").asText());
    assertFalse(why.get("replace_original").asBoolean());
    List<String> sections = Blocks.sections(why.get("blocks"));
    assertEquals("*Why this answer*\nKind of question: eqia", sections.get(0));
    List<String> rules = new ArrayList<>();
    for (String rule : expected.rules()) rules.add("\n• " + rule);
    assertEquals("*Rules that decided it:*" + String.join("", rules), sections.get(1));
    assertEquals("*EqIA required, because:*\n• Reducing, closing or stopping a service takes something away from the people who "
        + "use it, and those who rely on it most often share protected characteristics (for example older or disabled people).",
        sections.get(2));
  }

  @Test
  void why_on_an_answer_no_longer_kept_says_so() throws Exception {
    press(SlackBlocks.WHY, "slack-never-asked", "why-expired");

    JsonNode why = slack.slackApi.await("/response/why-expired").json(null);
    assertEquals(List.of(WhyBlocks.EXPIRED), Blocks.sections(why.get("blocks")));
  }

  @Test
  void why_pressed_on_another_replica_explains_the_answer_the_first_gave(@TempDir Path folder) throws Exception {
    StoreSettings shared = TestPostgres.newDatabase(folder);
    Map<String, String> database = Map.of("SIGNPOST_DB_URL", shared.url(), "SIGNPOST_DB_USER", shared.user(),
        "SIGNPOST_DB_PASSWORD", shared.password());
    try (SlackFixture one = new SlackFixture(SlackFixture.PATIENT, Files.createDirectories(folder.resolve("one")), database);
         SlackFixture two = new SlackFixture(SlackFixture.PATIENT, Files.createDirectories(folder.resolve("two")), database)) {
      HttpResponse<String> ack = one.requests.send(SignedRequests.slashCommand("When does the council publish equality "
          + "objectives?", "T_CAMBS", one.slackApi.responseUrl("ask")), SignedRequests.FORM);
      String id = Blocks.last(JSON.readTree(ack.body()).get("blocks")).get("elements").get(2).get("value").asText();
      TestPostgres.awaitExplained(shared, id);

      HttpResponse<String> pressed = two.requests.send(SignedRequests.buttonPress(SlackBlocks.WHY, id, "T_CAMBS",
          two.slackApi.responseUrl("why")), SignedRequests.FORM);

      assertEquals(200, pressed.statusCode(), pressed.body());
      List<String> sections = Blocks.sections(two.slackApi.await("/response/why").json(null).get("blocks"));
      assertEquals("*Why this answer*\nKind of question: objective", sections.get(0));
    }
  }

  @Test
  void thumbs_down_logs_the_question_for_the_edi_team_once_and_thumbs_up_logs_nothing() throws Exception {
    String liked = askedId("What are the staff networks?");
    String disliked = askedId("What is the PSED, Dr Patel?");

    press(SlackBlocks.HELPFUL, liked, "liked");
    press(SlackBlocks.NOT_HELPFUL, disliked, "disliked");
    press(SlackBlocks.NOT_HELPFUL, disliked, "again");
    for (String response : List.of("liked", "disliked", "again")) slack.slackApi.await("/response/" + response);

    Map<String, Integer> logged = LoggedQuestions.of(slack.assistant, "cambridgeshire");
    assertEquals(1, logged.get("What is the PSED, [name]?"), logged.toString());
    assertFalse(logged.containsKey("What are the staff networks?"), logged.toString());
  }

  private static String askedId(String question) throws Exception {
    HttpResponse<String> ack = slack.requests.send(
        SignedRequests.slashCommand(question, "T_CAMBS", slack.slackApi.responseUrl("asked")), SignedRequests.FORM);
    return Blocks.last(JSON.readTree(ack.body()).get("blocks")).get("elements").get(0).get("value").asText();
  }
}
