package signpost.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import signpost.bot.admin.LocalOpenIdProvider;
import signpost.bot.admin.LocalOpenIdProvider.Person;
import signpost.bot.edi.Handoff;
import signpost.bot.server.AdminBrowser;
import signpost.bot.server.Assistant;
import signpost.bot.server.SignpostServer;
import signpost.bot.server.TestServers;

/**
 * "Ask an EDI Contact" from the web chat in a real headless Chromium, by the keyboard alone: a refusal offers it (and a
 * support reply offers to pass the report of harm on, with the warnings Slack and Teams give), the consent shows
 * exactly what will be sent, Send e-mails it through a real SMTP server on loopback (GreenMail), an admin
 * replies on the admin page (signed in through the loopback OpenID provider), and the page shows the reply, as text,
 * in its live region; a new tab of the same browser session shows it too.
 */
class WebChatHandoffTest {

  private static final String DOGS = "Can I bring my dog to the office?";
  private static final String REPLY = "Only <em>assistance</em> dogs may come into council offices.";
  private static final String HARM = "I was harassed at work because I'm gay";
  private static final String REPORT_REPLY = "Thank you for telling us. We will contact HR and keep your words private.";
  /** The page looks for a reply every 30 seconds while a question waits. */
  private static final Duration POLL = Duration.ofSeconds(45);

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @TempDir
  static Path profile;

