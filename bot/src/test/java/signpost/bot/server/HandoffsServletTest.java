package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.bot.admin.LocalOpenIdProvider;
import signpost.bot.admin.LocalOpenIdProvider.Person;
import signpost.bot.edi.Handoffs;
import signpost.bot.web.WebSession;

/**
 * "Ask an EDI Contact" through the web chat's API on a real server: the offer a refusal, a 👎 and a request for a person
 * carry, consent by the session that was offered it (e-mailed through a real SMTP server on loopback, GreenMail), the
 * reply written on the admin page (signed in through the loopback OpenID provider) fetched by the session, and nothing
 * kept or sent before consent.
 */
class HandoffsServletTest {

  private static final String DOGS = "Can I bring my dog to the office?";
  private static final String ADDRESS = "edi-contacts@cambridgeshire.gov.uk";
  private static final String REPLY = "Only assistance dogs may come into council offices.";

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  private static LocalOpenIdProvider provider;
  private static Assistant assistant;
  private static SignpostServer server;
  private ApiClient api;
  private String session;

  @BeforeAll
  static void start() throws Exception {
    provider = new LocalOpenIdProvider();
    Map<String, String> settings = new HashMap<>(provider.settings("cambridgeshire=cambs-edi-admins"));
    settings.putAll(Map.of("SIGNPOST_DEFAULT_ORG", "cambridgeshire", "SIGNPOST_EDI_CONTACTS_EMAIL", "cambridgeshire=" + ADDRESS,
        "SIGNPOST_SMTP_HOST", "127.0.0.1", "SIGNPOST_SMTP_PORT", String.valueOf(SMTP.getSmtp().getPort()),
        "SIGNPOST_SMTP_FROM", "signpost@cambridgeshire.gov.uk", "SIGNPOST_SMTP_STARTTLS", "false",
        "SIGNPOST_SMTP_TIMEOUT_SECONDS", "2", "SIGNPOST_SMTP_ATTEMPTS", "2", "SIGNPOST_SMTP_RETRY_SECONDS", "0.1"));
    assistant = Assistant.start(TestServers.config(settings), true);
    server = SignpostServer.start(assistant, TestServers.none());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    assistant.close();
    provider.close();
  }

