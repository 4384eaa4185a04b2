package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import signpost.bot.server.CapturedLog;

/** Mentions and direct messages through a real server, signed as Slack signs them, answered with chat.postMessage. */
class ConversationsTest {

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

  private static void deliver(String eventId, ObjectNode event) throws Exception {
    HttpResponse<String> response = slack.requests.send(SignedRequests.callback(eventId, "T_CAMBS", event), SignedRequests.JSON_TYPE);
    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void a_mention_is_answered_in_its_thread_with_the_citation() throws Exception {
    deliver("Ev_MENTION", SignedRequests.mention("<@U_SIGNPOST> " + SlashCommandTest.PSED, "1700000000.000100"));

    FakeSlackApi.Call post = slack.slackApi.await("chat.postMessage");
    assertEquals("C_GENERAL", post.form().get("channel"));
    assertEquals("1700000000.000100", post.form().get("thread_ts"));
    assertEquals("Bearer xoxb-test-token", post.authorization());
    JsonNode blocks = post.json("blocks");
    assertEquals(SlashCommandTest.PSED_SOURCE, Blocks.contextLines(blocks).get(0));
    assertTrue(Blocks.sections(blocks).get(0).startsWith("The PSED applies to public bodies delivering public services"), blocks.toString());
    JsonNode buttons = Blocks.last(blocks);
    String id = buttons.get("elements").get(0).get("value").asText();
    assertTrue(id.startsWith("slack-Ev_MENTION."), "the event's answer, under its signed id: " + id);
    assertTrue(post.form().get("text").startsWith("The PSED applies to public bodies"), post.form().toString());
  }

  @Test
  void the_lines_logged_for_a_mention_carry_its_event_id_even_from_the_worker_that_answers_it() throws Exception {
    slack.slackApi.failPosts(2);

    String log;
    try (CapturedLog captured = new CapturedLog()) {
      deliver("Ev_LOGGED", SignedRequests.mention("<@U_SIGNPOST> Which staff networks meet on Tuesdays?", "1700000000.000900"));
      slack.slackApi.await(call -> slack.slackApi.calls(c -> c.method().equals("chat.postMessage")).size() == 2,
          Duration.ofSeconds(10));
      log = awaitLine(captured, "failed too");
    }

    List<String> failures = log.lines().filter(line -> line.contains("Slack: a reply failed") || line.contains("failed too")).toList();
    assertEquals(2, failures.size(), log);
    for (String line : failures) {
      assertTrue(line.contains(" [Ev_LOGGED] - ") && line.contains("[signpost-slack-"), line);
    }
    assertFalse(log.contains("Tuesdays"), log);
  }

  private static String awaitLine(CapturedLog captured, String part) throws InterruptedException {
    for (int i = 0; i < 100 && !captured.text().contains(part); i++) Thread.sleep(50);
    return captured.text();
  }

  @Test
  void a_mention_inside_a_thread_is_answered_in_that_thread() throws Exception {
    ObjectNode event = SignedRequests.mention("<@U_SIGNPOST> Who advises on EqIAs?", "1700000000.000300");
    event.put("thread_ts", "1700000000.000200");

    deliver("Ev_THREAD", event);

    FakeSlackApi.Call post = slack.slackApi.await("chat.postMessage");
    assertEquals("1700000000.000200", post.form().get("thread_ts"));
    assertTrue(Blocks.sections(post.json("blocks")).contains("*Who can help*\n• *EqIA Super Users*: Sign off and give advice on "
        + "all Equality Impact Assessments; committee reports record whether the equality implications were cleared by an EqIA "
        + "Super User."), Blocks.sections(post.json("blocks")).toString());
  }

  @Test
  void a_mention_with_curly_quotes_and_accents_passes_the_signature_check_and_is_answered() throws Exception {
    deliver("Ev_UTF8", SignedRequests.mention("<@U_SIGNPOST> What’s the PSED — the public sector équality duty?", "1700000000.000350"));

    FakeSlackApi.Call post = slack.slackApi.await("chat.postMessage");
    assertEquals("1700000000.000350", post.form().get("thread_ts"));
    String source = Blocks.contextLines(post.json("blocks")).get(0);
    // "équality" is read as "equality" (accents are folded), so the organisation's own passage on the duty answers.
    assertTrue(source.startsWith("[1] ") && source.contains("Public Sector Equality Duty"), source);
  }

  @Test
  void a_direct_message_is_answered_in_the_conversation() throws Exception {
    deliver("Ev_DM", SignedRequests.directMessage(SlashCommandTest.PSED, "1700000000.000400"));

    FakeSlackApi.Call post = slack.slackApi.await("chat.postMessage");
    assertEquals("D_ASKER", post.form().get("channel"));
    assertFalse(post.form().containsKey("thread_ts"), post.form().toString());
    assertEquals(SlashCommandTest.PSED_SOURCE, Blocks.contextLines(post.json("blocks")).get(0));
  }

  @Test
  void a_mention_with_no_question_gets_what_signpost_can_do() throws Exception {
    deliver("Ev_EMPTY", SignedRequests.mention("<@U_SIGNPOST>", "1700000000.000500"));

    FakeSlackApi.Call post = slack.slackApi.await("chat.postMessage");
    assertEquals("What Signpost can do", post.form().get("text"));
    assertEquals(List.of(HelpBlocks.HOW_TO_ASK), Blocks.contextLines(post.json("blocks")));
  }

  @Test
  void messages_from_bots_signposts_own_messages_and_edits_get_no_answer() throws Exception {
    ObjectNode otherBot = SignedRequests.directMessage(SlashCommandTest.PSED, "1700000000.000601");
    otherBot.remove("user");
    otherBot.put("bot_id", "B_OTHER");
    ObjectNode botMessage = SignedRequests.directMessage(SlashCommandTest.PSED, "1700000000.000602");
    botMessage.put("subtype", "bot_message");
    botMessage.put("bot_id", "B_OTHER");
    ObjectNode own = SignedRequests.directMessage(SlashCommandTest.PSED, "1700000000.000603");
    own.put("user", FakeSlackApi.BOT_USER);
    ObjectNode edit = SignedRequests.directMessage(SlashCommandTest.PSED, "1700000000.000604");
    edit.put("subtype", "message_changed");
    ObjectNode botMention = SignedRequests.mention("<@U_SIGNPOST> " + SlashCommandTest.PSED, "1700000000.000605");
    botMention.put("bot_id", "B_OTHER");

    deliver("Ev_BOT1", otherBot);
    deliver("Ev_BOT2", botMessage);
    deliver("Ev_BOT3", own);
    deliver("Ev_BOT4", edit);
    deliver("Ev_BOT5", botMention);
    deliver("Ev_PERSON", SignedRequests.directMessage("Who advises on EqIAs?", "1700000000.000606"));

    slack.slackApi.await("chat.postMessage");
    Thread.sleep(300);
    List<FakeSlackApi.Call> posts = slack.slackApi.calls(call -> call.method().equals("chat.postMessage"));
    assertEquals(1, posts.size(), posts.toString());
    String id = Blocks.last(posts.get(0).json("blocks")).get("elements").get(0).get("value").asText();
    assertTrue(id.startsWith("slack-Ev_PERSON."), "the person's answer, under its signed id: " + id);
  }
}
