package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.StoreSettings;
import signpost.bot.core.Answer;
import signpost.bot.core.Feedback;
import signpost.bot.edi.LoggedQuestions;
import signpost.bot.edi.Unanswered;
import signpost.bot.store.PersonalData;
import signpost.bot.store.TestPostgres;

/**
 * The answer card's buttons, both ways Teams sends them: {@code adaptiveCard/action} invokes answered in the
 * response, and message-back submits answered in the thread, on the replica that answered or another. Ratings carry
 * the question id only.
 */
@ExtendWith(TestPostgres.class)
class CardActionsTest {

  private static TeamsFixture teams;
  private static String questionId;

  @BeforeAll
  static void start() throws Exception {
    teams = TeamsFixture.local();
    ObjectNode message = teams.activity("personal-message.json");
    message.put("text", "Do I need an EqIA for cutting day-centre hours?");
    teams.post(message);
    questionId = teams.connector.await(1).get(0).card().at("/actions/0/data/id").asText();
  }

  @AfterAll
  static void stop() {
    teams.close();
  }

  @Test
  void pressing_helpful_records_a_rating_by_question_id_and_thanks_in_the_invoke_response() throws Exception {
    teams.connector.clear();

    HttpResponse<String> response = teams.post(invoke("helpful", questionId));

    assertEquals(200, response.statusCode());
    assertEquals(TeamsFixture.json("{\"statusCode\":200,\"type\":\"application/vnd.microsoft.activity.message\",\"value\":\""
        + CardActions.THANKS + "\"}"), TeamsFixture.json(response.body()));
    List<Feedback> ratings = teams.assistant.feedback().all();
    assertEquals(new Feedback(questionId, true, "teams"), ratings.get(ratings.size() - 1));
    assertEquals(List.of(), teams.connector.calls());
  }

  @Test
  void pressing_why_replaces_the_card_with_the_answer_and_the_rules_and_reasons_behind_it() throws Exception {
    HttpResponse<String> response = teams.post(invoke("why", questionId));

    assertEquals(200, response.statusCode());
    JsonNode body = TeamsFixture.json(response.body());
    assertEquals(200, body.path("statusCode").asInt());
    assertEquals(AdaptiveCard.CONTENT_TYPE, body.path("type").asText());
    Answer answer = teams.channel.answering().recent(questionId).orElseThrow();
    assertEquals(AnswerCard.explained(answer).json(), body.get("value"));
    List<String> texts = TeamsChannelTest.texts(body.at("/value/body"));
    assertTrue(texts.contains("Rules that decided it"), texts.toString());
    assertTrue(texts.contains("- " + String.join("\n- ", answer.rules())), texts.toString());
    assertTrue(texts.contains("EqIA required, because"), texts.toString());
    assertEquals(List.of("helpful", "not_helpful"), TeamsChannelTest.verbs(body.get("value")));
  }

  @Test
  void why_on_an_answer_no_longer_kept_says_so_and_an_unknown_verb_is_a_bad_request() throws Exception {
    JsonNode expired = TeamsFixture.json(teams.post(invoke("why", "teams-forgotten")).body());
    JsonNode unknown = TeamsFixture.json(teams.post(invoke("delete_everything", questionId)).body());

    assertEquals(WhyCard.EXPIRED, expired.path("value").asText());
    assertEquals(TeamsFixture.json("{\"statusCode\":400,\"type\":\"application/vnd.microsoft.error\",\"value\":"
        + "{\"code\":\"BadRequest\",\"message\":\"Signpost has no action delete_everything\"}}"), unknown);
  }

  @Test
  void a_submitted_why_from_a_client_without_universal_actions_is_answered_in_the_thread() throws Exception {
    teams.connector.clear();

    assertEquals(200, teams.post(submit("why", questionId)).statusCode());

    FakeConnector.Call reply = teams.connector.await(1).get(0);
    assertEquals("1763633744415", reply.replyToId());
    Answer answer = teams.channel.answering().recent(questionId).orElseThrow();
    assertEquals(WhyCard.of(answer).json(), reply.card());
    assertEquals("1.5", reply.card().path("version").asText());
  }

