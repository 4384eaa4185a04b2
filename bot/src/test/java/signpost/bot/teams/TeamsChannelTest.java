package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.StoreSettings;
import signpost.bot.config.TeamsMode;
import signpost.bot.conversation.Inbound;
import signpost.bot.core.Answer;
import signpost.bot.core.Question;
import signpost.bot.server.TestServers;
import signpost.bot.store.TestPostgres;

/**
 * Messages in local development mode, end to end: a real server, realistic Teams activities posted to
 * {@code /api/messages}, and the replies the Bot Connector stand-in receives.
 */
@ExtendWith(TestPostgres.class)
class TeamsChannelTest {

  static final String PSED = "What is the Public Sector Equality Duty?";
  private static TeamsFixture teams;

  @BeforeAll
  static void start() throws Exception {
    teams = TeamsFixture.local();
  }

  @AfterAll
  static void stop() {
    teams.close();
  }

  @BeforeEach
  void forget() {
    teams.connector.clear();
  }

  @Test
  void without_an_app_id_on_loopback_the_channel_runs_in_local_development_mode_at_api_messages() {
    assertEquals(TeamsMode.LOCAL_DEVELOPMENT, teams.channel.mode());
    assertEquals(List.of(TeamsChannel.MESSAGES_PATH), teams.channel.mounts().stream().map(m -> m.path()).toList());
  }

  @Test
  void a_personal_message_is_replied_to_with_the_answer_card_with_typing_shown_only_before_it() throws Exception {
    HttpResponse<String> response = teams.post(teams.activity("personal-message.json"));

    assertEquals(200, response.statusCode());
    assertEquals("", response.body());
    List<FakeConnector.Call> calls = teams.connector.await(1);
    assertEquals(List.of("message"), calls.stream().map(FakeConnector.Call::type).toList());
    assertTypingOnlyBeforeTheAnswer();
    for (FakeConnector.Call call : teams.connector.all()) {
      assertEquals("a:1Xy9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LzXcVbNmQwErTyUiOpAsDfGhJkL", call.conversationId());
      assertEquals("1763633702351", call.replyToId());
      assertEquals(null, call.authorization());
    }
    JsonNode reply = calls.get(0).activity();
    assertEquals(AdaptiveCard.CONTENT_TYPE, reply.path("attachments").path(0).path("contentType").asText());
    JsonNode card = calls.get(0).card();
    assertEquals("AdaptiveCard", card.path("type").asText());
    assertEquals("1.5", card.path("version").asText());
    Answer expected = asked(PSED, "cambridgeshire");
    assertEquals(AnswerCard.of(expected).json().get("body"), card.get("body"));
    assertEquals(AnswerCard.of(expected).plain(), reply.path("summary").asText());
    assertEquals(reply.path("summary").asText(), card.path("fallbackText").asText());
    assertTrue(reply.path("text").isMissingNode(), "the card's text goes in summary, not above the card: " + reply);
  }

  @Test
  void each_answer_is_counted_under_the_teams_channel() throws Exception {
    double before = answers("teams");

    teams.post(teams.activity("personal-message.json"));
    teams.connector.await(1);

    assertEquals(before + 1, answers("teams"));
    assertEquals(0, answers("slack") + answers("web") + answers("api"));
  }

  /** Asserts that a typing indicator, when Signpost showed one for a slow answer, came before the answer. */
  private static void assertTypingOnlyBeforeTheAnswer() {
    List<String> types = teams.connector.all().stream().map(FakeConnector.Call::type).toList();
    assertTrue(types.equals(List.of("message")) || types.equals(List.of("typing", "message")), types.toString());
  }

  private static double answers(String channel) {
    return teams.assistant.meters().registry().find("signpost.answers").tag("channel", channel).counters().stream()
        .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
  }

  @Test
  void the_answer_card_cites_document_section_and_page_and_offers_execute_buttons_with_submit_fallbacks() throws Exception {
    teams.post(teams.activity("personal-message.json"));

    JsonNode card = teams.connector.await(1).get(0).card();
    List<String> texts = texts(card.get("body"));
    int sources = texts.indexOf("Sources");
    assertTrue(sources > 0, texts.toString());
    assertEquals("[1] Equality, Diversity and Inclusion Strategy 2023-2027 > Meeting our public duty > Understanding the legal "
        + "framework > What is the Public Sector Equality Duty (PSED, Section 149 of The Equality Act)?, p. 9", texts.get(sources + 1));
    String id = card.at("/actions/0/data/id").asText();
    assertTrue(id.startsWith("teams-"), id);
    assertEquals(TeamsFixture.json("{\"type\":\"Action.Execute\",\"title\":\"👍 Helpful\",\"verb\":\"helpful\",\"data\":{\"id\":\"" + id
        + "\"},\"fallback\":{\"type\":\"Action.Submit\",\"title\":\"👍 Helpful\",\"data\":{\"verb\":\"helpful\",\"id\":\"" + id + "\"}}}"),
        card.at("/actions/0"));
    assertEquals(List.of("helpful", "not_helpful", "why"), verbs(card));
    assertEquals(List.of("Action.Submit", "Action.Submit", "Action.Submit"),
        card.get("actions").findValues("fallback").stream().map(f -> f.path("type").asText()).toList());
  }

