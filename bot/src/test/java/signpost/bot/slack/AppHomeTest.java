package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The App Home tab, published with views.publish when a person opens it. */
class AppHomeTest {

  private static SlackFixture slack;

  @BeforeAll
  static void start() throws Exception {
    slack = new SlackFixture(SlackFixture.PATIENT);
  }

  @AfterAll
  static void stop() throws Exception {
    slack.close();
  }

  @Test
  void opening_the_home_tab_publishes_what_signpost_does_and_for_which_organisation() throws Exception {
    HttpResponse<String> response = slack.requests.send(
        SignedRequests.callback("Ev_HOME", "T_DERBY", SignedRequests.homeOpened()), SignedRequests.JSON_TYPE);

    assertEquals(200, response.statusCode());
    FakeSlackApi.Call publish = slack.slackApi.await("views.publish");
    assertEquals("U_ASKER", publish.form().get("user_id"));
    JsonNode view = publish.json("view");
    assertEquals("home", view.get("type").asText());
    JsonNode blocks = view.get("blocks");
    assertEquals("Signpost", blocks.get(0).get("text").get("text").asText());
    List<String> sections = Blocks.sections(blocks);
    assertEquals("*Answering for:* Derbyshire County Council", sections.get(1));
    assertEquals("*Example questions:*\n• Do I need an EqIA for cutting day-centre hours?\n• What is the Public Sector Equality Duty?"
        + "\n• Who advises on EqIAs?\n• What are our equality objectives?", sections.get(2));
    assertEquals("*How to ask:* " + HelpBlocks.HOW_TO_ASK, sections.get(3));
  }

  @Test
  void opening_the_messages_tab_publishes_nothing() throws Exception {
    ObjectNode messages = SignedRequests.homeOpened();
    messages.put("tab", "messages");
    slack.slackApi.clear();

    HttpResponse<String> response = slack.requests.send(
        SignedRequests.callback("Ev_MESSAGES_TAB", "T_CAMBS", messages), SignedRequests.JSON_TYPE);

    assertEquals(200, response.statusCode());
    Thread.sleep(300);
    assertEquals(List.of(), slack.slackApi.sideEffects());
  }
}
