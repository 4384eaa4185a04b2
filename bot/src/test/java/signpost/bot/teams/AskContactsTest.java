package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.bot.admin.LocalOpenIdProvider;
import signpost.bot.config.TeamsMode;
import signpost.bot.edi.Handoffs;
import signpost.bot.server.AdminBrowser;
import signpost.bot.store.Tables;
import signpost.bot.server.ApiClient;

/**
 * "Ask an EDI Contact" round trips through the real server and the Bot Framework SDK in local development mode, with
 * Universal Actions as Teams sends them and every message going to the loopback connector stand-in: a refused question
 * is offered, passed on only with consent as a proactive message to the contacts' channel, replied to from its card
 * into the asker's personal chat, saved as an answer, and the next asker gets it cited.
 */
class AskContactsTest {

  private static final String CONTACTS = "19:edi-contacts@thread.tacv2";
  private static final String ASKER = "a:1Xy9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LzXcVbNmQwErTyUiOpAsDfGhJkL";
  private static final String DOGS = "Can I bring my dog to the office?";
  private static final String PSED = "What is the PSED, Dr Patel?";
  /** The question as the EDI team's log keeps it: the name is removed. */
  private static final String PSED_LOGGED = "What is the PSED, [name]?";
  /** A report of harm, which gets the support reply. */
  private static final String HARM = "I was harassed at work because I'm gay";
  private static final String REPLY = "Only assistance dogs may come into council offices.";

  private TeamsFixture teams;

  @BeforeEach
  void start() throws Exception {
    teams = TeamsFixture.withContacts(CONTACTS);
  }

  @AfterEach
  void stop() {
    teams.close();
  }