  @Test
  void a_channel_mention_is_answered_in_its_thread_without_the_mention() throws Exception {
    HttpResponse<String> response = teams.post(teams.activity("channel-mention.json"));

    assertEquals(200, response.statusCode());
    List<FakeConnector.Call> calls = teams.connector.await(1);
    assertEquals(List.of("message"), calls.stream().map(FakeConnector.Call::type).toList());
    assertTypingOnlyBeforeTheAnswer();
    for (FakeConnector.Call call : teams.connector.all()) {
      assertEquals("19:4a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d@thread.tacv2;messageid=1763633802123", call.conversationId());
      assertEquals("1763633802123", call.replyToId());
      assertEquals("19:4a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d@thread.tacv2;messageid=1763633802123",
          call.activity().at("/conversation/id").asText());
    }
    String id = calls.get(0).card().at("/actions/0/data/id").asText();
    Answer kept = teams.channel.answering().recent(id).orElseThrow();
    assertEquals(asked(PSED, "cambridgeshire").paragraphs(), kept.paragraphs());
    assertEquals(AnswerCard.of(asked(PSED, "cambridgeshire")).json().get("body"), calls.get(0).card().get("body"));
  }

  @Test
  void a_group_chat_message_without_a_mention_is_ignored_and_one_with_a_mention_is_answered() throws Exception {
    ObjectNode unmentioned = teams.activity("group-chat-message.json");
    int kept = teams.channel.answering().kept();

    HttpResponse<String> response = teams.post(unmentioned);

    assertEquals(200, response.statusCode());
    Thread.sleep(200);
    assertEquals(List.of(), teams.connector.calls());
    assertEquals(kept, teams.channel.answering().kept());

    ObjectNode mentioned = teams.activity("group-chat-message.json");
    mentioned.put("text", "<at>Signpost</at> Who advises on EqIAs?");
    mentioned.withArray("entities").addObject().put("type", "mention").put("text", "<at>Signpost</at>")
        .putObject("mentioned").put("id", "28:" + TeamsFixture.APP_ID).put("name", "Signpost");
    teams.post(mentioned);
    List<FakeConnector.Call> calls = teams.connector.await(1);
    assertEquals("19:0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f@thread.v2", calls.get(0).conversationId());
    assertEquals(AnswerCard.of(asked("Who advises on EqIAs?", "cambridgeshire")).json().get("body"), calls.get(0).card().get("body"));
  }

  @Test
  void an_eqia_question_leads_with_the_verdict_and_its_reasons() throws Exception {
    ObjectNode message = teams.activity("personal-message.json");
    message.with("conversation").put("id", "a:eqia-verdict"); // its screening stays in a conversation of its own
    message.put("text", "Do I need an EqIA for cutting day-centre hours?");

    teams.post(message);

    JsonNode verdict = teams.connector.await(1).get(0).card().at("/body/0");
    Answer expected = conversed("Do I need an EqIA for cutting day-centre hours?", "cambridgeshire");
    assertEquals("Container", verdict.path("type").asText());
    assertEquals("attention", verdict.path("style").asText());
    assertEquals("EqIA: required", verdict.at("/items/0/text").asText());
    assertEquals("- " + String.join("\n- ", expected.eqia().reasons()), verdict.at("/items/1/text").asText());
  }

  @Test
  void a_quick_reply_pressed_in_a_channel_thread_is_answered_there_as_its_pressers_message_without_a_mention() throws Exception {
    ObjectNode mention = teams.activity("channel-mention.json");
    String thread = "19:4a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d@thread.tacv2;messageid=1763633900000";
    mention.with("conversation").put("id", thread);
    mention.put("text", "<at>Signpost</at> We're proposing to close two of our five summer holiday playschemes for children.");
    teams.post(mention);
    JsonNode asked = teams.connector.await(1).get(0).card();
    JsonNode choice = null;
    for (JsonNode element : asked.path("body")) if (element.path("type").asText().equals("ActionSet")) choice = element.at("/actions/0");
    assertEquals("Action.Submit", choice.path("type").asText(), asked.toString());
    teams.connector.clear();
    ObjectNode press = teams.activity("channel-mention.json");
    press.with("conversation").put("id", thread);
    press.remove(List.of("text", "attachments", "entities"));
    press.set("value", choice.path("data"));

    assertEquals(200, teams.post(press).statusCode());

    List<FakeConnector.Call> calls = teams.connector.await(1);
    assertEquals(thread, calls.get(0).conversationId());
    JsonNode card = calls.get(0).card();
    assertEquals("Chosen: " + choice.path("title").asText(), card.at("/body/0/text").asText());
    assertEquals(reference(asked), reference(card), "the choice went into the screening the card asked for");
  }

