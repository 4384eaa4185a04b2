package signpost.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import signpost.bot.server.Assistant;
import signpost.bot.server.SignpostServer;
import signpost.bot.server.TestServers;

/**
 * The web chat in a real headless Chromium against a real server on port 0 over the shared corpus,
 * driven by the keyboard. Every test also proves the page logged no error and broke no CSP rule.
 */
class WebChatBrowserTest {

  private static final String EQIA_QUESTION = "Do I need an EqIA for cutting day-centre hours?";

  @TempDir
  static Path profile;

  private static Assistant assistant;
  private static SignpostServer server;
  private static ChromeDriver driver;
  private ChatPage page;

  @BeforeAll
  static void start() {
    driver = HeadlessChromium.start(profile);
    assistant = Assistant.start(TestServers.config(Map.of("SIGNPOST_DEFAULT_ORG", "cambridgeshire")));
    server = SignpostServer.start(assistant, List.of());
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (server != null) server.close();
    if (assistant != null) assistant.close();
  }

  @BeforeEach
  void open() {
    page = new ChatPage(driver).open(server.url());
  }

  @AfterEach
  void noErrorsOrPolicyViolations() {
    page.prefers(Map.of());
    page.viewport(0, 0);
    List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    assertEquals(List.of(), errors);
  }

  @Test
  void a_question_typed_with_the_keyboard_alone_is_answered_with_who_can_help() {
    WebElement answer = page.ask("Who advises on EqIAs?");

    assertEquals("Who can help", page.find("#contacts-heading").getText());
    assertEquals("EqIA Super Users", page.find(".contacts li .contact-name").getText());
    assertFalse(answer.findElement(By.cssSelector(".answer-text")).getText().contains("EqIA Super Users"),
        "the contacts section shows them, so the text need not repeat them");
    assertEquals("You asked: “Who advises on EqIAs?” for Cambridgeshire County Council", page.find(".asked").getText());
    assertEquals("polite", page.find("#answer").getDomAttribute("aria-live"));
  }

  @Test
  void an_eqia_question_shows_the_verdict_with_reasons_next_steps_and_numbered_sources() throws IOException {
    page.tabTo("question");
    page.press(EQIA_QUESTION);
    page.tabTo("send");
    page.press(Keys.ENTER);
    page.answer();

    assertEquals("EqIA verdict: REQUIRED", page.find(".verdict h3").getText());
    String text = page.find(".answer-text").getText();
    assertFalse(text.contains("EqIA: required."), "the panel shows the verdict, so the text need not repeat it");
    assertTrue(text.contains("Consider: age; disability; the other protected characteristics"), text);
    assertFalse(text.contains("Who advises and signs off"), "the contacts section shows the contacts under that heading");
    assertEquals("Who advises and signs off", page.find("#contacts-heading").getText());
    assertTrue(page.find(".verdict ul li").getText().startsWith("Reducing, closing or stopping a service"));
    assertTrue(page.find(".verdict ol li").getText().startsWith("Do the EqIA before the decision is made"));
    WebElement first = page.find(".sources li#source-1");
    assertEquals("Signpost legal guide", first.findElement(By.cssSelector(".source-title")).getText());
    assertEquals("Section: Equality Impact Assessments > Is an EqIA a legal requirement?",
        first.findElement(By.cssSelector(".source-where")).getText());
    assertEquals("Document: signpost-legal-guide.md", first.findElement(By.cssSelector(".source-file")).getText());
    // The question opens a screening: its cited detail (the law, the usual practice) sits under "Why?".
    driver.executeScript("document.querySelector('.why').open = true");
    WebElement marker = page.find(".answer-text a.cite");
    assertEquals("[1]", marker.getText());
    assertEquals("#source-1", marker.getDomAttribute("href"));
    assertEquals(page.findAll(".sources li").size(), page.findAll(".answer-text a.cite").size());
    page.screenshot("web-chat.png", 1024);
  }

