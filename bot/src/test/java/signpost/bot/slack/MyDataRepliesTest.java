package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import signpost.bot.privacy.MyData;

/**
 * "/edi my data" lists privately what is kept about the person who asks, and "/edi delete my data" deletes it all
 * once they press the confirmation button: theirs only, whoever's button it was; through real signed requests.
 */
class MyDataRepliesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static SlackFixture slack;

  @BeforeAll
  static void start() throws Exception {
    slack = new SlackFixture(SlackFixture.PATIENT);
  }

  @AfterAll
  static void stop() throws Exception {
    slack.close();
  }

  private static JsonNode command(String text, String user) throws Exception {
    HttpResponse<String> ack = slack.requests.send(
        SignedRequests.slashCommand(text, "T_CAMBS", user, slack.slackApi.responseUrl("command")), SignedRequests.FORM);
    assertEquals(200, ack.statusCode(), ack.body());
    return JSON.readTree(ack.body());
  }

  /** Asks a question Signpost refuses, and one it answers and the person rates 👎: both are logged. */
  private static void leaveData(String user) throws Exception {
    command("Who runs the knitting club on Fridays?", user);
    JsonNode answered = command("What are the staff networks?", user);
    JsonNode button = Blocks.last(answered.get("blocks")).get("elements").get(1);
    slack.requests.send(SignedRequests.press(button, SlackBlocks.ACTIONS_BLOCK, user, "T_CAMBS", null,
        slack.slackApi.responseUrl("rated-" + user)), SignedRequests.FORM);
    assertEquals(Buttons.THANKS, slack.slackApi.await("/response/rated-" + user).json(null).get("text").asText());
  }

  @Test
  void my_data_lists_the_askers_ratings_and_logged_questions_privately() throws Exception {
    leaveData("U_LISTER");

    JsonNode reply = command("my data", "U_LISTER");

    assertEquals("ephemeral", reply.get("response_type").asText());
    String text = reply.get("text").asText();
    assertTrue(text.startsWith("What Signpost keeps about you here:"), text);
    assertTrue(text.contains("Ratings: 1\n- 👎 on answer "), text);
    assertTrue(text.contains("Questions kept: 2"), text);
    assertTrue(text.contains("\"Who runs the knitting club on Fridays?\" ("), text);
    assertTrue(text.contains("not answered, logged for the EDI team"), text);
    assertTrue(text.contains("\"What are the staff networks?\" (") && text.contains("rated not helpful, logged for the EDI team"), text);
    assertEquals("Signpost keeps nothing about you here.", command("my data", "U_SOMEONE_ELSE").get("text").asText());
  }

  @Test
  void delete_my_data_asks_to_confirm_and_the_button_deletes_the_pressers_data_only() throws Exception {
    leaveData("U_LEAVER");
    leaveData("U_STAYER");

    JsonNode confirm = command("delete my data", "U_LEAVER");
    String before = command("my data", "U_LEAVER").get("text").asText();
    assertTrue(confirm.get("text").asText().startsWith("This deletes everything Signpost keeps about you here"), confirm.toString());
    assertTrue(before.contains("Questions kept: 2"), "asking to delete deletes nothing yet: " + before);
    JsonNode button = Blocks.last(confirm.get("blocks")).get("elements").get(0);
    assertEquals(MyDataReplies.DELETE, button.get("action_id").asText());
    assertEquals(MyData.CONFIRMATION, button.at("/text/text").asText());

    slack.requests.send(SignedRequests.press(button, "b", "U_LEAVER", "T_CAMBS", null, slack.slackApi.responseUrl("deleted")),
        SignedRequests.FORM);

    JsonNode deleted = slack.slackApi.await("/response/deleted").json(null);
    assertEquals("Deleted: 0 screening records, 0 conversations, 1 ratings and 2 questions. Signpost keeps nothing more about "
        + "you here.", deleted.get("text").asText());
    assertEquals("Signpost keeps nothing about you here.", command("my data", "U_LEAVER").get("text").asText());
    assertTrue(command("my data", "U_STAYER").get("text").asText().contains("Questions kept: 2"));
  }

  private static FakeSlackApi.Call said(String eventId, com.fasterxml.jackson.databind.node.ObjectNode event) throws Exception {
    slack.slackApi.clear();
    HttpResponse<String> ack = slack.requests.send(SignedRequests.callback(eventId, "T_CAMBS", event), SignedRequests.JSON_TYPE);
    assertEquals(200, ack.statusCode(), ack.body());
    return slack.slackApi.await("chat.postMessage");
  }

  @Test
  void in_a_direct_message_my_data_lists_what_is_kept_and_delete_my_data_asks_to_confirm_with_the_button() throws Exception {
    leaveData("U_DM_ASKER");

    FakeSlackApi.Call shown = said("Ev_MYDATA_DM", SignedRequests.directMessage("my data", "1700000000.000710").put("user", "U_DM_ASKER"));
    FakeSlackApi.Call confirm = said("Ev_DELETE_DM",
        SignedRequests.directMessage("delete my data", "1700000000.000720").put("user", "U_DM_ASKER"));

    assertEquals("D_ASKER", shown.form().get("channel"));
    String text = shown.form().get("text");
    assertTrue(text.startsWith("What Signpost keeps about you here:") && text.contains("Questions kept: 2"), text);
    assertTrue(confirm.form().get("text").startsWith("This deletes everything Signpost keeps about you here"), confirm.form().toString());
    assertEquals(MyDataReplies.DELETE, Blocks.last(confirm.json("blocks")).get("elements").get(0).get("action_id").asText());
    assertTrue(command("my data", "U_DM_ASKER").get("text").asText().contains("Questions kept: 2"), "asking to delete deletes nothing yet");
  }

  @Test
  void in_a_channel_my_data_shows_nothing_and_says_where_it_is_shown() throws Exception {
    leaveData("U_CHANNEL_ASKER");

    FakeSlackApi.Call reply = said("Ev_MYDATA_CHANNEL",
        SignedRequests.mention("<@U_SIGNPOST> my data", "1700000000.000730").put("user", "U_CHANNEL_ASKER"));

    assertEquals("C_GENERAL", reply.form().get("channel"));
    assertEquals(Conversations.MY_DATA_IN_PRIVATE, reply.form().get("text"));
    assertTrue(command("my data", "U_CHANNEL_ASKER").get("text").asText().contains("Questions kept: 2"));
  }
}
