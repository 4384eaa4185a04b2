package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import signpost.bot.core.Question;
import signpost.bot.edi.LoggedQuestions;

/** {@code /edi} through a real server, signed as Slack signs it, against a stand-in of Slack's Web API. */
class SlashCommandTest {

  static final String PSED = "What is the Public Sector Equality Duty?";
  static final String PSED_SOURCE = "[1] Equality, Diversity and Inclusion Strategy 2023-2027 &gt; Meeting our public duty &gt; "
      + "Understanding the legal framework &gt; What is the Public Sector Equality Duty (PSED, Section 149 of The Equality Act)?, p. 9";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SlackFixture fast;
  private static SlackFixture slow;

  @BeforeAll
  static void start() throws Exception {
    fast = new SlackFixture(SlackFixture.PATIENT);
    slow = new SlackFixture(Duration.ZERO);
    fast.assistant.pipeline().answer(new Question("warm-up", PSED, "cambridgeshire"));
  }

  @AfterAll
  static void stop() throws Exception {
    fast.close();
    slow.close();
  }

  @BeforeEach
  void forget() {
    fast.slackApi.clear();
    slow.slackApi.clear();
  }

  private static JsonNode command(SlackFixture fixture, String text, String team, String responseUrl) throws Exception {
    HttpResponse<String> response = fixture.requests.send(SignedRequests.slashCommand(text, team, responseUrl), SignedRequests.FORM);
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  @Test
  void a_question_is_answered_privately_in_the_acknowledgement_when_the_answer_is_fast() throws Exception {
    JsonNode ack = command(fast, PSED, "T_CAMBS", fast.slackApi.responseUrl("cmd-1"));

    assertEquals("ephemeral", ack.get("response_type").asText());
    assertTrue(ack.get("text").asText().startsWith("The PSED applies to public bodies"), ack.toString());
    List<String> contexts = Blocks.contextLines(ack.get("blocks"));
    assertEquals(PSED_SOURCE, contexts.get(0));
    JsonNode buttons = Blocks.last(ack.get("blocks"));
    assertEquals("actions", buttons.get("type").asText());
    assertTrue(buttons.get("elements").get(0).get("value").asText().startsWith("slack-"), buttons.toString());
    assertEquals(List.of(), fast.slackApi.sideEffects());
  }

  @Test
  void a_slow_answer_is_acknowledged_at_once_and_follows_through_the_response_url() throws Exception {
    JsonNode ack = command(slow, PSED, "T_CAMBS", slow.slackApi.responseUrl("cmd-2"));

    assertEquals("ephemeral", ack.get("response_type").asText());
    assertEquals(SlashCommand.WORKING, ack.get("text").asText());
    JsonNode followUp = slow.slackApi.await("/response/cmd-2").json(null);
    assertEquals("ephemeral", followUp.get("response_type").asText());
    assertEquals(PSED_SOURCE, Blocks.contextLines(followUp.get("blocks")).get(0));
    assertEquals(1, slow.slackApi.sideEffects().size());
  }

  @Test
  void a_slow_answer_follows_as_the_very_json_a_fast_one_is_acknowledged_with_but_for_its_id() throws Exception {
    String inline = fast.requests.send(SignedRequests.slashCommand(PSED, "T_CAMBS", fast.slackApi.responseUrl("cmd-3")),
        SignedRequests.FORM).body();
    command(slow, PSED, "T_CAMBS", slow.slackApi.responseUrl("cmd-4"));
    String followUp = slow.slackApi.await("/response/cmd-4").body();

    String id = "slack-[0-9a-f-]+\\.[0-9a-z]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+";
    assertTrue(inline.matches(".*\"value\":\"" + id + "\".*"), inline);
    assertEquals(inline.replaceAll(id, "ID"), followUp.replaceAll(id, "ID"));
  }

  @Test
  void a_repeated_question_is_answered_before_bolt_with_the_json_bolt_gave_but_its_id() throws Exception {
    String question = "What are our equality objectives?";
    long before = fast.channel.answeredBeforeBolt();
    String first = fast.requests.send(SignedRequests.slashCommand(question, "T_CAMBS", fast.slackApi.responseUrl("rep-1")),
        SignedRequests.FORM).body();
    assertEquals(before, fast.channel.answeredBeforeBolt(), "a question asked for the first time is Bolt's");
    HttpResponse<String> again = fast.requests.send(SignedRequests.slashCommand("  What are our  equality objectives? ", "T_CAMBS",
        fast.slackApi.responseUrl("rep-2")), SignedRequests.FORM);
    command(fast, "help", "T_CAMBS", fast.slackApi.responseUrl("rep-3"));

    assertEquals(before + 1, fast.channel.answeredBeforeBolt(), "the repeat only, not help");
    assertEquals(200, again.statusCode());
    assertEquals("application/json;charset=utf-8", again.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
    String id = "slack-[0-9a-f-]+\\.[0-9a-z]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+";
    assertEquals(first.replaceAll(id, "ID"), again.body().replaceAll(id, "ID"));
    String firstId = Blocks.last(JSON.readTree(first).get("blocks")).get("elements").get(0).get("value").asText();
    String againId = Blocks.last(JSON.readTree(again.body()).get("blocks")).get("elements").get(0).get("value").asText();
    assertNotEquals(firstId, againId);
    assertTrue(fast.assistant.explained().find(againId).isPresent(), "the repeat's answer is kept for Why?");
    assertEquals(List.of(), fast.slackApi.sideEffects());
  }

  @Test
  void a_repeated_question_goes_through_the_response_url_when_answers_always_do() throws Exception {
    command(slow, PSED, "T_CAMBS", slow.slackApi.responseUrl("rep-4"));
    slow.slackApi.await("/response/rep-4");
    JsonNode ack = command(slow, PSED, "T_CAMBS", slow.slackApi.responseUrl("rep-5"));

    assertEquals(SlashCommand.WORKING, ack.get("text").asText());
    assertEquals(PSED_SOURCE, Blocks.contextLines(slow.slackApi.await("/response/rep-5").json(null).get("blocks")).get(0));
    assertEquals(0, slow.channel.answeredBeforeBolt());
  }

  @Test
  void edi_alone_or_help_says_what_it_can_do_with_example_questions() throws Exception {
    for (String text : new String[] {"", "help", "  HELP "}) {
      JsonNode ack = command(fast, text, "T_CAMBS", fast.slackApi.responseUrl("help"));

      assertEquals("ephemeral", ack.get("response_type").asText());
      JsonNode blocks = ack.get("blocks");
      assertTrue(Blocks.text(blocks.get(0)).startsWith(
          "*Signpost answers questions on equality, diversity and inclusion* for Cambridgeshire County Council: "), blocks.toString());
      assertEquals("*Try:*\n• `/edi Do I need an EqIA for cutting day-centre hours?`\n• `/edi What is the Public Sector Equality Duty?`"
          + "\n• `/edi Who advises on EqIAs?`\n• `/edi What are our equality objectives?`", Blocks.text(blocks.get(1)));
      assertEquals(List.of(HelpBlocks.HOW_TO_ASK), Blocks.contextLines(blocks));
    }
  }

  @Test
  void the_workspace_decides_which_organisation_is_answered_for() throws Exception {
    JsonNode derbyshire = command(fast, "help", "T_DERBY", fast.slackApi.responseUrl("help"));
    JsonNode unmapped = command(fast, "help", "T_ELSEWHERE", fast.slackApi.responseUrl("help"));

    assertTrue(Blocks.text(derbyshire.get("blocks").get(0)).contains(" for Derbyshire County Council: "), derbyshire.toString());
    assertTrue(Blocks.text(unmapped.get("blocks").get(0)).contains(" for Cambridgeshire County Council: "), unmapped.toString());
  }

  @Test
  void an_overlong_question_is_refused_politely_with_the_limit() throws Exception {
    JsonNode ack = command(fast, "a".repeat(2001), "T_CAMBS", fast.slackApi.responseUrl("long"));

    assertEquals("Sorry: question is 2001 characters; the limit is 2000.", ack.get("text").asText());
  }

  @Test
  void a_refused_question_is_logged_for_the_edi_team_redacted() throws Exception {
    command(fast, "Who runs the knitting club on Fridays? Call 07700 900123", "T_CAMBS", fast.slackApi.responseUrl("knit"));

    Map<String, Integer> logged = LoggedQuestions.of(fast.assistant, "cambridgeshire");
    assertEquals(1, logged.get("Who runs the knitting club on Fridays? Call [phone]"), logged.toString());
  }
}