  @Test
  void why_opens_from_the_keyboard_and_lists_the_rules_that_fired() {
    page.ask(EQIA_QUESTION);
    WebElement summary = page.tabToText("Why?");
    assertEquals("summary", summary.getTagName());
    assertFalse(page.find(".why ol").isDisplayed());

    page.press(Keys.ENTER);

    assertTrue(page.find(".why ol").isDisplayed());
    assertTrue(page.find(".why").getText().contains("Signpost read this as a question about Equality Impact Assessments."));
    assertTrue(page.find(".why ol").getText().contains("Assess before the decision (AssessBeforeTheDecision)"),
        page.find(".why ol").getText());
  }

  @Test
  void picking_another_organisation_answers_from_its_own_documents_with_section_and_page() {
    Select picker = new Select(page.find("#org"));
    assertEquals(List.of("Not listed or not sure", "Cambridgeshire County Council", "Derby City Council",
        "Derbyshire County Council"), picker.getOptions().stream().map(WebElement::getText).toList());
    assertEquals("cambridgeshire", picker.getFirstSelectedOption().getDomAttribute("value"));

    page.tabTo("org");
    page.press("Derbyshire");
    assertEquals("derbyshire", picker.getFirstSelectedOption().getDomAttribute("value"));
    page.ask("What is the vision of the EDI strategy?");

    assertTrue(page.find(".asked").getText().endsWith("for Derbyshire County Council"));
    WebElement first = page.find("#source-1");
    // Which of Derbyshire's passages ranks first may change with the corpus; it must be Derbyshire's own.
    String title = first.findElement(By.cssSelector(".source-title")).getText();
    assertTrue(List.of("Equality, Diversity and Inclusion Strategy 2022-2025", "Improvement and Scrutiny Committee "
        + "(Resources), 29 February 2024 - update on the review of the strategic approach to EDI").contains(title), title);
    String where = first.findElement(By.cssSelector(".source-where")).getText();
    assertTrue(where.matches("Section: .+, page \\d+"), where);
  }

  @Test
  void feedback_is_sent_from_the_keyboard_and_acknowledged() {
    page.ask("What is the Public Sector Equality Duty?");
    int before = assistant.feedback().all().size();

    WebElement yes = page.tabToText("Yes");
    page.press(Keys.ENTER);
    page.waitFor(".feedback-status", "Thank you");

    assertEquals("Thank you: recorded as helpful.", page.find(".feedback-status").getText());
    assertEquals("true", yes.getDomAttribute("aria-pressed"));
    assertEquals(before + 1, assistant.feedback().all().size());
    assertTrue(assistant.feedback().all().get(before).questionId().startsWith("web-"));
    assertTrue(assistant.feedback().all().get(before).helpful());
  }

  @Test
  void an_empty_question_is_refused_beside_the_field_and_keeps_focus_there() {
    page.tabTo("question");
    page.press(Keys.ENTER);

    assertEquals("Type a question first.", page.find("#question-error").getText());
    assertEquals("true", page.find("#question").getDomAttribute("aria-invalid"));
    assertEquals("question", page.focused().getDomAttribute("id"));
    assertTrue(page.findAll("#answer .answer").isEmpty());
  }

  @Test
  void markup_in_a_question_is_shown_as_text_and_never_run() {
    page.ask("<img src=x onerror=\"document.title='hacked'\"> what is the PSED?");

    assertTrue(page.find(".asked").getText().contains("<img src=x"));
    assertTrue(page.findAll("#answer img").isEmpty());
    assertNotEquals("hacked", driver.getTitle());
  }

  @Test
  void headings_labels_and_the_live_region_are_in_place() {
    page.ask(EQIA_QUESTION);

    assertEquals(List.of(), page.failures("headings"));
    assertEquals(List.of(), page.failures("labels"));
    assertEquals("Your organisation", page.find("label[for=org]").getText());
    assertEquals("Your question", page.find("label[for=question]").getText());
  }

