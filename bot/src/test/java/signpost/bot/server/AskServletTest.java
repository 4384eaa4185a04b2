package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import signpost.bot.edi.LoggedQuestions;
import signpost.bot.edi.Unanswered;

/** Conversations through {@code POST /api/ask} on a real server over the shared corpus, as API clients and the web chat hold them. */
class AskServletTest {

  private static final String EQIA = "Do I need an EqIA for cutting day-centre hours?";
  private static final String WHAT = "We would open the day centre three days a week instead of five.";
  private static final String WHO = "Mostly older people and disabled adults, about 120 a week.";
  private static Assistant assistant;
  private static SignpostServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    assistant = Assistant.start(TestServers.config(Map.of("SIGNPOST_DEFAULT_ORG", "cambridgeshire")));
    server = SignpostServer.start(assistant, TestServers.none());
    api = new ApiClient(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    assistant.close();
  }

  @Test
  void a_message_without_a_conversation_starts_one_with_an_unguessable_id() {
    String first = api.ask("What is the Public Sector Equality Duty?", null).get("conversation").asText();
    String second = api.ask("What is the Public Sector Equality Duty?", null).get("conversation").asText();

    assertTrue(first.matches("[A-Za-z0-9_-]{22}"), first);
    assertNotEquals(first, second);
  }

  @Test
  void an_eqia_question_opens_a_screening_and_asks_the_next_question_with_quick_replies() {
    JsonNode reply = api.ask(EQIA, null);

    assertEquals("eqia", reply.get("intent").asText());
    assertEquals("open", reply.at("/screening/status").asText());
    assertTrue(reply.at("/screening/reference").asText().matches("SCR(-[0-9A-Z]{4}){4}"), reply.toString());
    assertEquals("affected", reply.at("/next/ask").asText(), reply.toString());
    assertTrue(reply.get("text").asText().endsWith(reply.at("/next/question").asText()), reply.get("text").asText());
    assertEquals(List.of("Residents", "Service users", "Staff"), strings(reply.at("/next/replies")));
    JsonNode next = api.ask(WHAT, reply.get("conversation").asText());
    assertEquals("affected", next.at("/next/ask").asText(), "more about the change leaves who is affected to ask");
  }

  @Test
  void the_reply_to_signposts_question_in_the_same_conversation_fills_the_same_screening() {
    JsonNode opened = api.ask(EQIA, null);
    String conversation = opened.get("conversation").asText();

    JsonNode what = api.ask(WHAT, conversation);
    JsonNode reply = api.ask(WHO, conversation);

    assertEquals(conversation, reply.get("conversation").asText());
    assertEquals(opened.at("/screening/reference").asText(), what.at("/screening/reference").asText());
    assertEquals(opened.at("/screening/reference").asText(), reply.at("/screening/reference").asText());
    assertTrue(reply.at("/screening/activity").asText().contains(WHAT), reply.toString());
    assertEquals(List.of(WHO), strings(reply.at("/screening/affected")));
    assertTrue(strings(reply.at("/screening/characteristics")).containsAll(List.of("age", "disability")), reply.toString());
    assertNotEquals("affected", reply.at("/next/ask").asText());
  }

  @Test
  void the_same_reply_in_a_new_conversation_fills_no_screening() {
    api.ask(EQIA, null);

    JsonNode alone = api.ask(WHAT, null);

    assertTrue(alone.get("screening").isNull(), alone.toString());
  }

  @Test
  void another_browser_presenting_the_conversation_id_cannot_reach_its_screening() {
    String owner = api.session();
    JsonNode opened = api.ask(EQIA, null, "Cookie", owner);
    String conversation = opened.get("conversation").asText();

    JsonNode otherBrowser = api.ask(WHAT, conversation, "Cookie", api.session());
    JsonNode apiClient = api.ask(WHAT, conversation);
    JsonNode theOwner = api.ask(WHAT, conversation, "Cookie", owner);

    assertTrue(otherBrowser.get("screening").isNull(), otherBrowser.toString());
    assertTrue(apiClient.get("screening").isNull(), apiClient.toString());
    assertEquals(opened.at("/screening/reference").asText(), theOwner.at("/screening/reference").asText());
    assertTrue(theOwner.at("/screening/activity").asText().contains(WHAT), theOwner.toString());
  }

  @Test
  void a_conversation_id_that_was_not_issued_is_a_400_saying_what_to_send() {
    for (String bad : List.of("\"c01\"", "\"../../etc/passwd-aaaaaaaaaaaaaaaaaa\"", "42", "{}", "\"" + "a".repeat(129) + "\"")) {
      HttpResponse<byte[]> response = api.post("api/ask", "{\"question\": \"What is the PSED?\", \"conversation\": " + bad + "}");

      assertEquals(400, response.statusCode(), bad);
      assertTrue(ApiClient.json(response).get("error").asText().startsWith("\"conversation\" must be the id an earlier answer "
          + "returned"), ApiClient.text(response));
    }
    assertEquals(200, api.post("api/ask", "{\"question\": \"What is the PSED?\", \"conversation\": null}").statusCode());
  }