  @Test
  void a_submitted_not_helpful_is_recorded_and_thanked_in_the_thread() throws Exception {
    teams.connector.clear();

    teams.post(submit("not_helpful", questionId));

    FakeConnector.Call reply = teams.connector.await(1).get(0);
    assertEquals(CardActions.THANKS, reply.activity().path("text").asText());
    List<Feedback> ratings = teams.assistant.feedback().all();
    assertEquals(new Feedback(questionId, false, "teams"), ratings.get(ratings.size() - 1));
  }

  @Test
  void why_pressed_on_another_replica_explains_the_answer_the_first_gave(@TempDir Path folder) throws Exception {
    StoreSettings shared = TestPostgres.newDatabase(folder);
    Map<String, String> database = Map.of("SIGNPOST_DB_URL", shared.url(), "SIGNPOST_DB_USER", shared.user(),
        "SIGNPOST_DB_PASSWORD", shared.password());
    try (TeamsFixture one = TeamsFixture.replica(Files.createDirectories(folder.resolve("one")), database);
         TeamsFixture two = TeamsFixture.replica(Files.createDirectories(folder.resolve("two")), database)) {
      ObjectNode message = one.activity("personal-message.json");
      message.put("text", "When does the council publish equality objectives?");
      one.post(message);
      String id = one.connector.await(1).get(0).card().at("/actions/0/data/id").asText();
      TestPostgres.awaitExplained(shared, id);

      JsonNode body = TeamsFixture.json(two.post(invokeOn(two, "why", id)).body());

      assertEquals(AdaptiveCard.CONTENT_TYPE, body.path("type").asText(), body.toString());
      List<String> texts = TeamsChannelTest.texts(body.at("/value/body"));
      assertTrue(texts.contains("Why this answer") && texts.contains("Kind of question: objective"), texts.toString());
    }
  }

  private static ObjectNode invoke(String verb, String id) {
    return invokeOn(teams, verb, id);
  }

  private static ObjectNode invokeOn(TeamsFixture fixture, String verb, String id) {
    ObjectNode invoke = fixture.activity("adaptive-card-action.json");
    ObjectNode action = (ObjectNode) invoke.at("/value/action");
    action.put("verb", verb);
    action.with("data").put("id", id);
    return invoke;
  }

  private static ObjectNode submit(String verb, String id) {
    ObjectNode submit = teams.activity("message-back-submit.json");
    submit.with("value").put("verb", verb).put("id", id);
    return submit;
  }

  @Test
  void not_helpful_logs_the_question_for_the_edi_team_once_and_a_refusal_is_logged_as_given() throws Exception {
    String disliked = asked("What is the PSED, Ms Green?");
    // In a chat of its own: in the first, the screening the EqIA question opened would take it as an answer.
    ObjectNode refused = teams.activity("personal-message.json");
    refused.put("text", "Is there a beekeeping course in the orchard at lunchtime?");
    refused.with("conversation").put("id", "a:chat-with-no-screening");
    teams.connector.clear();
    teams.post(refused);
    teams.connector.await(1);

    teams.post(invoke("not_helpful", disliked));
    teams.post(invoke("not_helpful", disliked));

    Map<String, Integer> logged = LoggedQuestions.of(teams.assistant, "cambridgeshire");
    assertEquals(1, logged.get("What is the PSED, [name]?"), logged.toString());
    assertEquals(1, logged.get("Is there a beekeeping course in the orchard at lunchtime?"), logged.toString());
    // Logged as the rater's, so it is in their "my data": the person who rated is the one who asked here.
    String tenant = "7c4e2f9a-1b3d-4e5f-8a6b-9c0d1e2f3a4b";
    String user = "6f1e2d3c-4b5a-4978-8c6d-1e2f3a4b5c6d";
    PersonalData.Person person = new PersonalData.Person("teams", teams.assistant.owner("teams", tenant + ":" + user), "teams", user);
    assertTrue(teams.assistant.database().personalData().find(person).questions().stream()
            .anyMatch(q -> q.text().equals("What is the PSED, [name]?") && q.reason() == Unanswered.DISLIKED),
        teams.assistant.database().personalData().find(person).questions().toString());
  }

  private static String asked(String question) throws Exception {
    teams.connector.clear();
    ObjectNode message = teams.activity("personal-message.json");
    message.put("text", question);
    teams.post(message);
    return teams.connector.await(1).get(0).card().at("/actions/0/data/id").asText();
  }
}