  @Test
  void a_tenant_mapped_to_derbyshire_is_answered_for_derbyshire_and_help_says_so() throws Exception {
    ObjectNode message = teams.activity("personal-message.json");
    message.with("conversation").put("tenantId", TeamsFixture.DERBY_TENANT);
    message.put("text", "help");

    teams.post(message);

    FakeConnector.Call reply = teams.connector.await(1).get(0);
    assertEquals("message", reply.type());
    assertEquals("Signpost answers questions on equality, diversity and inclusion for Derbyshire County Council",
        reply.card().at("/body/0/text").asText());
  }

  @Test
  void signpost_added_to_a_team_is_welcomed_once_even_when_the_event_reaches_two_replicas(@TempDir Path folder) throws Exception {
    StoreSettings shared = TestPostgres.newDatabase(folder);
    Map<String, String> database = Map.of("SIGNPOST_DB_URL", shared.url(), "SIGNPOST_DB_USER", shared.user(),
        "SIGNPOST_DB_PASSWORD", shared.password());
    try (TeamsFixture one = TeamsFixture.replica(Files.createDirectories(folder.resolve("one")), database);
         TeamsFixture two = TeamsFixture.replica(Files.createDirectories(folder.resolve("two")), database)) {

      assertEquals(200, one.post(one.activity("conversation-update-bot-added.json")).statusCode());
      assertEquals(200, two.post(two.activity("conversation-update-bot-added.json")).statusCode());

      Thread.sleep(200);
      assertEquals(1, one.connector.calls().size() + two.connector.calls().size());
    }
  }

  @Test
  void signpost_added_to_a_team_welcomes_it_once() throws Exception {
    ObjectNode added = teams.activity("conversation-update-bot-added.json");

    assertEquals(200, teams.post(added).statusCode());
    assertEquals(200, teams.post(added).statusCode());
    ObjectNode elsewhere = teams.activity("conversation-update-bot-added.json");
    elsewhere.with("conversation").put("id", "19:another-team-general@thread.tacv2");
    teams.post(elsewhere);
    ObjectNode someoneElse = teams.activity("conversation-update-bot-added.json");
    someoneElse.with("conversation").put("id", "19:a-third-team@thread.tacv2");
    someoneElse.withArray("membersAdded").removeAll().addObject().put("id", "29:a-new-colleague");
    teams.post(someoneElse);

    Thread.sleep(200);
    List<FakeConnector.Call> calls = teams.connector.calls();
    assertEquals(List.of("19:9f8e7d6c5b4a39281706f5e4d3c2b1a0@thread.tacv2", "19:another-team-general@thread.tacv2"),
        calls.stream().map(FakeConnector.Call::conversationId).toList());
    JsonNode card = calls.get(0).card();
    assertEquals("1.5", card.path("version").asText());
    assertEquals("Signpost answers questions on equality, diversity and inclusion for Cambridgeshire County Council",
        card.at("/body/0/text").asText());
    assertEquals(WelcomeCard.HOW_TO_ASK, card.at("/body/4/text").asText());
  }

  @Test
  void a_tenant_mapped_to_an_unknown_organisation_stops_start_up() {
    TeamsException e = assertThrows(TeamsException.class, () -> TeamsChannel.start(
        TestServers.config(TeamsFixture.settings(Map.of("TEAMS_TENANTS", "t-x=atlantis", "TEAMS_LOCAL_DEVELOPMENT", "true"))), teams.assistant));

    assertTrue(e.getMessage().startsWith("TEAMS_TENANTS maps t-x to unknown organisation: atlantis; known: cambridgeshire, derby-city, derbyshire"), e.getMessage());
  }

  static Answer asked(String question, String organisation) {
    return teams.assistant.pipeline().answer(new Question("expected", question, organisation));
  }

  /** Returns what Signpost replies to the question as the first message of a new conversation. */
  static Answer conversed(String question, String organisation) {
    return teams.assistant.dialogue().reply(new Inbound("test:" + UUID.randomUUID(), "expected-owner", "expected", question,
        organisation)).answer();
  }

  /** Returns the reference of the screening a card shows. */
  static String reference(JsonNode card) {
    Matcher found = Pattern.compile("Screening (SCR-[A-Z0-9-]+) so far").matcher(String.join("\n", texts(card.get("body"))));
    assertTrue(found.find(), card.toString());
    return found.group(1);
  }

  static List<String> texts(JsonNode body) {
    return body.findValues("text").stream().map(JsonNode::asText).toList();
  }

  /** Returns the verbs of the card's own buttons, not of their fallbacks. */
  static List<String> verbs(JsonNode card) {
    List<String> verbs = new java.util.ArrayList<>();
    for (JsonNode action : card.path("actions")) verbs.add(action.path("verb").asText());
    return verbs;
  }
}
