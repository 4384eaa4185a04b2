package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import signpost.bot.privacy.MyData;

/**
 * "my data" in Teams lists what is kept about the sender, and "delete my data" offers a button that deletes the
 * presser's own data: activities carry genuine RS256 tokens checked against the loopback OpenID keys.
 */
class MyDataRepliesTest {

  private static final Tokens TOKENS = new Tokens();
  private static FakeLogin login;
  private static TeamsFixture teams;

  @BeforeAll
  static void start() throws Exception {
    login = new FakeLogin(TOKENS);
    teams = TeamsFixture.authenticated(login);
  }

  @AfterAll
  static void stop() {
    teams.close();
    login.close();
  }

  /** Sends a personal message from the user in a chat of theirs, and returns the connector calls it caused. */
  private static List<FakeConnector.Call> say(String user, String chat, String text, int calls) throws Exception {
    teams.connector.clear();
    ObjectNode message = from(teams.activity("personal-message.json"), user);
    message.put("text", text);
    message.with("conversation").put("id", "a:" + chat);
    assertEquals(200, send(message).statusCode());
    return teams.connector.await(calls);
  }

  private static ObjectNode from(ObjectNode activity, String user) {
    activity.with("from").put("id", "29:" + user).put("aadObjectId", user);
    return activity;
  }

  private static HttpResponse<String> send(ObjectNode activity) throws Exception {
    return teams.post(activity.toString(), TOKENS.genuine(TeamsFixture.APP_ID, teams.connector.serviceUrl()));
  }

  private static JsonNode press(String user, String verb, String id) throws Exception {
    ObjectNode invoke = from(teams.activity("adaptive-card-action.json"), user);
    ObjectNode action = (ObjectNode) invoke.at("/value/action");
    action.put("verb", verb);
    action.with("data").put("id", id);
    HttpResponse<String> response = send(invoke);
    assertEquals(200, response.statusCode(), response.body());
    return TeamsFixture.json(response.body());
  }

  /** Leaves a refused question, a screening, and a 👎 on its answer. */
  private static void leaveData(String user) throws Exception {
    say(user, user + "-1", "Who runs the knitting club on Fridays?", 1);
    String id = say(user, user + "-2", "Do I need an EqIA for cutting day-centre hours?", 1).get(0).card().at("/actions/0/data/id").asText();
    assertEquals(CardActions.THANKS, press(user, AnswerCard.NOT_HELPFUL, id).path("value").asText());
  }

  @Test
  void my_data_lists_the_senders_screening_ratings_and_questions() throws Exception {
    leaveData("11111111-aaaa-4bbb-8ccc-000000000001");

    String text = say("11111111-aaaa-4bbb-8ccc-000000000001", "other-chat", "My data", 1).get(0).activity().path("text").asText();

    assertTrue(text.startsWith("What Signpost keeps about you here:\nScreening records: 1\n- SCR-"), text);
    assertTrue(text.contains("Conversations in progress: 2\n- your last question there: "), text);
    assertTrue(text.contains("\n- your last question there: \"Do I need an EqIA for cutting day-centre hours?\"\n"), text);
    assertTrue(text.contains("\n- your last question there: \"Who runs the knitting club on Fridays?\"\n"), text);
    assertTrue(text.contains("\nRatings: 1\n- 👎 on answer teams-"), text);
    assertTrue(text.contains("Questions kept: 2\n"), text);
    assertEquals("Signpost keeps nothing about you here.",
        say("11111111-aaaa-4bbb-8ccc-00000000000f", "chat", "my data", 1).get(0).activity().path("text").asText());
  }

  @Test
  void delete_my_data_offers_a_button_that_deletes_the_pressers_data_only() throws Exception {
    String leaver = "22222222-aaaa-4bbb-8ccc-000000000002";
    String stayer = "33333333-aaaa-4bbb-8ccc-000000000003";
    leaveData(leaver);
    leaveData(stayer);

    JsonNode card = say(leaver, "other-chat", "delete my data", 1).get(0).card();
    JsonNode button = card.at("/actions/0");
    assertEquals(MyData.CONFIRMATION, button.path("title").asText());
    assertEquals(MyDataReplies.DELETE, button.path("verb").asText());

    JsonNode deleted = press(leaver, MyDataReplies.DELETE, button.at("/data/id").asText());

    assertEquals("Deleted: 1 screening records, 2 conversations, 1 ratings and 2 questions. Signpost keeps nothing more about "
        + "you here.", deleted.path("value").asText());
    assertEquals("Signpost keeps nothing about you here.", say(leaver, "other-chat", "my data", 1).get(0).activity().path("text").asText());
    assertTrue(say(stayer, "other-chat", "my data", 1).get(0).activity().path("text").asText().contains("Questions kept: 2"));
  }

  @Test
  void in_a_client_without_universal_actions_the_submitted_button_deletes_and_says_so_in_the_chat() throws Exception {
    String user = "44444444-aaaa-4bbb-8ccc-000000000004";
    leaveData(user);
    teams.connector.clear();
    ObjectNode submit = from(teams.activity("message-back-submit.json"), user);
    submit.with("value").put("verb", MyDataReplies.DELETE).put("id", "confirm");

    assertEquals(200, send(submit).statusCode());

    assertEquals("Deleted: 1 screening records, 2 conversations, 1 ratings and 2 questions. Signpost keeps nothing more about "
        + "you here.", teams.connector.await(1).get(0).activity().path("text").asText());
    assertEquals("Signpost keeps nothing about you here.", say(user, "other-chat", "my data", 1).get(0).activity().path("text").asText());
  }
}