  @Test
  void every_control_shows_a_focus_outline_when_reached_with_tab() {
    page.ask(EQIA_QUESTION);
    driver.executeScript("document.querySelector('.why').open = true; document.activeElement.blur(); window.scrollTo(0, 0)");

    int reached = 0;
    for (int i = 0; i < 60; i++) {
      page.press(Keys.TAB);
      @SuppressWarnings("unchecked")
      Map<String, Object> ring = (Map<String, Object>) page.check("focusRing");
      if (String.valueOf(ring.get("element")).startsWith("body")) break;
      assertEquals("solid", ring.get("style"), ring.toString());
      assertTrue(((Number) ring.get("width")).doubleValue() >= 2, ring.toString());
      reached++;
    }
    assertTrue(reached > 10, "only " + reached + " controls were reached");
  }

  @Test
  void every_text_colour_meets_aa_contrast_in_light_and_dark_with_every_verdict() {
    page.ask(EQIA_QUESTION);
    driver.executeScript("document.querySelector('.why').open = true");
    showEveryVerdict();

    assertEquals(List.of(), page.failures("contrast"));
    page.prefers(Map.of("prefers-color-scheme", "dark"));
    assertEquals(List.of(), page.failures("contrast"));
  }

  @Test
  void the_page_reflows_at_320_css_pixels_without_horizontal_scrolling() throws IOException {
    page.viewport(320, 800);
    page.ask(EQIA_QUESTION);
    driver.executeScript("document.querySelector('.why').open = true");

    assertEquals(List.of(), page.failures("overflow"));
    page.screenshot("web-chat-320px.png", 320);
  }

  @Test
  void the_answer_moves_only_when_motion_is_welcome() {
    page.prefers(Map.of("prefers-reduced-motion", "reduce"));
    page.ask(EQIA_QUESTION);
    assertEquals("none", driver.executeScript("return getComputedStyle(document.querySelector('.answer')).animationName"));

    page.prefers(Map.of("prefers-reduced-motion", "no-preference"));
    assertEquals("appear", driver.executeScript("return getComputedStyle(document.querySelector('.answer')).animationName"));
  }

  /** Adds answers of the other verdicts, rendered by the page's own module, so their colours are checked too. */
  private void showEveryVerdict() {
    Object done = driver.executeAsyncScript("""
        const finish = arguments[arguments.length - 1];
        import('/answer.js').then((m) => {
          for (const verdict of ['screening', 'not_required']) {
            document.getElementById('answer').append(m.renderAnswer({id: 'x', question: 'q', answered: true,
              intent: 'eqia', text: 'EqIA: ' + verdict + '. [1]', sources: [{document: 'd.pdf', title: 'T',
              section: 'S', page: 3, snippet: ''}], contacts: [{name: 'N', role: 'R', how: 'H'}],
              eqia: {verdict: verdict, reasons: ['r'], next_steps: ['n'], open_questions: ['o'], caveats: ['c']},
              rules: ['AssessBeforeTheDecision']}, 'Test Council'));
          }
          finish(document.querySelectorAll('.verdict').length);
        }, (error) => finish(String(error)));
        """);
    assertEquals(3L, done);
  }

  @Test
  void my_data_lists_what_is_kept_about_the_person_with_nothing_to_rate() {
    page.ask("Who runs the knitting club on Fridays?");
    assertEquals(1, page.findAll(".feedback").size(), "an answer can be rated");

    WebElement reply = page.ask("my data");

    String text = reply.findElement(By.cssSelector(".answer-text")).getText();
    assertTrue(text.startsWith("What Signpost keeps about you here:"), text);
    assertTrue(text.contains("Who runs the knitting club on Fridays?"), text);
    assertEquals(List.of(), reply.findElements(By.cssSelector(".feedback")));
  }
}
