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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;
import signpost.bot.store.Tables;

/**
 * A report of harm in the web chat: the support reply carries the offer to pass the message on as written, with the
 * warnings Slack and Teams give; nothing is kept before consent; consent (the session's own) keeps a hand-off of kind
 * DISCLOSURE and e-mails it as a report, through a real SMTP server on loopback (GreenMail).
 */
class ReportHandoffsServletTest {

  private static final String HARM = "I was harassed at work because I'm gay";
  /** Another report, so that what one test passes on is not what another finds kept. */
  private static final String OTHER_HARM = "I was harassed at work because I'm gay and my manager laughed";
  private static final String ADDRESS = "edi-contacts@cambridgeshire.gov.uk";

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  private static Assistant assistant;
  private static SignpostServer server;
  private ApiClient api;
  private String session;

  @BeforeAll
  static void start() {
    assistant = Assistant.start(TestServers.config(Map.of("SIGNPOST_DEFAULT_ORG", "cambridgeshire",
        "SIGNPOST_EDI_CONTACTS_EMAIL", "cambridgeshire=" + ADDRESS, "SIGNPOST_SMTP_HOST", "127.0.0.1",
        "SIGNPOST_SMTP_PORT", String.valueOf(SMTP.getSmtp().getPort()), "SIGNPOST_SMTP_FROM", "signpost@cambridgeshire.gov.uk",
        "SIGNPOST_SMTP_STARTTLS", "false", "SIGNPOST_SMTP_TIMEOUT_SECONDS", "2")), true);
    server = SignpostServer.start(assistant, TestServers.none());
  }

  @AfterAll
  static void stop() {
    server.close();
    assistant.close();
  }

  @BeforeEach
  void newSession() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
    api = new ApiClient(server.url());
    session = api.session();
  }

  @Test
  void a_support_reply_offers_to_pass_the_message_on_as_written_with_the_warnings_and_keeps_nothing() throws Exception {
    JsonNode answer = api.ask(OTHER_HARM, null, "Cookie", session);

    JsonNode offer = answer.path("offer");
    assertEquals("disclosure", offer.path("kind").asText(), answer.toString());
    assertEquals(OTHER_HARM, offer.path("question").asText());
    assertEquals(WebHandoffs.REPORT_OFFER, offer.path("about").asText());
    assertEquals(List.of(WebHandoffs.REPORT_READ, Handoffs.REPORT_BY_EMAIL, WebHandoffs.REPORT_URGENT), texts(offer.path("notes")));
    assertEquals("email", offer.path("by").asText());
    assertNothingKeptOf(OTHER_HARM);
    assertEquals(0, SMTP.getReceivedMessages().length);
  }

  @Test
  void consent_keeps_a_disclosure_and_emails_it_as_a_report_passed_on_by_choice() throws Exception {
    JsonNode answer = api.ask(HARM, null, "Cookie", session);
    String token = answer.path("offer").path("token").asText();
    assertEquals(403, consent(token, api.session()).statusCode(), "another session's consent");
    assertNothingKeptOf(HARM);

    HttpResponse<byte[]> sent = consent(token, session);

    assertEquals(201, sent.statusCode(), ApiClient.text(sent));
    assertEquals(WebHandoffs.EMAILED, ApiClient.json(sent).path("text").asText());
    Handoff kept = assistant.handoffs().find(ApiClient.json(sent).path("handoff").path("id").asText()).orElseThrow();
    assertEquals(Handoff.Kind.DISCLOSURE, kept.kind());
    assertEquals(HARM, kept.question());
    assertEquals("web:" + answer.path("conversation").asText(), kept.replyTo());
    MimeMessage email = SMTP.getReceivedMessages()[0];
    assertEquals("A report passed on by choice to the EDI Contacts of Cambridgeshire County Council", email.getSubject());
    assertTrue(GreenMailUtil.getBody(email).contains("> " + HARM), GreenMailUtil.getBody(email));
    JsonNode listed = ApiClient.json(api.get("api/handoffs", "Cookie", session)).path("handoffs");
    assertEquals(List.of("disclosure"), texts(listed.findParents("kind").stream().map(n -> n.path("kind")).toList()));
  }

  @Test
  void a_question_offer_is_not_a_report_and_an_answered_question_carries_no_report_offer() {
    JsonNode refusal = api.ask("Can I bring my dog to the office?", null, "Cookie", session);
    assertEquals("", refusal.path("offer").path("kind").asText(), "a question's offer has no kind");
    JsonNode answered = api.ask("What is the Public Sector Equality Duty?", null, "Cookie", session);
    assertTrue(answered.path("offer").isMissingNode(), answered.toString());
  }

  private HttpResponse<byte[]> consent(String token, String cookie) {
    return api.post("api/handoffs", "{\"offer\": \"" + token + "\"}", "Cookie", cookie);
  }

  private static List<String> texts(Iterable<JsonNode> nodes) {
    List<String> out = new ArrayList<>();
    for (JsonNode node : nodes) out.add(node.asText());
    return out;
  }

  private static void assertNothingKeptOf(String text) throws Exception {
    for (String sql : List.of("SELECT question FROM handoff", "SELECT question FROM unanswered_question",
        "SELECT question FROM rated_question", "SELECT asked FROM conversation")) {
      List<String> values = Tables.column(assistant.database(), assistant.config().store(), sql);
      assertFalse(values.stream().anyMatch(value -> value != null && value.contains(text)), sql);
    }
  }
}