  @Test
  void a_refused_question_goes_to_the_contacts_with_consent_and_their_saved_reply_answers_the_next_asker() throws Exception {
    JsonNode refusal = ask(ASKER, DOGS);
    JsonNode offer = action(refusal, AskContacts.OFFER);

    JsonNode consent = invoke(ASKER, "personal", offer, null).path("value");
    assertTrue(consent.toString().contains(DOGS), consent.toString());
    assertTrue(posts(CONTACTS).isEmpty(), "sent before consent");

    JsonNode sent = invoke(ASKER, "personal", action(consent, AskContacts.CONSENT), null);
    assertEquals(AskContacts.SENT, sent.path("value").asText());
    List<FakeConnector.Call> toContacts = posts(CONTACTS);
    assertEquals(1, toContacts.size());
    JsonNode question = toContacts.get(0).card();
    assertTrue(question.toString().contains(DOGS), question.toString());
    assertEquals("Input.Text", question.at("/body/3/type").asText());
    assertFalse(toContacts.get(0).activity().toString().contains("Alex Morgan"), "the asker's name reached the contacts");
    assertFalse(toContacts.get(0).activity().toString().contains("6f1e2d3c"), "the asker's id reached the contacts");

    ObjectNode reply = action(question, AskContacts.REPLY).deepCopy();
    reply.with("data").put("reply", REPLY);
    assertEquals(Handoffs.GONE, invoke(ASKER, "personal", reply, null).path("value").asText(),
        "a reply pressed outside the contacts' channel was taken");
    JsonNode save = invoke(CONTACTS, "channel", reply, "Priya Shah").path("value");
    List<FakeConnector.Call> toAsker = teams.connector.await(3).stream()
        .filter(call -> call.conversationId().equals(ASKER) && call.activity().path("text").asText().contains(REPLY)).toList();
    assertEquals(1, toAsker.size());
    assertTrue(toAsker.get(0).activity().path("text").asText().startsWith("The EDI Contacts replied to your question"));
    assertFalse(toAsker.get(0).activity().toString().contains("Priya"), "the contact's name reached the asker");
    ObjectNode second = action(question, AskContacts.REPLY).deepCopy();
    second.with("data").put("reply", "Yes, any dog.");
    assertEquals(Handoffs.ALREADY, invoke(CONTACTS, "channel", second, "Sam Lee").path("value").asText());
    assertTrue(teams.connector.calls().stream().noneMatch(call -> call.activity().toString().contains("Yes, any dog.")),
        "a second reply reached the asker");

    assertEquals("false", input(save, "showName").path("value").asText(), "the name shown to start with: " + save);
    ObjectNode saving = action(save, AskContacts.SAVE).deepCopy();
    saving.with("data").put("question", DOGS).put("answer", REPLY)
        .put("reviewBy", LocalDate.now().plusYears(1).toString()).put("showName", "false");
    assertTrue(invoke(CONTACTS, "channel", saving, "Priya Shah").path("value").asText().startsWith("Saved as an answer"));

    JsonNode next = ask("a:next-asker", DOGS);
    String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(ZoneId.of("Europe/London")));
    assertTrue(next.toString().contains(REPLY + " [1]"), next.toString());
    assertTrue(next.toString().contains("[1] Answered by the EDI Contacts, " + today), next.toString());
    assertFalse(next.toString().contains(AskContacts.OFFER), "an answer offered to pass the question on");
  }

  @Test
  void a_contact_who_showed_their_name_with_the_reply_finds_it_shown_to_start_with_on_the_save_card() throws Exception {
    JsonNode consent = invoke(ASKER, "personal", action(ask(ASKER, DOGS), AskContacts.OFFER), null).path("value");
    invoke(ASKER, "personal", action(consent, AskContacts.CONSENT), null);
    ObjectNode reply = action(posts(CONTACTS).get(0).card(), AskContacts.REPLY).deepCopy();
    reply.with("data").put("reply", REPLY).put("showName", "true");

    JsonNode save = invoke(CONTACTS, "channel", reply, "Priya Shah").path("value");
    assertTrue(save.toString().contains("from the EDI Contacts (Priya Shah)"), save.toString());
    assertEquals("true", input(save, "showName").path("value").asText(), save.toString());
  }

  @Test
  void a_web_chat_question_goes_to_the_contacts_channel_with_consent_and_their_reply_reaches_the_web_chat() throws Exception {
    ApiClient web = new ApiClient(teams.server.url());
    String session = web.session();
    JsonNode answer = ApiClient.json(web.post("api/ask", "{\"question\": \"" + DOGS + "\", \"org\": \"cambridgeshire\"}",
        "Cookie", session));
    assertEquals("teams", answer.path("offer").path("by").asText(), answer.toString());
    assertTrue(posts(CONTACTS).isEmpty(), "sent before consent");

    HttpResponse<byte[]> sent = web.post("api/handoffs", "{\"offer\": \"" + answer.path("offer").path("token").asText()
        + "\"}", "Cookie", session);
    assertEquals(201, sent.statusCode(), ApiClient.text(sent));
    List<FakeConnector.Call> toContacts = posts(CONTACTS);
    assertEquals(1, toContacts.size());
    JsonNode question = toContacts.get(0).card();
    assertTrue(question.toString().contains(DOGS), question.toString());
    assertFalse(toContacts.get(0).activity().toString().contains(answer.path("conversation").asText()),
        "the web conversation reached the contacts");

    ObjectNode reply = action(question, AskContacts.REPLY).deepCopy();
    reply.with("data").put("reply", REPLY);
    JsonNode save = invoke(CONTACTS, "channel", reply, "Priya Shah").path("value");
    assertTrue(save.toString().contains("Save as an answer"), save.toString());

    JsonNode handoffs = ApiClient.json(web.get("api/handoffs", "Cookie", session)).path("handoffs");
    assertEquals("replied", handoffs.path(0).path("status").asText(), handoffs.toString());
    assertEquals(REPLY, handoffs.path(0).path("reply").asText());
    assertFalse(handoffs.toString().contains("Priya"), "the contact's name reached the asker");
  }

  @Test
  void a_report_of_harm_is_passed_on_word_for_word_only_after_its_writer_sees_it_and_presses_send() throws Exception {
    JsonNode support = ask(ASKER, HARM);
    assertFalse(support.toString().contains(AskContacts.OFFER), "a report of harm offered as a question");
    JsonNode offer = action(support, AskContacts.SUPPORT_OFFER);
    assertEquals("Pass this on to the EDI Contacts", offer.path("title").asText());

    JsonNode consent = invoke(ASKER, "personal", offer, null).path("value");
    assertTrue(consent.toString().contains("\"text\":\"" + HARM + "\""), consent.toString());
    assertTrue(consent.toString().contains("it is not anonymous to the words you typed"), consent.toString());
    assertTrue(consent.toString().contains("use the routes in my reply above"), consent.toString());
    assertTrue(posts(CONTACTS).isEmpty(), "sent before consent");
    assertNothingKeptOf(HARM);

    JsonNode sent = invoke(ASKER, "personal", action(consent, AskContacts.SUPPORT_CONSENT), null);
    assertEquals(AskContacts.SENT, sent.path("value").asText());
    List<FakeConnector.Call> toContacts = posts(CONTACTS);
    assertEquals(1, toContacts.size());
    JsonNode passed = toContacts.get(0).card();
    assertTrue(passed.toString().contains("\"text\":\"" + HARM + "\""), passed.toString());
    assertTrue(passed.toString().contains("Passed on because they chose to"), passed.toString());
    assertFalse(toContacts.get(0).activity().toString().contains("Alex Morgan"), "the asker's name reached the contacts");
    assertEquals(List.of("DISCLOSURE|" + HARM), table("SELECT kind || '|' || question FROM handoff"));

    ObjectNode reply = action(passed, AskContacts.REPLY).deepCopy();
    assertTrue(passed.toString().contains("Show my name with the reply"), passed.toString());
    reply.with("data").put("reply", "Thank you for telling us. We will be in touch.").put("showName", "true");
    JsonNode replied = invoke(CONTACTS, "channel", reply, "Priya Shah").path("value");
    assertFalse(replied.toString().contains(AskContacts.SAVE), "a report of harm offered to be saved: " + replied);
    assertEquals(List.of("The EDI Contacts (Priya Shah) replied to your message"), teams.connector.calls().stream()
        .filter(call -> call.conversationId().equals(ASKER))
        .map(call -> call.activity().path("text").asText())
        .filter(text -> text.contains("Thank you for telling us.")).map(text -> text.substring(0, text.indexOf(" \""))).toList());
  }

  @Test
  void a_report_of_harm_in_a_channel_offers_nothing_as_the_offer_is_private() throws Exception {
    ObjectNode mention = teams.activity("channel-mention.json");
    mention.remove("attachments");
    mention.put("text", "<at>Signpost</at> " + HARM);

    assertEquals(200, teams.post(mention).statusCode());
    JsonNode support = teams.connector.await(1).get(0).card();

    assertTrue(support.toString().contains("I'm sorry this has happened."), support.toString());
    assertFalse(support.toString().contains(AskContacts.SUPPORT_OFFER), support.toString());
  }

  /** Checks that no table holds the text: no hand-off, question log, rated question or conversation's last question. */
  private void assertNothingKeptOf(String text) throws Exception {
    for (String sql : List.of("SELECT question FROM handoff", "SELECT question FROM unanswered_question",
        "SELECT question FROM rated_question", "SELECT asked FROM conversation")) {
      assertFalse(table(sql).stream().anyMatch(value -> value != null && value.contains(text)), sql);
    }
  }

  private List<String> table(String sql) throws Exception {
    return Tables.column(teams.assistant.database(), teams.assistant.config().store(), sql);
  }

  @Test
  void a_thumbs_down_offers_the_redacted_question_which_goes_to_the_contacts_with_consent_and_a_second_offers_nothing()
      throws Exception {
    JsonNode answer = ask(ASKER, PSED);
    assertFalse(answer.toString().contains(AskContacts.OFFER), "an answer offered to pass the question on");
    JsonNode down = action(answer, AnswerCard.NOT_HELPFUL);
    int before = teams.connector.calls().size();

    assertEquals(CardActions.THANKS, invoke(ASKER, "personal", down, null).path("value").asText());
    FakeConnector.Call offer = teams.connector.await(before + 1).get(before);
    assertEquals(ASKER, offer.conversationId());
    assertTrue(offer.card().toString().contains(PSED_LOGGED), offer.card().toString());
    JsonNode consent = invoke(ASKER, "personal", action(offer.card(), AskContacts.OFFER), null).path("value");
    assertTrue(consent.toString().contains(PSED_LOGGED), consent.toString());
    assertEquals(AskContacts.SENT, invoke(ASKER, "personal", action(consent, AskContacts.CONSENT), null).path("value").asText());

    List<FakeConnector.Call> toContacts = posts(CONTACTS);
    assertEquals(1, toContacts.size());
    assertTrue(toContacts.get(0).card().toString().contains(PSED_LOGGED), toContacts.get(0).card().toString());
    assertFalse(toContacts.get(0).activity().toString().contains("Patel"), "the unredacted question reached the contacts");
    int sent = teams.connector.calls().size();
    assertEquals(CardActions.THANKS, invoke(ASKER, "personal", down, null).path("value").asText());
    assertEquals(sent, teams.connector.calls().size(), "a second 👎 offered again");
  }

  @Test
  void a_thumbs_down_in_a_channel_offers_nothing_as_the_offer_is_private() throws Exception {
    JsonNode down = action(ask(ASKER, PSED), AnswerCard.NOT_HELPFUL);
    int before = teams.connector.calls().size();

    assertEquals(CardActions.THANKS, invoke("19:general@thread.tacv2", "channel", down, null).path("value").asText());

    assertEquals(before, teams.connector.calls().size(), "a 👎 in a channel offered to pass the question on");
  }

  @Test
  void asking_for_a_person_offers_the_question_asked_before_in_that_chat() throws Exception {
    ask(ASKER, PSED);

    JsonNode offer = say(ASKER, "Can I speak to a human, please?").card();

    assertTrue(offer.toString().contains(PSED_LOGGED), offer.toString());
    JsonNode consent = invoke(ASKER, "personal", action(offer, AskContacts.OFFER), null).path("value");
    assertTrue(consent.toString().contains(PSED_LOGGED), consent.toString());
  }

  @Test
  void asking_for_a_person_before_asking_anything_asks_for_the_question_and_offers_nothing() throws Exception {
    FakeConnector.Call reply = say(ASKER, "ask a person");

    assertEquals(Handoffs.TYPE_IT, reply.activity().path("text").asText());
    assertFalse(reply.activity().toString().contains(AskContacts.OFFER), reply.activity().toString());
  }

  @Test
  void asking_for_a_person_where_no_contacts_are_set_up_names_who_to_ask_and_offers_nothing() throws Exception {
    try (TeamsFixture plain = TeamsFixture.local()) {
      ObjectNode message = plain.activity("personal-message.json");
      message.put("text", "Can I talk to someone?");
      assertEquals(200, plain.post(message).statusCode());

      JsonNode card = plain.connector.await(1).get(0).card();
      assertTrue(card.toString().contains("I can't pass questions on to a person from here"), card.toString());
      assertTrue(card.toString().contains("EDI Contacts") && card.toString().contains("EDI Team"), card.toString());
      assertFalse(card.toString().contains(AskContacts.OFFER), card.toString());
      assertFalse(card.toString().contains(AnswerCard.NOT_HELPFUL), "a reply that is no answer can be rated");
    }
  }

  /** Says something in a personal chat that Signpost replies to at once, without typing first, and returns the reply. */
  private FakeConnector.Call say(String conversation, String text) throws Exception {
    int before = teams.connector.calls().size();
    ObjectNode message = teams.activity("personal-message.json");
    message.with("conversation").put("id", conversation);
    message.put("text", text);
    assertEquals(200, teams.post(message).statusCode());
    return teams.connector.await(before + 1).get(before);
  }

  /** Asks in a personal chat and returns the answer's card. */
  private JsonNode ask(String conversation, String text) throws Exception {
    int before = teams.connector.calls().size();
    ObjectNode message = teams.activity("personal-message.json");
    message.with("conversation").put("id", conversation);
    message.put("text", text);
    assertEquals(200, teams.post(message).statusCode());
    return teams.connector.await(before + 1).get(before).card();
  }

  /** Sends an {@code adaptiveCard/action} invoke of the action from a conversation and returns its response. */
  private JsonNode invoke(String conversation, String type, JsonNode action, String from) throws Exception {
    ObjectNode invoke = teams.activity("adaptive-card-action.json");
    invoke.with("conversation").put("id", conversation).put("conversationType", type);
    if (from != null) invoke.with("from").put("name", from).put("aadObjectId", "0a1b2c3d-contact");
    invoke.with("value").set("action", action);
    HttpResponse<String> response = teams.post(invoke);
    assertEquals(200, response.statusCode(), response.body());
    return TeamsFixture.json(response.body());
  }

  private List<FakeConnector.Call> posts(String conversation) {
    return teams.connector.calls().stream().filter(call -> call.conversationId().equals(conversation)).toList();
  }

  private static JsonNode input(JsonNode card, String id) {
    for (JsonNode found : card.findParents("id")) if (id.equals(found.path("id").asText())) return found;
    throw new AssertionError("no input " + id + " in " + card);
  }

  private static JsonNode action(JsonNode card, String verb) {
    for (JsonNode found : card.findParents("verb")) if (verb.equals(found.path("verb").asText())) return found;
    throw new AssertionError("no action " + verb + " in " + card);
  }

  /**
   * The same offer and consent where Cambridgeshire's EDI Contacts are not in Teams but have an e-mail address: the
   * question goes by e-mail through a real SMTP server on loopback (GreenMail), the asker is told by a proactive message
   * when it has gone, and an admin's reply on the admin page reaches their chat as a proactive message.
   */
  @Nested
  class ByEmail {

    private static final String ADDRESS = "edi-contacts@cambridgeshire.gov.uk";

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    private LocalOpenIdProvider provider;

    @BeforeEach
    void byEmail() throws Exception {
      teams.close();
      provider = new LocalOpenIdProvider();
      Map<String, String> settings = new HashMap<>(provider.settings("cambridgeshire=cambs-edi-admins"));
      settings.putAll(Map.of("SIGNPOST_EDI_CONTACTS_EMAIL", "cambridgeshire=" + ADDRESS, "SIGNPOST_SMTP_HOST", "127.0.0.1",
          "SIGNPOST_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()), "SIGNPOST_SMTP_FROM", "signpost@cambridgeshire.gov.uk",
          "SIGNPOST_SMTP_STARTTLS", "false", "SIGNPOST_SMTP_TIMEOUT_SECONDS", "2",
          "SIGNPOST_SMTP_ATTEMPTS", "2", "SIGNPOST_SMTP_RETRY_SECONDS", "0.1", "SIGNPOST_PORT", String.valueOf(freePort())));
      teams = TeamsFixture.serving(settings);
    }

    @AfterEach
    void closeProvider() throws Exception {
      provider.close();
    }

    @Test
    void a_refused_question_is_emailed_with_consent_and_the_reply_from_the_admin_page_comes_to_the_chat() throws Exception {
      JsonNode consent = invoke(ASKER, "personal", action(ask(ASKER, DOGS), AskContacts.OFFER), null).path("value");
      assertTrue(consent.toString().contains(DOGS), consent.toString());
      assertEquals(0, smtp.getReceivedMessages().length, "sent before consent");

      assertEquals(AskContacts.SENDING, invoke(ASKER, "personal", action(consent, AskContacts.CONSENT), null).path("value").asText());
      assertTrue(smtp.waitForIncomingEmail(20_000, 1));
      MimeMessage email = smtp.getReceivedMessages()[0];
      assertEquals(ADDRESS, email.getAllRecipients()[0].toString());
      String text = email.getContent().toString().replace("\r\n", "\n");
      assertTrue(text.contains("\n> " + DOGS + "\n") && text.contains("Someone at Cambridgeshire County Council"), text);
      String whole = GreenMailUtil.getWholeMessage(email);
      for (String id : List.of(ASKER, "Alex Morgan", "6f1e2d3c", "29:1kq3", TeamsFixture.CAMBS_TENANT)) {
        assertFalse(whole.contains(id), "the e-mail carries the asker's name or Teams ids: " + id);
      }
      assertTrue(said(ASKER, AskContacts.EMAILED), "the asker was not told the question has gone");

      Matcher link = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/admin/handoffs\\?organisation=cambridgeshire").matcher(text);
      assertTrue(link.find(), text);
      provider.signIn(new LocalOpenIdProvider.Person("alex-subject", "Alex Admin", List.of("cambs-edi-admins")));
      AdminBrowser admin = new AdminBrowser(teams.server.url());
      HttpResponse<String> page = admin.open(URI.create(link.group()));
      Matcher handoff = Pattern.compile(Pattern.quote(DOGS) + "</p><p class=\"hint\">Passed on [^<]+</p><form method=\"post\" "
          + "action=\"/admin/handoffs/reply\" class=\"stack\"><input type=\"hidden\" name=\"csrf\" value=\"[^\"]+\"><input "
          + "type=\"hidden\" name=\"handoff\" value=\"([^\"]+)\">").matcher(page.body());
      assertTrue(handoff.find(), page.body());
      HttpResponse<String> replied = admin.post("admin/handoffs/reply", "csrf", AdminBrowser.csrf(page), "handoff", handoff.group(1),
          "reply", REPLY);

      assertTrue(replied.body().contains("Reply sent"), replied.body());
      List<FakeConnector.Call> toAsker = teams.connector.calls().stream()
          .filter(call -> call.conversationId().equals(ASKER) && call.activity().path("text").asText().contains(REPLY)).toList();
      assertEquals(1, toAsker.size());
      assertTrue(toAsker.get(0).activity().path("text").asText().startsWith("The EDI Contacts replied to your question"));
      assertFalse(toAsker.get(0).activity().toString().contains("Alex Admin"), "the admin's name reached the asker");
    }

    @Test
    void a_report_of_harm_is_emailed_only_with_its_writers_consent_and_the_reply_from_the_admin_page_is_never_offered_to_be_saved()
        throws Exception {
      JsonNode consent = invoke(ASKER, "personal", action(ask(ASKER, HARM), AskContacts.SUPPORT_OFFER), null).path("value");
      assertTrue(consent.toString().contains(HARM) && consent.toString().contains(Handoffs.REPORT_BY_EMAIL), consent.toString());
      assertEquals(0, smtp.getReceivedMessages().length, "sent before consent");
      assertNothingKeptOf(HARM);

      assertEquals(AskContacts.SENDING_REPORT, invoke(ASKER, "personal", action(consent, AskContacts.SUPPORT_CONSENT), null)
          .path("value").asText());
      assertTrue(smtp.waitForIncomingEmail(20_000, 1));
      MimeMessage email = smtp.getReceivedMessages()[0];
      assertEquals("A report passed on by choice to the EDI Contacts of Cambridgeshire County Council", email.getSubject());
      String text = email.getContent().toString().replace("\r\n", "\n");
      assertTrue(text.contains("\n> " + HARM + "\n") && text.contains("not a question to save as an answer"), text);
      assertTrue(said(ASKER, AskContacts.EMAILED), "the writer was not told the report has gone");

      provider.signIn(new LocalOpenIdProvider.Person("alex-subject", "Alex Admin", List.of("cambs-edi-admins")));
      AdminBrowser admin = new AdminBrowser(teams.server.url());
      HttpResponse<String> page = admin.open("admin");
      Matcher handoff = Pattern.compile(Pattern.quote(HARM.replace("'", "&#39;")) + "</p><p class=\"hint\">Passed on [^<]+ by its "
          + "writer's choice: a report of harm or unfair treatment, never saved as an answer</p><form method=\"post\" "
          + "action=\"/admin/handoffs/reply\" class=\"stack\"><input type=\"hidden\" name=\"csrf\" value=\"[^\"]+\"><input "
          + "type=\"hidden\" name=\"handoff\" value=\"([^\"]+)\">").matcher(page.body());
      assertTrue(handoff.find(), page.body());
      assertTrue(page.body().contains("<input type=\"checkbox\" name=\"show_name\" value=\"yes\"> Show my name with the reply"),
          page.body());
      HttpResponse<String> replied = admin.post("admin/handoffs/reply", "csrf", AdminBrowser.csrf(page), "handoff", handoff.group(1),
          "reply", "Thank you for telling us.", "show_name", "yes");

      assertTrue(replied.body().contains("Reply sent: it went to the person who wrote the report"), replied.body());
      assertFalse(replied.body().contains("Save as a curated answer"), "a report of harm offered to be saved");
      assertTrue(teams.connector.calls().stream().anyMatch(call -> call.conversationId().equals(ASKER)
          && call.activity().path("text").asText().startsWith("The EDI Contacts (Alex Admin) replied to your message")),
          "the name the admin chose to show is not with the reply: " + teams.connector.calls());
    }

    /** Waits up to 20 s for Signpost to say {@code text} in the conversation. */
    private boolean said(String conversation, String text) throws InterruptedException {
      long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < end) {
        if (teams.connector.calls().stream().anyMatch(call -> call.conversationId().equals(conversation)
            && text.equals(call.activity().path("text").asText()))) {
          return true;
        }
        Thread.sleep(50);
      }
      return false;
    }
  }

  /** Returns a loopback port nobody listens on (just now). */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The same round trip with an app id: tokens on every activity, and the app's own token on every message it sends. */
  @Nested
  class WithAnAppId {

    private final Tokens tokens = new Tokens();
    private FakeLogin login;

    @BeforeEach
    void authenticated() throws Exception {
      teams.close();
      login = new FakeLogin(tokens);
      teams = TeamsFixture.withContacts(CONTACTS, login, tokens);
    }

    @AfterEach
    void closeLogin() {
      login.close();
    }

    @Test
    void the_question_is_sent_to_the_contacts_proactively_with_the_apps_token_and_their_reply_reaches_the_asker() throws Exception {
      assertEquals(TeamsMode.AUTHENTICATED, teams.channel.mode());
      JsonNode offer = action(ask(ASKER, DOGS), AskContacts.OFFER);
      JsonNode consent = invoke(ASKER, "personal", offer, null).path("value");

      assertEquals(AskContacts.SENT, invoke(ASKER, "personal", action(consent, AskContacts.CONSENT), null).path("value").asText());
      List<FakeConnector.Call> toContacts = posts(CONTACTS);
      assertEquals(1, toContacts.size());
      assertEquals("Bearer " + FakeLogin.accessToken(1), toContacts.get(0).authorization());

      ObjectNode reply = action(toContacts.get(0).card(), AskContacts.REPLY).deepCopy();
      reply.with("data").put("reply", REPLY);
      invoke(CONTACTS, "channel", reply, "Priya Shah");
      // The answer's card, the question to the contacts, the reply to the asker.
      List<FakeConnector.Call> toAsker = teams.connector.await(3).stream()
          .filter(call -> call.conversationId().equals(ASKER) && call.activity().path("text").asText().contains(REPLY)).toList();
      assertEquals(1, toAsker.size());
      assertEquals("Bearer " + FakeLogin.accessToken(1), toAsker.get(0).authorization());
    }
  }
}
