package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import signpost.bot.screening.RecordLinks;
import signpost.bot.web.HeadlessChromium;

/**
 * Screenings in Slack threads, end to end: real signed mentions and button presses against a real server, replies
 * posted to the loopback Slack API stand-in in the thread, one screening per person however many share the thread.
 */
class QuickRepliesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ASKER = "U_ASKER";
  private static final String OTHER = "U_OTHER";
  private static final String PUBLIC_HOST = "signpost.example.org";
  /** A manager's words from ../shared/eval/conversations.jsonl (c01), as they would type them. */
  private static final String VAGUE = "we're changing how the library works";
  private static final String ACTIVITY = "Three of our smaller village libraries would go to self-service 'open access': people "
      + "get in with their library card and a PIN, and staff would only be there two afternoons a week instead of five days.";
  private static final String AFFECTED = "Mostly older people, parents and carers bringing under-5s to rhyme time, and people "
      + "who come in to use the public computers, a lot of them for universal credit and job applications. Bus links to the "
      + "nearest town are poor.";
  private static final String EVIDENCE = "We've got footfall and loans data, and our 2023 user survey says about 40% of visitors "
      + "are over 65. We haven't spoken to disabled users or carers specifically yet.";
  private static final String MITIGATION = "We'd keep rhyme time and computer help on the staffed afternoons, recruit volunteer "
      + "digital buddies, and check the entrance and kiosks are accessible.";
  private static final List<String> WHO = List.of("Residents", "Service users", "Staff");
  private static final List<String> EVIDENCE_REPLIES = List.of("Service data", "Complaints", "Nothing yet");

  private static SlackFixture slack;

  @BeforeAll
  static void start() throws Exception {
    slack = new SlackFixture(SlackFixture.PATIENT, null, Map.of("SIGNPOST_PUBLIC_HOSTS", PUBLIC_HOST));
  }

  @AfterAll
  static void stop() {
    slack.close();
  }

  @Test
  void a_thread_runs_a_screening_to_a_complete_record_with_typed_answers_and_button_presses() throws Exception {
    SlackThread thread = new SlackThread(slack, "1700000100.000100");

    FakeSlackApi.Call opened = thread.mention(ASKER, VAGUE);
    String reference = SlackThread.reference(opened);
    assertNotNull(reference, opened.form().toString());
    assertEquals(WHO, SlackThread.replies(thread.mention(ASKER, ACTIVITY)));
    FakeSlackApi.Call evidence = thread.mention(ASKER, AFFECTED);
    assertEquals(EVIDENCE_REPLIES, SlackThread.replies(evidence));
    FakeSlackApi.Call pressed = thread.press(evidence, ASKER, "Service data");
    assertEquals("<@U_ASKER> chose: *Service data*", Blocks.contextLines(pressed.json("blocks")).get(0));
    assertEquals(List.of("Not yet"), SlackThread.replies(pressed));
    assertEquals(List.of("Nothing planned yet"), SlackThread.replies(thread.mention(ASKER, EVIDENCE)));
    FakeSlackApi.Call decision = thread.mention(ASKER, MITIGATION);
    assertEquals(List.of("Cabinet", "A committee", "A director", "Me"), SlackThread.replies(decision));
    FakeSlackApi.Call review = thread.press(decision, ASKER, "Cabinet");
    assertEquals(List.of("In 3 months", "In 6 months", "In a year"), SlackThread.replies(review));
    FakeSlackApi.Call done = thread.press(review, ASKER, "In 6 months");

    JsonNode blocks = done.json("blocks");
    assertTrue(Blocks.sections(blocks).stream().anyMatch(s -> s.contains("That completes screening " + reference + ".")), blocks.toString());
    assertEquals(List.of(), SlackThread.replies(done), "nothing is left to ask");
    assertTrue(Blocks.sections(blocks).get(0).startsWith(":clipboard: *EqIA: required*"), blocks.toString());
    assertEquals(Optional.of(owner(ASKER)), downloadOwner(blocks, reference), "the link is the asker's, for this record");
    for (FakeSlackApi.Call post : thread.posts()) {
      assertEquals("C_GENERAL", post.form().get("channel"));
      assertEquals(reference, SlackThread.reference(post), "one screening all through the thread");
    }
    assertEquals(8, thread.posts().size());
    save(blocks);
  }

  @Test
  void a_retried_event_is_answered_once_and_fills_the_screening_once() throws Exception {
    SlackThread thread = new SlackThread(slack, "1700000200.000100");
    thread.mention(ASKER, VAGUE);
    String body = thread.mentionBody(ASKER, ACTIVITY);

    thread.deliver(body, Map.of());
    thread.next();
    thread.deliver(body, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
    Thread.sleep(500);

    assertEquals(2, thread.posts().size(), "the retry is acknowledged without a second reply");
    assertEquals(WHO, SlackThread.replies(thread.posts().get(1)));
    assertEquals(EVIDENCE_REPLIES, SlackThread.replies(thread.mention(ASKER, AFFECTED)),
        "had the retry been read as the answer to who is affected, this would be the next question");
  }

  @Test
  void a_second_person_in_the_thread_neither_touches_nor_sees_the_first_persons_screening() throws Exception {
    SlackThread thread = new SlackThread(slack, "1700000300.000100");
    thread.mention(ASKER, VAGUE);
    FakeSlackApi.Call asked = thread.mention(ASKER, ACTIVITY);
    String reference = SlackThread.reference(asked);

    FakeSlackApi.Call cancelled = thread.mention(OTHER, "never mind");
    FakeSlackApi.Call pressed = thread.press(asked, OTHER, "Residents");

    for (FakeSlackApi.Call other : List.of(cancelled, pressed)) {
      String said = String.join("\n", Blocks.sections(other.json("blocks")));
      assertFalse(said.contains(reference), said);
      assertNull(SlackThread.block(other.json("blocks"), ScreeningBlocks.RECORD_BLOCK), "no link to anyone's record");
    }
    assertEquals("<@U_OTHER> chose: *Residents*", Blocks.contextLines(pressed.json("blocks")).get(0));
    FakeSlackApi.Call next = thread.mention(ASKER, AFFECTED);
    assertEquals(reference, SlackThread.reference(next));
    assertEquals(EVIDENCE_REPLIES, SlackThread.replies(next), "the asker's screening carries on where they left it");
    assertEquals(Optional.of(owner(ASKER)), downloadOwner(next.json("blocks"), reference));
  }

  @Test
  void a_button_naming_a_conversation_in_another_channel_does_nothing() throws Exception {
    ObjectNode button = JSON.createObjectNode();
    button.put("action_id", "signpost_reply_0");
    button.putObject("text").put("type", "plain_text").put("text", "Residents");
    button.put("value", new QuickReply("slack:T_CAMBS:C_PRIVATE:1700000400.000100", "Residents").value());
    slack.slackApi.clear();

    HttpResponse<String> response = slack.requests.send(SignedRequests.press(button, ScreeningBlocks.REPLIES_BLOCK, ASKER,
        FakeSlackApi.TEAM, "1700000400.000100", slack.slackApi.responseUrl("elsewhere")), SignedRequests.FORM);

    assertEquals(200, response.statusCode(), response.body());
    Thread.sleep(300);
    assertEquals(List.of(), slack.slackApi.sideEffects());
  }

  private static String owner(String user) {
    return slack.assistant.owner("slack", FakeSlackApi.TEAM + ":" + user);
  }

  /** Returns whom the download button's token lets fetch {@code reference}, after checking where it points. */
  private static Optional<String> downloadOwner(JsonNode blocks, String reference) {
    JsonNode record = SlackThread.block(blocks, ScreeningBlocks.RECORD_BLOCK);
    assertNotNull(record, blocks.toString());
    JsonNode button = record.path("elements").path(0);
    assertEquals(ScreeningBlocks.DOWNLOAD_LABEL, button.at("/text/text").asText());
    String prefix = "https://" + PUBLIC_HOST + RecordLinks.PATH + reference + ".pdf?token=";
    String url = button.path("url").asText();
    assertTrue(url.startsWith(prefix), url);
    return slack.assistant.downloadTokens().owner(url.substring(prefix.length()), reference);
  }

  /** Keeps the final Block Kit message where the build keeps its screenshots, to look at or paste into Block Kit Builder. */
  private static void save(JsonNode blocks) throws Exception {
    Path file = HeadlessChromium.screenshotFile("screenshots/slack-screening-blocks.json").toPath();
    Files.createDirectories(file.getParent());
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter()
        .writeValueAsString(JSON.createObjectNode().set("blocks", blocks)));
  }
}