  @Test
  void a_disclosure_in_a_conversation_opens_no_screening() {
    JsonNode reply = api.ask("My manager keeps making comments about my religion and I feel harassed", null);

    assertEquals("support", reply.get("intent").asText());
    assertTrue(reply.get("screening").isNull(), reply.toString());
    assertTrue(reply.get("next").isNull(), reply.toString());
  }

  private static List<String> strings(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  @Test
  void a_refused_question_is_logged_for_the_edi_team_redacted_and_a_disclosure_never_is() {
    JsonNode refused = api.ask("Who runs the knitting club on Fridays, jo.bloggs@example.org?", null);
    JsonNode disclosure = api.ask("My manager keeps making racist comments about me in team meetings", null);

    assertEquals(false, refused.get("answered").asBoolean(), refused.toString());
    assertEquals("support", disclosure.get("intent").asText(), disclosure.toString());
    Map<String, Integer> logged = LoggedQuestions.of(assistant, "cambridgeshire");
    assertEquals(1, logged.get("Who runs the knitting club on Fridays, [email]?"), logged.toString());
    assertTrue(logged.keySet().stream().noneMatch(q -> q.contains("racist")), logged.toString());
  }

  @Test
  void in_the_web_chat_my_data_lists_the_persons_screening_ratings_and_questions_and_deletes_them_once_confirmed() {
    String me = api.session();
    String other = api.session();
    String conversation = api.ask("Who runs the knitting club on Fridays?", null, "Cookie", me).get("conversation").asText();
    JsonNode eqia = api.ask(EQIA, conversation, "Cookie", me);
    String reference = eqia.at("/screening/reference").asText();
    api.post("api/feedback", "{\"id\": \"" + eqia.get("id").asText() + "\", \"helpful\": false}", "Cookie", me);
    api.ask("Who runs the knitting club on Fridays?", null, "Cookie", other);

    String shown = api.ask("my data", conversation, "Cookie", me).get("text").asText();
    String confirm = api.ask("Delete my data", conversation, "Cookie", me).get("text").asText();
    String deleted = api.ask("yes, delete my data", conversation, "Cookie", me).get("text").asText();

    assertTrue(shown.startsWith("What Signpost keeps about you here:\nScreening records: 1\n- " + reference + " (open, updated "), shown);
    assertTrue(shown.contains("Conversations in progress: 1\n- your last question there: \"Do I need an EqIA for cutting day-centre "
        + "hours?\"\nRatings: 1\n- 👎 on answer " + eqia.get("id").asText()), shown);
    assertTrue(shown.contains("Questions kept: 2\n"), shown);
    assertTrue(confirm.endsWith("To go ahead, press \"Yes, delete my data\" or say \"yes, delete my data\"."), confirm);
    assertEquals("Deleted: 1 screening records, 1 conversations, 1 ratings and 2 questions. Signpost keeps nothing more about "
        + "you here.", deleted);
    assertEquals("Signpost keeps nothing about you here.", api.ask("my data", null, "Cookie", me).get("text").asText());
    assertEquals(404, api.get("api/screenings/" + reference, "Cookie", me).statusCode());
    assertTrue(api.ask("my data", null, "Cookie", other).get("text").asText().contains("Questions kept: 1"));
  }

  @Test
  void an_api_client_sees_and_deletes_what_its_conversation_id_keeps() {
    JsonNode eqia = api.ask(EQIA, null);
    String conversation = eqia.get("conversation").asText();

    String shown = api.ask("what data do you keep about me?", conversation).get("text").asText();
    String deleted = api.ask("Yes, delete my data", conversation).get("text").asText();

    assertTrue(shown.contains("Screening records: 1\n- " + eqia.at("/screening/reference").asText()), shown);
    assertTrue(shown.contains("Ratings: 0\nQuestions kept: 1\n- \"" + EQIA + "\" ("), shown);
    assertEquals("Deleted: 1 screening records, 1 conversations, 0 ratings and 1 questions. Signpost keeps nothing more about "
        + "you here.", deleted);
  }

  @Test
  void the_question_log_removes_the_organisation_files_people_and_refuses_a_disclosure_whoever_records_it() {
    assistant.questions().record("cambridgeshire", "can janet atkin approve my knitting budget?", Unanswered.REFUSED, "web", null);
    assistant.questions().record("cambridgeshire", "My manager keeps making racist comments about me in team meetings",
        Unanswered.DISLIKED, "web", null);

    Map<String, Integer> logged = LoggedQuestions.of(assistant, "cambridgeshire");
    assertEquals(1, logged.get("can [name] approve my knitting budget?"), logged.toString());
    assertTrue(logged.keySet().stream().noneMatch(q -> q.contains("racist")), logged.toString());
  }
}
