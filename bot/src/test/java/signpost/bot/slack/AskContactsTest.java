package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import signpost.bot.admin.LocalOpenIdProvider;
import signpost.bot.admin.LocalOpenIdProvider.Person;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;
import signpost.bot.server.AdminBrowser;
import signpost.bot.store.Tables;
import signpost.bot.server.ApiClient;

/**
 * "Ask an EDI Contact" round trips through the real server and Bolt app, every request signed as Slack signs it and
 * every Web API call going to the loopback stand-in: a refused question is offered, passed on only with consent, replied
 * to from the contacts' channel into the asker's thread, saved as an answer, and the next asker gets it cited.
 */
class AskContactsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONTACTS = "C_EDI";
  private static final String DOGS = "Can I bring my dog to the office?";
  private static final String PSED = "What is the PSED, Dr Patel?";
  /** A report of harm, which gets the support reply. */
  private static final String HARM = "I was harassed at work because I'm gay";
  /** The question as the EDI team's log keeps it: the name is removed. */
  private static final String PSED_LOGGED = "What is the PSED, [name]?";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private SlackFixture slack;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackFixture(SlackFixture.PATIENT, null, Map.of("SIGNPOST_EDI_CONTACTS_SLACK", "cambridgeshire=" + CONTACTS),
        true);
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  @Test
  void a_refused_question_goes_to_the_contacts_with_consent_and_their_saved_reply_answers_the_next_asker() throws Exception {
    SlackThread asker = new SlackThread(slack, "1700000100.000100");
    FakeSlackApi.Call refusal = asker.mention("U_ASKER", DOGS);
    JsonNode offer = button(refusal.json("blocks"), HandoffBlocks.OFFER);

    JsonNode consent = slack.slackApi.await(pressed("offer", offer, "U_ASKER", asker.ts()), WAIT).json(null);
    assertTrue(consent.toString().contains(DOGS), consent.toString());
    assertTrue(slack.slackApi.calls(call -> CONTACTS.equals(call.form().get("channel"))).isEmpty(), "sent before consent");

    slack.slackApi.await(pressed("consent", button(consent.path("blocks"), HandoffBlocks.CONSENT), "U_ASKER", asker.ts()),
        WAIT);
    FakeSlackApi.Call question = slack.slackApi.await(call -> call.method().equals("chat.postMessage")
        && CONTACTS.equals(call.form().get("channel")), WAIT);
    assertTrue(question.form().get("blocks").contains(DOGS), question.form().get("blocks"));
    assertFalse(question.body().contains("U_ASKER"), "the asker's id reached the contacts");

    pressed("elsewhere", button(question.json("blocks"), HandoffBlocks.REPLY), "U_ASKER", asker.ts());
    slack.slackApi.await(call -> call.path().equals("/response/elsewhere"), WAIT);
    assertTrue(slack.slackApi.calls(call -> call.method().equals("views.open")).isEmpty(),
        "a Reply pressed outside the contacts' channel opened the reply box");
    JsonNode replyView = openedBy(contactPress(button(question.json("blocks"), HandoffBlocks.REPLY), null));
    assertTrue(replyView.toString().contains("Show my name with the reply"), replyView.toString());
    submit(replyView, "priya", Map.of(HandoffBlocks.ANSWER_INPUT, text("Only assistance dogs may come into council offices.")));
    FakeSlackApi.Call reply = asker.next();
    assertTrue(reply.form().get("blocks").contains("Only assistance dogs may come into council offices."), reply.body());
    assertTrue(reply.form().get("blocks").contains("The EDI Contacts replied"), reply.form().get("blocks"));
    assertFalse(reply.body().contains("priya"), "the contact's name reached the asker");
    HttpResponse<String> second = submitted(replyView, "sam", Map.of(HandoffBlocks.ANSWER_INPUT, text("Yes, any dog.")));
    assertEquals(JSON.createObjectNode().put("response_action", "errors").set("errors", JSON.createObjectNode()
        .put(HandoffBlocks.ANSWER_INPUT, Handoffs.ALREADY)), JSON.readTree(second.body()));

    FakeSlackApi.Call replied = slack.slackApi.await(call -> call.method().equals("chat.postMessage")
        && CONTACTS.equals(call.form().get("channel")) && call.form().get("blocks").contains(HandoffBlocks.SAVE), WAIT);
    JsonNode saveView = openedBy(contactPress(button(replied.json("blocks"), HandoffBlocks.SAVE), "1700000001.000200"));
    assertEquals(DOGS, saveView.at("/blocks/0/element/initial_value").asText());
    assertTrue(nameBox(saveView).path("element").path("initial_options").isMissingNode(), "ticked to start with: " + saveView);
    submit(saveView, "priya", Map.of(HandoffBlocks.QUESTION_INPUT, text(DOGS),
        HandoffBlocks.ANSWER_INPUT, text("Only assistance dogs may come into council offices."),
        HandoffBlocks.REVIEW_INPUT, JSON.createObjectNode().put("type", "datepicker").put("selected_date",
            LocalDate.now().plusYears(1).toString())));
    slack.slackApi.await(call -> call.method().equals("chat.postMessage") && CONTACTS.equals(call.form().get("channel"))
        && call.form().get("blocks").contains("Saved as an answer"), WAIT);

    FakeSlackApi.Call next = new SlackThread(slack, "1700000200.000100").mention("U_NEXT", DOGS);
    String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(ZoneId.of("Europe/London")));
    assertTrue(next.form().get("blocks").contains("Only assistance dogs may come into council offices. [1]"),
        next.form().get("blocks"));
    assertTrue(next.form().get("blocks").contains("[1] Answered by the EDI Contacts, " + today), next.form().get("blocks"));
    assertNull(button(next.json("blocks"), HandoffBlocks.OFFER, false), "an answer offered to pass the question on");
    assertTrue(slack.slackApi.calls(call -> call.method().equals("chat.postMessage")
        && call.form().get("blocks").contains("Yes, any dog.")).isEmpty(), "a second reply reached the asker");
  }

  @Test
  void a_reply_the_askers_thread_cannot_take_is_released_said_in_the_contacts_thread_and_can_be_sent_again()
      throws Exception {
    SlackThread asker = new SlackThread(slack, "1700000700.000100");
    FakeSlackApi.Call question = passedOn(asker);
    String id = button(question.json("blocks"), HandoffBlocks.REPLY).path("value").asText();

    slack.slackApi.failPosts(1);
    submit(openedBy(contactPress(button(question.json("blocks"), HandoffBlocks.REPLY), null)), "priya",
        Map.of(HandoffBlocks.ANSWER_INPUT, text("Only assistance dogs.")));
    slack.slackApi.await(call -> call.method().equals("chat.postMessage") && CONTACTS.equals(call.form().get("channel"))
        && ContactsModals.NOT_DELIVERED.equals(call.form().get("text")), WAIT);
    assertEquals(Handoff.Status.SENT, slack.assistant.handoffs().find(id).orElseThrow().status());

    submit(openedBy(contactPress(button(question.json("blocks"), HandoffBlocks.REPLY), null)), "priya",
        Map.of(HandoffBlocks.ANSWER_INPUT, text("Only assistance dogs.")));
    slack.slackApi.await(call -> call.method().equals("chat.postMessage") && CONTACTS.equals(call.form().get("channel"))
        && call.form().get("blocks").contains("Your reply went to the asker"), WAIT);
    assertEquals(2, asker.posts().stream().filter(call -> call.form().get("blocks").contains("Only assistance dogs.")).count(),
        "the reply was not tried again after the failure");
    assertEquals(Handoff.Status.REPLIED, slack.assistant.handoffs().find(id).orElseThrow().status());
  }

  @Test
  void a_reply_refused_as_busy_is_released_at_once_said_in_the_modal_and_can_be_sent_again() throws Exception {
    SlackThread asker = new SlackThread(slack, "1700000750.000100");
    FakeSlackApi.Call question = passedOn(asker);
    String id = button(question.json("blocks"), HandoffBlocks.REPLY).path("value").asText();
    JsonNode replyView = openedBy(contactPress(button(question.json("blocks"), HandoffBlocks.REPLY), null));

    CountDownLatch held = new CountDownLatch(1);
    HttpResponse<String> refused;
    try {
      // Every worker held and the queue full: the next follow-up is refused.
      Runnable hold = () -> {
        try {
          held.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      };
      // Filled again until it stays full: a follow-up started before (the consent's) may yet free a worker.
      int holding = 0;
      boolean full = false;
      while (!full) {
        while (slack.channel.answering().later(hold)) holding++;
        Thread.sleep(200);
        full = !slack.channel.answering().later(hold);
        if (!full) holding++;
      }
      assertTrue(holding >= 8, "held " + holding);
      refused = submitted(replyView, "priya", Map.of(HandoffBlocks.ANSWER_INPUT, text("Only assistance dogs.")));
    } finally {
      held.countDown();
    }
    assertEquals(JSON.createObjectNode().put("response_action", "errors").set("errors", JSON.createObjectNode()
        .put(HandoffBlocks.ANSWER_INPUT, ContactsModals.NOT_QUEUED)), JSON.readTree(refused.body()));
    assertEquals(Handoff.Status.SENT, slack.assistant.handoffs().find(id).orElseThrow().status());

    // Sent again, as the modal asks, once the held follow-ups have drained from the queue (they take a moment to run).
    long deadline = System.nanoTime() + WAIT.toNanos();
    HttpResponse<String> again = submitted(replyView, "priya", Map.of(HandoffBlocks.ANSWER_INPUT, text("Only assistance dogs.")));
    while (again.body().contains(ContactsModals.NOT_QUEUED) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      again = submitted(replyView, "priya", Map.of(HandoffBlocks.ANSWER_INPUT, text("Only assistance dogs.")));
    }
    assertEquals(200, again.statusCode(), again.body());
    assertFalse(again.body().contains("errors"), again.body());
    assertTrue(asker.next().form().get("blocks").contains("Only assistance dogs."));
    slack.slackApi.await(call -> call.method().equals("chat.postMessage") && CONTACTS.equals(call.form().get("channel"))
        && call.form().get("blocks").contains("Your reply went to the asker"), WAIT);
    assertEquals(Handoff.Status.REPLIED, slack.assistant.handoffs().find(id).orElseThrow().status());
  }

  @Test
  void a_web_chat_question_goes_to_the_contacts_channel_with_consent_and_their_reply_reaches_the_web_chat() throws Exception {
    ApiClient web = new ApiClient(slack.server.url());
    String session = web.session();
    JsonNode answer = ApiClient.json(web.post("api/ask", "{\"question\": \"" + DOGS + "\", \"org\": \"cambridgeshire\"}",
        "Cookie", session));
    assertEquals("slack", answer.path("offer").path("by").asText(), answer.toString());
    assertTrue(slack.slackApi.calls(call -> CONTACTS.equals(call.form().get("channel"))).isEmpty(), "sent before consent");

    HttpResponse<byte[]> sent = web.post("api/handoffs", JSON.createObjectNode().put("offer",
        answer.path("offer").path("token").asText()).toString(), "Cookie", session);
    assertEquals(201, sent.statusCode(), ApiClient.text(sent));
    FakeSlackApi.Call question = slack.slackApi.await(call -> call.method().equals("chat.postMessage")
        && CONTACTS.equals(call.form().get("channel")), WAIT);
    assertTrue(question.form().get("blocks").contains(DOGS), question.form().get("blocks"));
    assertFalse(question.body().contains(answer.path("conversation").asText()), "the web conversation reached the contacts");

    JsonNode replyView = openedBy(contactPress(button(question.json("blocks"), HandoffBlocks.REPLY), null));
    submit(replyView, "priya", Map.of(HandoffBlocks.ANSWER_INPUT, text("Only assistance dogs may come into council offices.")));
    slack.slackApi.await(call -> call.method().equals("chat.postMessage") && CONTACTS.equals(call.form().get("channel"))
        && call.form().get("blocks").contains(HandoffBlocks.SAVE), WAIT);

    JsonNode handoffs = ApiClient.json(web.get("api/handoffs", "Cookie", session)).path("handoffs");
    assertEquals("replied", handoffs.path(0).path("status").asText(), handoffs.toString());
    assertEquals("Only assistance dogs may come into council offices.", handoffs.path(0).path("reply").asText());
    assertFalse(handoffs.toString().contains("priya"), "the contact's name reached the asker");
  }

  @Test
  void a_report_of_harm_is_passed_on_word_for_word_only_after_its_writer_sees_it_and_presses_send() throws Exception {
    SlackThread asker = new SlackThread(slack, "1700001000.000100");
    FakeSlackApi.Call support = asker.mention("U_ASKER", HARM);
    assertNull(button(support.json("blocks"), HandoffBlocks.OFFER, false), "a report of harm offered as a question");
    JsonNode offer = button(support.json("blocks"), HandoffBlocks.SUPPORT_OFFER);
    assertEquals("Pass this on to the EDI Contacts", offer.at("/text/text").asText());

    String consent = slack.slackApi.await(pressed("told", offer, "U_ASKER", asker.ts()), WAIT).json(null).toString();
    assertTrue(consent.contains(">" + HARM), consent);
    assertTrue(consent.contains("it is not anonymous to the words you typed"), consent);
    assertTrue(consent.contains("use the routes in my reply above"), consent);
    assertTrue(slack.slackApi.calls(call -> CONTACTS.equals(call.form().get("channel"))).isEmpty(), "sent before consent");
    assertNothingKeptOf(HARM);

    JsonNode send = button(JSON.readTree(consent).path("blocks"), HandoffBlocks.SUPPORT_CONSENT);
    JsonNode sent = slack.slackApi.await(pressed("send", send, "U_ASKER", asker.ts()), WAIT).json(null);
    assertEquals(AskContacts.SENT, sent.path("text").asText());
    FakeSlackApi.Call passed = slack.slackApi.await(call -> call.method().equals("chat.postMessage")
        && CONTACTS.equals(call.form().get("channel")), WAIT);
    assertTrue(passed.json("blocks").toString().contains(">" + HARM), passed.form().get("blocks"));
    assertTrue(passed.form().get("blocks").contains("passed on because they chose to"), passed.form().get("blocks"));
    assertFalse(passed.body().contains("U_ASKER"), "the asker's id reached the contacts");
    assertEquals(List.of("DISCLOSURE|" + HARM), table("SELECT kind || '|' || question FROM handoff"));

    JsonNode replyView = openedBy(contactPress(button(passed.json("blocks"), HandoffBlocks.REPLY), null));
    submit(replyView, "priya", Map.of(HandoffBlocks.ANSWER_INPUT, text("Thank you for telling us. We will be in touch.")));
    assertTrue(asker.next().form().get("blocks").contains("Thank you for telling us."));
    FakeSlackApi.Call replied = slack.slackApi.await(call -> call.method().equals("chat.postMessage")
        && CONTACTS.equals(call.form().get("channel")) && call.form().get("blocks").contains("Your reply went"), WAIT);
    assertNull(button(replied.json("blocks"), HandoffBlocks.SAVE, false), "a report of harm offered to be saved");
  }

  @Test
  void a_report_of_harm_cannot_be_passed_on_by_anyone_but_its_writer() throws Exception {
    SlackThread asker = new SlackThread(slack, "1700001100.000100");
    JsonNode offer = button(asker.mention("U_ASKER", HARM).json("blocks"), HandoffBlocks.SUPPORT_OFFER);
    ObjectNode send = offer.deepCopy();
    send.put("action_id", HandoffBlocks.SUPPORT_CONSENT);

    pressed("other-told", offer, "U_OTHER", asker.ts());
    pressed("other-send", send, "U_OTHER", asker.ts());
    Thread.sleep(500);

    assertTrue(slack.slackApi.calls(call -> call.path().startsWith("/response/other")).isEmpty(), "another was shown it");
    assertTrue(slack.slackApi.calls(call -> CONTACTS.equals(call.form().get("channel"))).isEmpty());
    assertNothingKeptOf(HARM);
  }

  @Test
  void a_refused_question_cannot_be_passed_on_by_anyone_but_its_asker() throws Exception {
    SlackThread asker = new SlackThread(slack, "1700001200.000100");
    JsonNode offer = button(asker.mention("U_ASKER", DOGS).json("blocks"), HandoffBlocks.OFFER);
    ObjectNode send = offer.deepCopy();
    send.put("action_id", HandoffBlocks.CONSENT);

    pressed("other-offer", offer, "U_OTHER", asker.ts());
    pressed("other-consent", send, "U_OTHER", asker.ts());
    Thread.sleep(500);

    assertTrue(slack.slackApi.calls(call -> call.path().startsWith("/response/other")).isEmpty(), "another was shown it");
    assertTrue(slack.slackApi.calls(call -> CONTACTS.equals(call.form().get("channel"))).isEmpty());
  }

  @Test
  void a_report_of_harm_in_a_direct_message_can_be_passed_on_and_the_reply_comes_there() throws Exception {
    HttpResponse<String> told = slack.requests.send(SignedRequests.callback("Ev_DM_HARM", FakeSlackApi.TEAM,
        SignedRequests.directMessage(HARM, "1700001200.000100")), SignedRequests.JSON_TYPE);
    assertEquals(200, told.statusCode(), told.body());
    FakeSlackApi.Call support = slack.slackApi.await(call -> call.method().equals("chat.postMessage")
        && "D_ASKER".equals(call.form().get("channel")), WAIT);

    JsonNode consent = slack.slackApi.await(directPress("dm-told", button(support.json("blocks"),
        HandoffBlocks.SUPPORT_OFFER), HandoffBlocks.OFFER_BLOCK), WAIT).json(null);
    assertTrue(consent.toString().contains(">" + HARM), consent.toString());
    assertNothingKeptOf(HARM);
    slack.slackApi.await(directPress("dm-send", button(consent.path("blocks"), HandoffBlocks.SUPPORT_CONSENT),
        HandoffBlocks.OFFER_BLOCK), WAIT);

    FakeSlackApi.Call passed = slack.slackApi.await(call -> call.method().equals("chat.postMessage")
        && CONTACTS.equals(call.form().get("channel")), WAIT);
    assertTrue(passed.json("blocks").toString().contains(">" + HARM), passed.form().get("blocks"));
    submit(openedBy(contactPress(button(passed.json("blocks"), HandoffBlocks.REPLY), null)), "priya",
        Map.of(HandoffBlocks.ANSWER_INPUT, text("Thank you for telling us.")));
    slack.slackApi.await(call -> call.method().equals("chat.postMessage") && "D_ASKER".equals(call.form().get("channel"))
        && call.form().get("blocks").contains("Thank you for telling us."), WAIT);
  }

  /** Checks that no table holds the text: no hand-off, question log, rated question or conversation's last question. */
  private void assertNothingKeptOf(String text) throws Exception {
    for (String sql : List.of("SELECT question FROM handoff", "SELECT question FROM unanswered_question",
        "SELECT question FROM rated_question", "SELECT asked FROM conversation")) {
      assertFalse(table(sql).stream().anyMatch(value -> value != null && value.contains(text)), sql);
    }
  }

  private List<String> table(String sql) throws Exception {
    return Tables.column(slack.assistant.database(), slack.assistant.config().store(), sql);
  }

  @Test
  void a_consent_naming_another_channel_passes_nothing_on() throws Exception {
    SlackThread asker = new SlackThread(slack, "1700000400.000100");
    JsonNode offer = button(asker.mention("U_ASKER", DOGS).json("blocks"), HandoffBlocks.OFFER);
    ObjectNode forged = offer.deepCopy();
    forged.put("action_id", HandoffBlocks.CONSENT);
    forged.put("value", offer.path("value").asText().replace("C_GENERAL", "C_OTHER"));

    HttpResponse<String> response = slack.requests.send(SignedRequests.press(forged, HandoffBlocks.OFFER_BLOCK, "U_ASKER",
        FakeSlackApi.TEAM, asker.ts(), slack.slackApi.responseUrl("forged")), SignedRequests.FORM);

    assertEquals(200, response.statusCode());
    Thread.sleep(500);
    assertTrue(slack.slackApi.calls(call -> CONTACTS.equals(call.form().get("channel"))).isEmpty());
  }

  @Test
  void a_thumbs_down_offers_the_redacted_question_which_goes_to_the_contacts_with_consent_and_a_second_offers_nothing()
      throws Exception {
    SlackThread asker = new SlackThread(slack, "1700000500.000100");
    FakeSlackApi.Call answer = asker.mention("U_ASKER", PSED);
    assertNull(button(answer.json("blocks"), HandoffBlocks.OFFER, false), "an answer offered to pass the question on");
    JsonNode down = button(answer.json("blocks"), SlackBlocks.NOT_HELPFUL);

    JsonNode rated = slack.slackApi.await(pressed("down", down, SlackBlocks.ACTIONS_BLOCK, "U_ASKER", asker.ts()), WAIT)
        .json(null);
    assertEquals(Buttons.THANKS, rated.path("text").asText());
    assertTrue(rated.path("blocks").toString().contains(PSED_LOGGED), rated.toString());
    JsonNode consent = slack.slackApi.await(pressed("offer", button(rated.path("blocks"), HandoffBlocks.OFFER), "U_ASKER",
        asker.ts()), WAIT).json(null);
    assertTrue(consent.toString().contains(PSED_LOGGED), consent.toString());
    slack.slackApi.await(pressed("consent", button(consent.path("blocks"), HandoffBlocks.CONSENT), "U_ASKER", asker.ts()),
        WAIT);

    FakeSlackApi.Call question = slack.slackApi.await(call -> call.method().equals("chat.postMessage")
        && CONTACTS.equals(call.form().get("channel")), WAIT);
    assertTrue(question.form().get("blocks").contains(PSED_LOGGED), question.form().get("blocks"));
    assertFalse(question.body().contains("Patel"), "the unredacted question reached the contacts");
    JsonNode again = slack.slackApi.await(pressed("again", down, SlackBlocks.ACTIONS_BLOCK, "U_ASKER", asker.ts()), WAIT)
        .json(null);
    assertFalse(again.toString().contains(HandoffBlocks.OFFER), again.toString());
  }

  @Test
  void a_thumbs_down_in_a_direct_message_offers_the_question_and_the_contacts_reply_comes_to_the_direct_message()
      throws Exception {
    HttpResponse<String> sent = slack.requests.send(SignedRequests.callback("Ev_DM_PSED", FakeSlackApi.TEAM,
        SignedRequests.directMessage(PSED, "1700000900.000100")), SignedRequests.JSON_TYPE);
    assertEquals(200, sent.statusCode(), sent.body());
    FakeSlackApi.Call answer = slack.slackApi.await(call -> call.method().equals("chat.postMessage")
        && "D_ASKER".equals(call.form().get("channel")), WAIT);

    JsonNode rated = slack.slackApi.await(directPress("dm-down", button(answer.json("blocks"), SlackBlocks.NOT_HELPFUL),
        SlackBlocks.ACTIONS_BLOCK), WAIT).json(null);
    JsonNode offer = button(rated.path("blocks"), HandoffBlocks.OFFER);
    JsonNode consent = slack.slackApi.await(directPress("dm-offer", offer, HandoffBlocks.OFFER_BLOCK), WAIT).json(null);
    slack.slackApi.await(directPress("dm-consent", button(consent.path("blocks"), HandoffBlocks.CONSENT),
        HandoffBlocks.OFFER_BLOCK), WAIT);
    FakeSlackApi.Call question = slack.slackApi.await(call -> call.method().equals("chat.postMessage")
        && CONTACTS.equals(call.form().get("channel")), WAIT);
    assertTrue(question.form().get("blocks").contains(PSED_LOGGED), question.form().get("blocks"));

    JsonNode replyView = openedBy(contactPress(button(question.json("blocks"), HandoffBlocks.REPLY), null));
    submit(replyView, "priya", Map.of(HandoffBlocks.ANSWER_INPUT, text("The PSED is the public sector equality duty."),
        HandoffBlocks.NAME_INPUT, ticked()));
    FakeSlackApi.Call reply = slack.slackApi.await(call -> call.method().equals("chat.postMessage")
        && "D_ASKER".equals(call.form().get("channel")) && call.form().get("blocks").contains("The PSED is"), WAIT);
    assertTrue(reply.form().get("blocks").contains("*The EDI Contacts (priya) replied* to your question"),
        "the name the contact chose to show is not with the reply: " + reply.form().get("blocks"));
    assertNull(reply.form().get("thread_ts"), reply.form().toString());
    FakeSlackApi.Call replied = slack.slackApi.await(call -> call.method().equals("chat.postMessage")
        && CONTACTS.equals(call.form().get("channel"))
        && call.form().get("blocks").contains("Your reply went to the asker, from the EDI Contacts (priya)."), WAIT);

    JsonNode saveView = openedBy(contactPress(button(replied.json("blocks"), HandoffBlocks.SAVE), "1700000001.000300"));
    assertEquals(HandoffBlocks.SHOW_NAME, nameBox(saveView).at("/element/initial_options/0/value").asText(),
        "the name shown with the reply is not ticked to start with: " + saveView);
  }

  @Test
  void a_thumbs_down_on_the_private_edi_reply_offers_nothing_even_in_a_direct_message() throws Exception {
    HttpResponse<String> ack = slack.requests.send(SignedRequests.slashCommand(PSED, FakeSlackApi.TEAM,
        slack.slackApi.responseUrl("edi")), SignedRequests.FORM);
    assertEquals(200, ack.statusCode(), ack.body());
    JsonNode down = button(JSON.readTree(ack.body()).path("blocks"), SlackBlocks.NOT_HELPFUL);

    JsonNode rated = slack.slackApi.await(directPress("edi-down", down, SlackBlocks.ACTIONS_BLOCK, true), WAIT).json(null);

    assertEquals(Buttons.THANKS, rated.path("text").asText());
    assertFalse(rated.toString().contains(HandoffBlocks.OFFER), rated.toString());
  }

  @Test
  void asking_for_a_person_offers_the_question_asked_before_in_that_thread() throws Exception {
    SlackThread asker = new SlackThread(slack, "1700000600.000100");
    asker.mention("U_ASKER", PSED);

    FakeSlackApi.Call offer = asker.mention("U_ASKER", "Can I speak to a human, please?");

    assertTrue(offer.form().get("blocks").contains(PSED_LOGGED), offer.form().get("blocks"));
    JsonNode consent = slack.slackApi.await(pressed("offer", button(offer.json("blocks"), HandoffBlocks.OFFER), "U_ASKER",
        asker.ts()), WAIT).json(null);
    assertTrue(consent.toString().contains(PSED_LOGGED), consent.toString());
  }

  @Test
  void asking_for_a_person_before_asking_anything_asks_for_the_question_and_offers_nothing() throws Exception {
    FakeSlackApi.Call reply = new SlackThread(slack, "1700000700.000100").mention("U_ASKER", "ask a person");

    assertEquals(List.of(Handoffs.TYPE_IT), Blocks.sections(reply.json("blocks")));
    assertNull(button(reply.json("blocks"), HandoffBlocks.OFFER, false));
  }

  @Test
  void asking_for_a_person_where_no_contacts_channel_is_set_up_names_who_to_ask_and_offers_nothing() throws Exception {
    try (SlackFixture plain = new SlackFixture(SlackFixture.PATIENT, null, Map.of(), true)) {
      FakeSlackApi.Call reply = new SlackThread(plain, "1700000800.000100").mention("U_ASKER", "Can I talk to someone?");

      String blocks = String.join("\n", Blocks.sections(reply.json("blocks")));
      assertTrue(blocks.contains("I can't pass questions on to a person from here"), blocks);
      assertTrue(blocks.contains("*EDI Contacts*") && blocks.contains("*EDI Team*"), blocks);
      assertNull(button(reply.json("blocks"), HandoffBlocks.OFFER, false));
      assertNull(button(reply.json("blocks"), SlackBlocks.NOT_HELPFUL, false), "a reply that is no answer can be rated");
    }
  }

  /**
   * The same offer and consent where the organisation has no contacts channel in Slack but an e-mail address: the
   * question goes by e-mail through a real SMTP server on loopback (GreenMail), an admin replies on the admin page
   * (signed in through the loopback OpenID provider), and the reply reaches the asker's thread.
   */
  @Nested
  class ByEmail {

    private static final String ADDRESS = "edi-contacts@cambridgeshire.gov.uk";
    private static final String REPLY = "Only assistance dogs may come into council offices.";
    private final Person alex = new Person("alex-subject", "Alex Admin", List.of("cambs-edi-admins"));
    private final Person dana = new Person("dana-subject", "Dana Admin", List.of("derbys-edi-admins"));

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    private LocalOpenIdProvider provider;

    @BeforeEach
    void byEmail() throws Exception {
      slack.close();
      provider = new LocalOpenIdProvider();
      slack = emailing(smtp.getSmtp().getPort());
    }

    @AfterEach
    void closeProvider() throws Exception {
      provider.close();
    }

    /** Starts Signpost with Cambridgeshire's EDI Contacts at {@link #ADDRESS} through the SMTP server on {@code smtpPort}. */
    private SlackFixture emailing(int smtpPort) throws Exception {
      Map<String, String> settings = new HashMap<>(provider.settings("cambridgeshire=cambs-edi-admins,derbyshire=derbys-edi-admins"));
      settings.putAll(Map.of("SIGNPOST_EDI_CONTACTS_EMAIL", "cambridgeshire=" + ADDRESS, "SIGNPOST_SMTP_HOST", "127.0.0.1",
          "SIGNPOST_SMTP_PORT", String.valueOf(smtpPort), "SIGNPOST_SMTP_FROM", "signpost@cambridgeshire.gov.uk",
          "SIGNPOST_SMTP_STARTTLS", "false", "SIGNPOST_SMTP_TIMEOUT_SECONDS", "2",
          "SIGNPOST_SMTP_ATTEMPTS", "2", "SIGNPOST_SMTP_RETRY_SECONDS", "0.1", "SIGNPOST_PORT", String.valueOf(freePort())));
      return new SlackFixture(SlackFixture.PATIENT, null, settings, true);
    }

    @Test
    void a_refused_question_is_emailed_with_consent_replied_to_on_the_admin_page_and_saved_for_the_next_asker()
        throws Exception {
      SlackThread asker = new SlackThread(slack, "1700001100.000100");
      JsonNode offer = button(asker.mention("U_ASKER", DOGS).json("blocks"), HandoffBlocks.OFFER);
      JsonNode consent = slack.slackApi.await(pressed("offer", offer, "U_ASKER", asker.ts()), WAIT).json(null);
      assertTrue(consent.toString().contains(DOGS), consent.toString());
      assertEquals(0, smtp.getReceivedMessages().length, "sent before consent");

      JsonNode sent = slack.slackApi.await(pressed("consent", button(consent.path("blocks"), HandoffBlocks.CONSENT), "U_ASKER",
          asker.ts()), WAIT).json(null);
      assertEquals(AskContacts.EMAILED, sent.path("text").asText());
      assertTrue(smtp.waitForIncomingEmail(20_000, 1));
      MimeMessage email = smtp.getReceivedMessages()[0];
      assertEquals(ADDRESS, email.getAllRecipients()[0].toString());
      assertEquals("A question for the EDI Contacts of Cambridgeshire County Council", email.getSubject());
      String text = email.getContent().toString().replace("\r\n", "\n");
      assertTrue(text.contains("\n> " + DOGS + "\n"), text);
      assertTrue(text.contains("Someone at Cambridgeshire County Council asked Signpost"), text);
      String whole = GreenMailUtil.getWholeMessage(email);
      for (String id : List.of("U_ASKER", FakeSlackApi.TEAM, "C_GENERAL", asker.ts())) {
        assertFalse(whole.contains(id), "the e-mail carries the asker's Slack ids: " + id);
      }

      Matcher link = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/admin/handoffs\\?organisation=cambridgeshire").matcher(text);
      assertTrue(link.find(), text);
      provider.signIn(alex);
      AdminBrowser admin = new AdminBrowser(slack.server.url());
      HttpResponse<String> page = admin.open(URI.create(link.group()));
      assertEquals(200, page.statusCode(), page.body());
      List<String> hops = admin.hops().stream().map(r -> r.uri().getPath()).toList();
      assertEquals(List.of("/admin/handoffs", "/admin/sign-in", "/authorize", "/admin/callback", "/admin"), hops);
      assertEquals("/admin#handoffs-cambridgeshire", admin.hops().get(3).headers().firstValue("Location").orElseThrow());
      assertTrue(page.body().contains("<h3 id=\"handoffs-cambridgeshire\">Questions passed on to the EDI Contacts</h3>"),
          page.body());
      String id = waiting(page, DOGS);

      provider.signIn(dana);
      AdminBrowser other = new AdminBrowser(slack.server.url());
      HttpResponse<String> elsewhere = other.open(URI.create(link.group()));
      assertFalse(elsewhere.body().contains(DOGS), "an admin of another organisation sees its question");
      assertEquals(403, other.post("admin/handoffs/reply", "csrf", AdminBrowser.csrf(elsewhere), "handoff", id, "reply",
          "Not ours to answer.").statusCode());
      assertEquals(Handoff.Status.SENT, slack.assistant.handoffs().find(id).orElseThrow().status());

      // A replica that claimed a reply past the lease ago and stopped before delivering it: waiting again, replied anew.
      Handoffs stopped = new Handoffs(slack.assistant.database().handoffs(),
          Clock.offset(slack.assistant.clock(), Handoffs.LEASE.plusMinutes(1).negated()));
      stopped.claim(id, "A reply whose replica stopped.", "Sam").orElseThrow();
      page = admin.open(URI.create(link.group()));
      assertEquals(id, waiting(page, DOGS));
      HttpResponse<String> replied = admin.post("admin/handoffs/reply", "csrf", AdminBrowser.csrf(page), "handoff", id, "reply", REPLY);
      assertEquals(200, replied.statusCode(), replied.body());
      assertTrue(replied.body().contains("Reply sent: it went to the person who asked"), replied.body());
      FakeSlackApi.Call reply = asker.next();
      assertTrue(reply.form().get("blocks").contains("The EDI Contacts replied") && reply.form().get("blocks").contains(REPLY),
          reply.form().get("blocks"));
      assertFalse(reply.body().contains("Alex"), "the admin's name reached the asker");
      assertEquals(Handoff.Status.REPLIED, slack.assistant.handoffs().find(id).orElseThrow().status());
      assertTrue(replied.body().contains("<input type=\"hidden\" name=\"handoff\" value=\"" + id + "\">")
          && replied.body().contains(">" + REPLY + "</textarea>"), "the curated-answer form is filled from the reply: " + replied.body());

      HttpResponse<String> saved = admin.post("admin/curated/save", "csrf", AdminBrowser.csrf(replied), "organisation",
          "cambridgeshire", "handoff", id, "question", DOGS, "answer", REPLY, "author", Handoffs.ROLE, "review_by",
          LocalDate.now().plusYears(1).toString());
      assertTrue(saved.body().contains("Curated answer saved"), saved.body());
      assertEquals(Handoff.Status.SAVED, slack.assistant.handoffs().find(id).orElseThrow().status());
      FakeSlackApi.Call next = new SlackThread(slack, "1700001200.000100").mention("U_NEXT", DOGS);
      String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(ZoneId.of("Europe/London")));
      assertTrue(next.form().get("blocks").contains(REPLY + " [1]"), next.form().get("blocks"));
      assertTrue(next.form().get("blocks").contains("[1] Answered by the EDI Contacts, " + today), next.form().get("blocks"));
    }

    @Test
    void a_report_of_harm_is_emailed_only_with_its_writers_consent_headed_as_a_report_and_never_offered_to_be_saved()
        throws Exception {
      SlackThread writer = new SlackThread(slack, "1700001500.000100");
      JsonNode offer = button(writer.mention("U_ASKER", HARM).json("blocks"), HandoffBlocks.SUPPORT_OFFER);
      String consent = slack.slackApi.await(pressed("told", offer, "U_ASKER", writer.ts()), WAIT).json(null).toString();
      assertTrue(consent.contains(">" + HARM) && consent.contains(Handoffs.REPORT_BY_EMAIL), consent);
      assertEquals(0, smtp.getReceivedMessages().length, "sent before consent");
      assertNothingKeptOf(HARM);

      JsonNode sent = slack.slackApi.await(pressed("send", button(JSON.readTree(consent).path("blocks"),
          HandoffBlocks.SUPPORT_CONSENT), "U_ASKER", writer.ts()), WAIT).json(null);
      assertEquals(AskContacts.EMAILED, sent.path("text").asText());
      assertTrue(smtp.waitForIncomingEmail(20_000, 1));
      MimeMessage email = smtp.getReceivedMessages()[0];
      assertEquals("A report passed on by choice to the EDI Contacts of Cambridgeshire County Council", email.getSubject());
      String text = email.getContent().toString().replace("\r\n", "\n");
      assertTrue(text.contains("\n> " + HARM + "\n") && text.contains("not a question to save as an answer"), text);
      assertFalse(GreenMailUtil.getWholeMessage(email).contains("U_ASKER"), "the e-mail carries the writer's Slack id");
      assertEquals(List.of("DISCLOSURE|" + HARM), table("SELECT kind || '|' || question FROM handoff"));

      provider.signIn(alex);
      AdminBrowser admin = new AdminBrowser(slack.server.url());
      HttpResponse<String> page = admin.open("admin");
      assertTrue(page.body().contains("by its writer's choice: a report of harm or unfair treatment, never saved as an answer"),
          page.body());
      String id = waiting(page, HARM.replace("'", "&#39;"));
      HttpResponse<String> replied = admin.post("admin/handoffs/reply", "csrf", AdminBrowser.csrf(page), "handoff", id, "reply",
          "Thank you for telling us. We will be in touch.");
      assertEquals(200, replied.statusCode(), replied.body());
      assertTrue(replied.body().contains("Reply sent: it went to the person who wrote the report"), replied.body());
      assertFalse(replied.body().contains("name=\"handoff\" value=\"" + id + "\""), "a report of harm offered to be saved");
      assertTrue(writer.next().form().get("blocks").contains("replied* to your message"));

      HttpResponse<String> saved = admin.post("admin/curated/save", "csrf", AdminBrowser.csrf(replied), "organisation",
          "cambridgeshire", "handoff", id, "question", HARM, "answer", "Thank you for telling us.", "author", Handoffs.ROLE,
          "review_by", LocalDate.now().plusYears(1).toString());
      assertEquals(400, saved.statusCode(), saved.body());
      assertTrue(saved.body().contains(Handoffs.NOT_SAVED), saved.body());
      assertEquals(Handoff.Status.REPLIED, slack.assistant.handoffs().find(id).orElseThrow().status());
      assertEquals(List.of(), slack.assistant.curated().list("cambridgeshire"), "a report of harm saved as an answer");
    }

    @Test
    void a_reply_the_askers_thread_cannot_take_changes_nothing_and_can_be_sent_again() throws Exception {
      SlackThread asker = new SlackThread(slack, "1700001400.000100");
      JsonNode offer = button(asker.mention("U_ASKER", DOGS).json("blocks"), HandoffBlocks.OFFER);
      JsonNode consent = slack.slackApi.await(pressed("offer", offer, "U_ASKER", asker.ts()), WAIT).json(null);
      slack.slackApi.await(pressed("consent", button(consent.path("blocks"), HandoffBlocks.CONSENT), "U_ASKER", asker.ts()), WAIT);
      provider.signIn(alex);
      AdminBrowser admin = new AdminBrowser(slack.server.url());
      HttpResponse<String> page = admin.open("admin");
      String id = waiting(page, DOGS);

      slack.slackApi.failPosts(1);
      HttpResponse<String> refused = admin.post("admin/handoffs/reply", "csrf", AdminBrowser.csrf(page), "handoff", id, "reply", REPLY);

      assertEquals(502, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("could not be delivered to the person who asked just now"), refused.body());
      assertEquals(Handoff.Status.SENT, slack.assistant.handoffs().find(id).orElseThrow().status());
      HttpResponse<String> again = admin.post("admin/handoffs/reply", "csrf", AdminBrowser.csrf(page), "handoff", id, "reply", REPLY);
      assertEquals(200, again.statusCode(), again.body());
      assertTrue(asker.next().form().get("blocks").contains(REPLY));
      assertEquals(409, admin.post("admin/handoffs/reply", "csrf", AdminBrowser.csrf(page), "handoff", id, "reply", REPLY)
          .statusCode(), "a question replied to already is replied to again");
    }

    /** Returns the id of the question waiting for a reply on the admin page, as its reply form carries it. */
    private String waiting(HttpResponse<String> page, String question) {
      Matcher handoff = Pattern.compile("<p class=\"example\">" + Pattern.quote(question) + "</p><p class=\"hint\">Passed on "
          + "[^<]+</p><form method=\"post\" action=\"/admin/handoffs/reply\" class=\"stack\"><input type=\"hidden\" "
          + "name=\"csrf\" value=\"[^\"]+\"><input type=\"hidden\" name=\"handoff\" value=\"([^\"]+)\">").matcher(page.body());
      assertTrue(handoff.find(), page.body());
      return handoff.group(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nobody listens", "it never answers"})
    void when_the_mail_server_is_down_the_asker_is_told_plainly_within_the_timeouts_and_nothing_is_kept(String down)
        throws Exception {
      try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
        slack.close();
        slack = emailing(down.equals("nobody listens") ? freePort() : silent.getLocalPort());
        SlackThread asker = new SlackThread(slack, "1700001300.000100");
        JsonNode offer = button(asker.mention("U_ASKER", DOGS).json("blocks"), HandoffBlocks.OFFER);
        JsonNode consent = slack.slackApi.await(pressed("offer", offer, "U_ASKER", asker.ts()), WAIT).json(null);

        long start = System.nanoTime();
        JsonNode told = slack.slackApi.await(pressed("consent", button(consent.path("blocks"), HandoffBlocks.CONSENT), "U_ASKER",
            asker.ts()), WAIT).json(null);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(Handoffs.NOT_SENT, told.path("text").asText());
        assertTrue(took.compareTo(Duration.ofSeconds(8)) < 0, "told after " + took + ", with 2 s timeouts");
        assertEquals(List.of(), slack.assistant.handoffs().waiting("cambridgeshire"), "a hand-off not sent is kept as sent");
      }
    }
  }

  /** Returns a loopback port nobody listens on (just now). */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Presses the asker's button in their thread and returns the wait for the private response it makes. */
  private java.util.function.Predicate<FakeSlackApi.Call> pressed(String name, JsonNode button, String user, String thread)
      throws Exception {
    return pressed(name, button, HandoffBlocks.OFFER_BLOCK, user, thread);
  }

  /** Presses a button in block {@code blockId} in the asker's thread and returns the wait for its private response. */
  private java.util.function.Predicate<FakeSlackApi.Call> pressed(String name, JsonNode button, String blockId, String user,
                                                                  String thread) throws Exception {
    HttpResponse<String> response = slack.requests.send(SignedRequests.press(button, blockId, user,
        FakeSlackApi.TEAM, thread, slack.slackApi.responseUrl(name)), SignedRequests.FORM);
    assertEquals(200, response.statusCode(), response.body());
    return call -> call.path().equals("/response/" + name);
  }

  /** Presses, as U_ASKER, a button on a message of Signpost's in the direct message D_ASKER (not in a thread). */
  private java.util.function.Predicate<FakeSlackApi.Call> directPress(String name, JsonNode button, String blockId)
      throws Exception {
    return directPress(name, button, blockId, false);
  }

  /** Presses a button in D_ASKER, on a message everyone there sees or, when {@code ephemeral}, on a private reply. */
  private java.util.function.Predicate<FakeSlackApi.Call> directPress(String name, JsonNode button, String blockId,
                                                                       boolean ephemeral) throws Exception {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "block_actions");
    payload.putObject("team").put("id", FakeSlackApi.TEAM).put("domain", "council");
    payload.putObject("user").put("id", "U_ASKER").put("team_id", FakeSlackApi.TEAM);
    payload.put("api_app_id", "A_SIGNPOST");
    payload.put("token", "legacy-verification-token");
    payload.putObject("container").put("type", "message").put("message_ts", "1700000901.000200")
        .put("channel_id", "D_ASKER").put("is_ephemeral", ephemeral);
    payload.put("trigger_id", "trigger-" + name);
    payload.putObject("channel").put("id", "D_ASKER").put("name", "directmessage");
    payload.put("response_url", slack.slackApi.responseUrl(name));
    ObjectNode action = payload.putArray("actions").addObject();
    action.put("type", "button");
    action.put("action_id", button.path("action_id").asText());
    action.put("block_id", blockId);
    action.put("value", button.path("value").asText());
    action.put("action_ts", "1700000902.000300");
    HttpResponse<String> response = slack.requests.send(SignedRequests.form(Map.of("payload", payload.toString())),
        SignedRequests.FORM);
    assertEquals(200, response.statusCode(), response.body());
    return call -> call.path().equals("/response/" + name);
  }

  /** Presses a button Signpost posted in the contacts' channel, as a contact; {@code thread} is the message's thread. */
  /** Asks DOGS in the asker's thread, takes the offer and consents; returns the question as posted to the contacts. */
  private FakeSlackApi.Call passedOn(SlackThread asker) throws Exception {
    JsonNode offer = button(asker.mention("U_ASKER", DOGS).json("blocks"), HandoffBlocks.OFFER);
    JsonNode consent = slack.slackApi.await(pressed("offer", offer, "U_ASKER", asker.ts()), WAIT).json(null);
    slack.slackApi.await(pressed("consent", button(consent.path("blocks"), HandoffBlocks.CONSENT), "U_ASKER", asker.ts()),
        WAIT);
    return slack.slackApi.await(call -> call.method().equals("chat.postMessage") && CONTACTS.equals(call.form().get("channel")),
        WAIT);
  }

  private String contactPress(JsonNode button, String thread) throws Exception {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "block_actions");
    payload.putObject("team").put("id", FakeSlackApi.TEAM).put("domain", "council");
    payload.putObject("user").put("id", "U_CONTACT").put("team_id", FakeSlackApi.TEAM).put("name", "priya");
    payload.put("api_app_id", "A_SIGNPOST");
    payload.put("token", "legacy-verification-token");
    ObjectNode container = payload.putObject("container").put("type", "message").put("message_ts", "1700000001.000200")
        .put("channel_id", CONTACTS).put("is_ephemeral", false);
    if (thread != null) container.put("thread_ts", thread);
    String trigger = "trigger-" + System.nanoTime();
    payload.put("trigger_id", trigger);
    payload.putObject("channel").put("id", CONTACTS).put("name", "edi-contacts");
    payload.put("response_url", slack.slackApi.responseUrl("contact"));
    ObjectNode action = payload.putArray("actions").addObject();
    action.put("type", "button");
    action.put("action_id", button.path("action_id").asText());
    action.put("block_id", HandoffBlocks.OFFER_BLOCK);
    action.put("value", button.path("value").asText());
    action.put("action_ts", "1700000002.000300");
    HttpResponse<String> response = slack.requests.send(SignedRequests.form(Map.of("payload", payload.toString())),
        SignedRequests.FORM);
    assertEquals(200, response.statusCode(), response.body());
    return trigger;
  }

  /** Returns the modal {@code views.open} was called with for the press with this trigger id. */
  private JsonNode openedBy(String trigger) throws Exception {
    return slack.slackApi.await(call -> call.method().equals("views.open") && trigger.equals(call.form().get("trigger_id")),
        WAIT).json("view");
  }

  /** Submits a modal as Slack does, with these inputs' values by block id, and checks it closes. */
  private void submit(JsonNode view, String user, Map<String, JsonNode> inputs) throws Exception {
    HttpResponse<String> response = submitted(view, user, inputs);
    assertEquals(200, response.statusCode(), response.body());
    assertFalse(response.body().contains("errors"), response.body());
  }

  /** Submits a modal as Slack does, with these inputs' values by block id, and returns Signpost's answer. */
  private HttpResponse<String> submitted(JsonNode view, String user, Map<String, JsonNode> inputs) throws Exception {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "view_submission");
    payload.putObject("team").put("id", FakeSlackApi.TEAM).put("domain", "council");
    payload.putObject("user").put("id", "U_CONTACT").put("username", user).put("name", user).put("team_id", FakeSlackApi.TEAM);
    payload.put("api_app_id", "A_SIGNPOST");
    payload.put("token", "legacy-verification-token");
    payload.put("trigger_id", "trigger-submit");
    ObjectNode submitted = view.deepCopy();
    submitted.put("id", "V2");
    ObjectNode values = submitted.putObject("state").putObject("values");
    inputs.forEach((block, value) -> values.putObject(block).set(HandoffBlocks.TEXT, value));
    payload.set("view", submitted);
    return slack.requests.send(SignedRequests.form(Map.of("payload", payload.toString())), SignedRequests.FORM);
  }

  /** Returns the "Show my name" box of a modal, ticked. */
  private static JsonNode nameBox(JsonNode view) {
    for (JsonNode block : view.path("blocks")) if (HandoffBlocks.NAME_INPUT.equals(block.path("block_id").asText())) return block;
    throw new AssertionError("no " + HandoffBlocks.NAME_INPUT + " in " + view);
  }

  private static JsonNode ticked() {
    ObjectNode box = JSON.createObjectNode().put("type", "checkboxes");
    box.putArray("selected_options").addObject().put("value", HandoffBlocks.SHOW_NAME).putObject("text")
        .put("type", "plain_text").put("text", "Show my name with the reply");
    return box;
  }

  private static JsonNode text(String value) {
    return JSON.createObjectNode().put("type", "plain_text_input").put("value", value);
  }

  private static JsonNode button(JsonNode blocks, String actionId) {
    JsonNode found = button(blocks, actionId, true);
    assertNotNull(found);
    return found;
  }

  private static JsonNode button(JsonNode blocks, String actionId, boolean required) {
    for (JsonNode block : blocks) {
      for (JsonNode element : block.path("elements")) if (actionId.equals(element.path("action_id").asText())) return element;
    }
    if (required) throw new AssertionError("no button " + actionId + " in " + blocks);
    return null;
  }
}