  @BeforeEach
  void newSession() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
    api = new ApiClient(server.url());
    session = api.session();
  }

  @Test
  void a_refusal_in_the_web_chat_carries_the_offer_and_nothing_is_kept_or_sent_before_consent() {
    JsonNode answer = api.ask(DOGS, null, "Cookie", session);

    assertFalse(answer.path("answered").asBoolean());
    JsonNode offer = answer.path("offer");
    assertEquals(DOGS, offer.path("question").asText());
    assertEquals("Cambridgeshire County Council", offer.path("organisation").asText());
    assertEquals("email", offer.path("by").asText());
    assertTrue(offer.path("token").asText().length() > 40, offer.toString());
    assertEquals("{\"handoffs\":[]}", ApiClient.text(api.get("api/handoffs", "Cookie", session)));
    assertEquals(List.of(), assistant.handoffs().waiting("cambridgeshire").stream()
        .filter(h -> h.replyTo().startsWith("web:" + answer.path("conversation").asText())).toList());
    assertEquals(0, SMTP.getReceivedMessages().length);
  }

  @Test
  void consent_emails_the_question_and_the_reply_written_on_the_admin_page_is_fetched_by_the_session() throws Exception {
    JsonNode answer = api.ask(DOGS, null, "Cookie", session);
    String conversation = answer.path("conversation").asText();

    HttpResponse<byte[]> sent = consent(answer.path("offer").path("token").asText(), session);

    assertEquals(201, sent.statusCode(), ApiClient.text(sent));
    assertEquals(WebHandoffs.EMAILED, ApiClient.json(sent).path("text").asText());
    String id = ApiClient.json(sent).path("handoff").path("id").asText();
    assertEquals("web:" + conversation, assistant.handoffs().find(id).orElseThrow().replyTo());
    MimeMessage email = SMTP.getReceivedMessages()[0];
    assertEquals(ADDRESS, email.getAllRecipients()[0].toString());
    String whole = GreenMailUtil.getWholeMessage(email);
    assertTrue(whole.contains("> " + DOGS), whole);
    assertFalse(whole.contains(conversation) || whole.contains(session.substring(WebSession.COOKIE.length() + 1)),
        "the e-mail names the asker's conversation or session");
    JsonNode waiting = ApiClient.json(api.get("api/handoffs", "Cookie", session)).path("handoffs");
    assertEquals(1, waiting.size());
    assertEquals("waiting", waiting.get(0).path("status").asText());
    assertTrue(waiting.get(0).path("reply").isMissingNode());

    provider.signIn(new Person("alex-subject", "Alex Admin", List.of("cambs-edi-admins")));
    AdminBrowser admin = new AdminBrowser(server.url());
    HttpResponse<String> page = admin.open("admin");
    assertTrue(page.body().contains(DOGS), page.body());
    HttpResponse<String> replied = admin.post("admin/handoffs/reply", "csrf", AdminBrowser.csrf(page), "handoff", id,
        "reply", REPLY);
    assertEquals(200, replied.statusCode(), replied.body());

    JsonNode handoffs = ApiClient.json(api.get("api/handoffs", "Cookie", session)).path("handoffs");
    assertEquals(1, handoffs.size());
    assertEquals(Map.of("id", id, "question", DOGS, "status", "replied", "reply", REPLY, "from", Handoffs.ROLE),
        Map.of("id", handoffs.get(0).path("id").asText(), "question", handoffs.get(0).path("question").asText(),
            "status", handoffs.get(0).path("status").asText(), "reply", handoffs.get(0).path("reply").asText(),
            "from", handoffs.get(0).path("from").asText()));
    assertFalse(handoffs.toString().contains("Alex"), "the admin's name reached the asker");
    assertEquals("{\"handoffs\":[]}", ApiClient.text(api.get("api/handoffs", "Cookie", api.session())),
        "another session sees the reply");
  }

  @Test
  void an_offer_is_accepted_only_from_the_session_it_was_made_to_and_unchanged() {
    String token = api.ask(DOGS, null, "Cookie", session).path("offer").path("token").asText();
    String other = api.session();
    int dot = token.indexOf('.');
    String changed = token.substring(0, dot - 2) + (token.charAt(dot - 2) == 'A' ? 'B' : 'A') + token.substring(dot - 1);

    assertEquals(403, consent(token, other).statusCode(), "another session's consent was taken");
    assertEquals(403, consent(changed, session).statusCode(), "a changed offer was taken");
    assertEquals(401, api.post("api/handoffs", "{\"offer\": \"" + token + "\"}").statusCode());
    assertEquals(401, api.get("api/handoffs").statusCode());
    assertEquals(400, api.post("api/handoffs", "{\"offer\": 7}", "Cookie", session).statusCode());
    assertEquals(403, api.post("api/handoffs", "{\"offer\": \"" + token + "\"}", "Cookie", session, "Origin",
        "https://elsewhere.example").statusCode(), "a post from another site was taken");
    assertEquals("{\"handoffs\":[]}", ApiClient.text(api.get("api/handoffs", "Cookie", session)));
    assertEquals("{\"handoffs\":[]}", ApiClient.text(api.get("api/handoffs", "Cookie", other)));
    assertEquals(0, SMTP.getReceivedMessages().length);
  }

  @Test
  void a_first_no_on_an_answer_offers_its_question_as_the_log_keeps_it_and_a_second_offers_nothing() {
    JsonNode answer = api.ask("Who advises on EqIAs? Sarah Jones told me to ask.", null, "Cookie", session);
    assertTrue(answer.path("answered").asBoolean(), answer.toString());
    assertTrue(answer.path("offer").isMissingNode(), "an answer carries the offer before a No");
    String rating = "{\"id\": \"" + answer.path("id").asText() + "\", \"helpful\": false, \"conversation\": \""
        + answer.path("conversation").asText() + "\", \"org\": \"cambridgeshire\"}";

    HttpResponse<byte[]> first = api.post("api/feedback", rating, "Cookie", session);

    assertEquals(200, first.statusCode(), ApiClient.text(first));
    assertEquals("Who advises on EqIAs? [name] told me to ask.", ApiClient.json(first).path("offer").path("question").asText());
    assertEquals(204, api.post("api/feedback", rating, "Cookie", session).statusCode());
    assertEquals(204, api.post("api/feedback", rating.replace("false", "true"), "Cookie", session).statusCode());
  }

  @Test
  void asking_for_a_person_offers_the_last_question_asked_or_asks_for_one() {
    JsonNode first = api.ask("Can I speak to a human?", null, "Cookie", session);
    assertEquals(Handoffs.TYPE_IT, first.path("text").asText());
    assertTrue(first.path("offer").isMissingNode());
    String conversation = first.path("conversation").asText();
    api.ask(DOGS, conversation, "Cookie", session);

    JsonNode asked = api.ask("ask a person", conversation, "Cookie", session);

    assertEquals(WebHandoffs.OFFER, asked.path("text").asText());
    assertEquals(DOGS, asked.path("offer").path("question").asText());
    assertTrue(asked.path("id").isNull(), "the request is an answer to rate");
  }

  @Test
  void no_question_offer_to_someone_telling_of_harm_and_none_to_an_api_client_or_where_the_contacts_have_no_address() {
    JsonNode support = api.ask("I was harassed at work because I'm gay", null, "Cookie", session);
    assertEquals("support", support.path("intent").asText(), support.toString());
    assertEquals("disclosure", support.path("offer").path("kind").asText(), "a support reply offers to pass on a question");
    assertTrue(api.ask(DOGS, null).path("offer").isMissingNode(), "an API client without the session is offered");
    assertTrue(api.ask("I was harassed at work because I'm gay", null).path("offer").isMissingNode(),
        "an API client without the session is offered to pass a report on");
    HttpResponse<byte[]> derbyshire = api.post("api/ask", "{\"question\": \"" + DOGS + "\", \"org\": \"derbyshire\"}",
        "Cookie", session);
    assertFalse(ApiClient.json(derbyshire).path("answered").asBoolean());
    assertTrue(ApiClient.json(derbyshire).path("offer").isMissingNode(), "an organisation without an address is offered");
  }

  @Test
  void asking_for_a_person_where_the_contacts_have_no_address_names_who_to_ask_and_offers_nothing() {
    HttpResponse<byte[]> response = api.post("api/ask", "{\"question\": \"Can I speak to a human?\", \"org\": \"derbyshire\"}",
        "Cookie", session);

    JsonNode referral = ApiClient.json(response);
    assertTrue(referral.path("contacts").size() > 0, referral.toString());
    assertTrue(referral.path("offer").isMissingNode());
  }

  @Test
  void a_question_that_cannot_be_emailed_is_a_503_and_nothing_is_left_kept() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Map<String, String> settings = Map.of("SIGNPOST_DEFAULT_ORG", "cambridgeshire", "SIGNPOST_EDI_CONTACTS_EMAIL",
        "cambridgeshire=" + ADDRESS, "SIGNPOST_SMTP_HOST", "127.0.0.1", "SIGNPOST_SMTP_PORT", String.valueOf(closed),
        "SIGNPOST_SMTP_FROM", "signpost@cambridgeshire.gov.uk", "SIGNPOST_SMTP_STARTTLS", "false",
        "SIGNPOST_SMTP_TIMEOUT_SECONDS", "2", "SIGNPOST_SMTP_ATTEMPTS", "2", "SIGNPOST_SMTP_RETRY_SECONDS", "0.1");
    try (Assistant refusing = Assistant.start(TestServers.config(settings), true);
         SignpostServer down = SignpostServer.start(refusing, TestServers.none())) {
      ApiClient client = new ApiClient(down.url());
      String cookie = client.session();
      String token = client.ask(DOGS, null, "Cookie", cookie).path("offer").path("token").asText();

      HttpResponse<byte[]> refused = client.post("api/handoffs", "{\"offer\": \"" + token + "\"}", "Cookie", cookie);

      assertEquals(503, refused.statusCode(), ApiClient.text(refused));
      assertEquals(Handoffs.NOT_SENT, ApiClient.json(refused).path("error").asText());
      assertEquals("{\"handoffs\":[]}", ApiClient.text(client.get("api/handoffs", "Cookie", cookie)));
      assertEquals(List.of(), refusing.handoffs().waiting("cambridgeshire"));
    }
  }

  private HttpResponse<byte[]> consent(String token, String cookie) {
    return api.post("api/handoffs", "{\"offer\": \"" + token + "\"}", "Cookie", cookie);
  }
}