  private static LocalOpenIdProvider provider;
  private static Assistant assistant;
  private static SignpostServer server;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    driver = HeadlessChromium.start(profile);
    provider = new LocalOpenIdProvider();
    Map<String, String> settings = new HashMap<>(provider.settings("cambridgeshire=cambs-edi-admins"));
    settings.putAll(Map.of("SIGNPOST_DEFAULT_ORG", "cambridgeshire", "SIGNPOST_EDI_CONTACTS_EMAIL",
        "cambridgeshire=edi-contacts@cambridgeshire.gov.uk", "SIGNPOST_SMTP_HOST", "127.0.0.1", "SIGNPOST_SMTP_PORT",
        String.valueOf(SMTP.getSmtp().getPort()), "SIGNPOST_SMTP_FROM", "signpost@cambridgeshire.gov.uk",
        "SIGNPOST_SMTP_STARTTLS", "false", "SIGNPOST_SMTP_TIMEOUT_SECONDS", "2",
        "SIGNPOST_SMTP_ATTEMPTS", "2", "SIGNPOST_SMTP_RETRY_SECONDS", "0.1"));
    assistant = Assistant.start(TestServers.config(settings), true);
    server = SignpostServer.start(assistant, List.of());
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) driver.quit();
    if (server != null) server.close();
    if (assistant != null) assistant.close();
    if (provider != null) provider.close();
  }

  @BeforeEach
  void emptyMailbox() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void noErrorsOrPolicyViolations() {
    List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    assertEquals(List.of(), errors);
  }

  @Test
  void a_refused_question_is_passed_on_with_consent_and_the_contacts_reply_appears_on_the_page() throws Exception {
    ChatPage page = new ChatPage(driver).open(server.url());
    page.ask(DOGS);

    page.tabToText("Ask an EDI Contact").sendKeys(Keys.ENTER);
    assertEquals("This is exactly what will be sent:", page.focused().getText());
    assertEquals(DOGS, page.find(".handoff .handoff-question").getText());
    assertTrue(page.find(".handoff").getText().contains("The EDI Contacts of Cambridgeshire County Council will see "
        + "this question and your organisation by e-mail, but not your name."), page.find(".handoff").getText());
    assertEquals(0, SMTP.getReceivedMessages().length, "sent before consent");
    assertEquals(List.of(), assistant.handoffs().waiting("cambridgeshire"), "kept before consent");
    accessible(page, "Send to the EDI Contacts");

    page.tabToText("Send to the EDI Contacts").sendKeys(Keys.ENTER);
    page.waitFor(".handoff-status", "Sent to the EDI Contacts by e-mail.");
    assertTrue(SMTP.waitForIncomingEmail(20_000, 1));
    assertTrue(GreenMailUtil.getWholeMessage(SMTP.getReceivedMessages()[0]).contains("> " + DOGS));
    Handoff waiting = assistant.handoffs().waiting("cambridgeshire").stream()
        .filter(h -> h.kind() == Handoff.Kind.QUESTION).findFirst().orElseThrow();
    replyOnTheAdminPage(waiting.id());

    new WebDriverWait(driver, POLL).until(d -> d.findElements(By.cssSelector("#replies .handoff-reply")).stream()
        .anyMatch(article -> article.getText().contains(DOGS)));
    WebElement reply = driver.findElements(By.cssSelector("#replies .handoff-reply")).stream()
        .filter(article -> article.getText().contains(DOGS)).findFirst().orElseThrow();
    assertEquals("polite", page.find("#replies").getDomAttribute("aria-live"));
    assertEquals("The EDI Contacts replied to your question", reply.findElement(By.tagName("h2")).getText());
    assertEquals(DOGS, reply.findElement(By.cssSelector(".handoff-question")).getText());
    assertEquals(REPLY, reply.findElement(By.cssSelector(".handoff-answer")).getText());
    assertEquals(List.of(), reply.findElements(By.tagName("em")), "the reply became markup");
    assertEquals("From the EDI Contacts.", reply.findElement(By.cssSelector(".handoff-answer + .hint")).getText());
    accessible(page, null);
    page.screenshot("screenshots/web-chat-handoff-reply.png", 1024);
    page.viewport(0, 0);

    driver.switchTo().newWindow(WindowType.TAB);
    ChatPage again = new ChatPage(driver).open(server.url());
    again.waitFor("#replies", REPLY);
  }

  @Test
  void a_report_of_harm_is_passed_on_only_by_choice_with_the_warnings_and_the_reply_appears_on_the_page() throws Exception {
    ChatPage page = new ChatPage(driver).open(server.url());
    page.ask(HARM);

    page.tabToText("Pass this on to the EDI Contacts").sendKeys(Keys.ENTER);
    assertEquals("This is what the EDI Contacts will read:", page.focused().getText());
    assertEquals(HARM, page.find(".handoff .handoff-question").getText());
    String consent = page.find(".handoff").getText();
    for (String warning : List.of("They are not told your name, but it is not anonymous to the words you typed",
        "It goes to them by e-mail", "the e-mail stays in their mailbox", "If you are in danger or need help urgently, use "
        + "the routes in my reply above", "Nothing is sent or kept unless you press Send.")) {
      assertTrue(consent.contains(warning), consent);
    }
    assertEquals(0, SMTP.getReceivedMessages().length, "sent before consent");
    assertEquals(List.of(), reports(), "kept before consent");
    accessible(page, "Send to the EDI Contacts");

    page.tabToText("Send to the EDI Contacts").sendKeys(Keys.ENTER);
    page.waitFor(".handoff-status", "Sent to the EDI Contacts by e-mail.");
    assertTrue(SMTP.waitForIncomingEmail(20_000, 1));
    MimeMessage email = SMTP.getReceivedMessages()[0];
    assertEquals("A report passed on by choice to the EDI Contacts of Cambridgeshire County Council", email.getSubject());
    assertTrue(GreenMailUtil.getBody(email).contains("> " + HARM));
    replyOnTheAdminPage(reports().get(0).id(), REPORT_REPLY);

    new WebDriverWait(driver, POLL).until(d -> d.findElement(By.id("replies")).getText().contains(REPORT_REPLY));
    WebElement reply = driver.findElements(By.cssSelector("#replies .handoff-reply")).stream()
        .filter(article -> article.getText().contains(REPORT_REPLY)).findFirst().orElseThrow();
    assertEquals("The EDI Contacts replied to your message", reply.findElement(By.tagName("h2")).getText());
    assertEquals("You wrote:", reply.findElement(By.cssSelector(".hint")).getText());
    assertEquals(HARM, reply.findElement(By.cssSelector(".handoff-question")).getText());
  }

  private static List<Handoff> reports() {
    return assistant.handoffs().waiting("cambridgeshire").stream().filter(h -> h.kind() == Handoff.Kind.DISCLOSURE).toList();
  }

  /** Checks headings, labels, contrast in both schemes, reflow, and the focus outline of {@code control}. */
  private static void accessible(ChatPage page, String control) {
    assertEquals(List.of(), page.failures("headings"));
    assertEquals(List.of(), page.failures("labels"));
    assertEquals(List.of(), page.failures("contrast"));
    page.prefers(Map.of("prefers-color-scheme", "dark"));
    assertEquals(List.of(), page.failures("contrast"));
    page.prefers(Map.of());
    if (control != null) {
      driver.executeScript("document.getElementById('question').focus()");
      page.tabToText(control);
      @SuppressWarnings("unchecked")
      Map<String, Object> ring = (Map<String, Object>) page.check("focusRing");
      assertEquals("solid", ring.get("style"), ring.toString());
      assertTrue(((Number) ring.get("width")).doubleValue() >= 2, ring.toString());
    }
    page.viewport(320, 800);
    assertEquals(List.of(), page.failures("overflow"));
    page.viewport(0, 0);
  }

  private static void replyOnTheAdminPage(String handoff) {
    replyOnTheAdminPage(handoff, REPLY);
  }

  private static void replyOnTheAdminPage(String handoff, String text) {
    provider.signIn(new Person("alex-subject", "Alex Admin", List.of("cambs-edi-admins")));
    AdminBrowser admin = new AdminBrowser(server.url());
    HttpResponse<String> page = admin.open("admin");
    HttpResponse<String> replied = admin.post("admin/handoffs/reply", "csrf", AdminBrowser.csrf(page), "handoff", handoff,
        "reply", text);
    assertEquals(200, replied.statusCode(), replied.body());
  }
}
