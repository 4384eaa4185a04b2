package signpost.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import signpost.bot.server.Assistant;
import signpost.bot.server.SignpostServer;
import signpost.bot.server.TestServers;

/**
 * A guided EqIA screening in the web chat, in a real headless Chromium against a real server on port 0, driven by
 * the keyboard: the conversation kept across messages, quick replies as buttons, and the record downloaded as a PDF
 * that PDFBox reads back. Every test also proves the page logged no error and broke no CSP rule.
 */
class WebChatScreeningTest {

  private static final String EQIA = "Do I need an EqIA for cutting day-centre hours?";
  private static final String WHAT = "We would open the day centre three days a week instead of five.";
  /** The manager's side of conversation c01 of the shared set: a library change told over six messages. */
  private static final List<String> LIBRARY = List.of(
      "we're changing how the library works",
      "Three of our smaller village libraries would go to self-service 'open access': people get in with their library "
          + "card and a PIN, and staff would only be there two afternoons a week instead of five days.",
      "Mostly older people, parents and carers bringing under-5s to rhyme time, and people who come in to use the "
          + "public computers, a lot of them for universal credit and job applications. Bus links to the nearest town are poor.",
      "We've got footfall and loans data, and our 2023 user survey says about 40% of visitors are over 65. We haven't "
          + "spoken to disabled users or carers specifically yet.",
      "We'd keep rhyme time and computer help on the staffed afternoons, recruit volunteer digital buddies, and check "
          + "the entrance and kiosks are accessible.",
      "It goes to the Communities, Social Mobility and Inclusion Committee in March for a decision.");
  private static final Pattern REFERENCE = Pattern.compile("SCR(-[0-9A-Z]{4}){4}");

  @TempDir static Path profile;
  @TempDir static Path downloads;

  private static Assistant assistant;
  private static SignpostServer server;
  private static ChromeDriver driver;
  private ChatPage page;

  @BeforeAll
  static void start() {
    driver = HeadlessChromium.start(profile);
    driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
        downloads.toAbsolutePath().toString()));
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
  void a_screening_run_to_completion_downloads_as_a_pdf_holding_its_verdict_and_characteristics() throws IOException {
    for (String message : LIBRARY) page.ask(message);
    assertEquals(List.of("In 3 months", "In 6 months", "In a year"), page.quickReplies());
    page.screenshot("screenshots/web-chat-screening-question.png", 1024);

    page.tabToText("In 6 months");
    page.press(Keys.ENTER);
    page.answer();

    assertEquals("You asked: “In 6 months” for Cambridgeshire County Council", page.find(".asked").getText());
    String record = page.find(".record").getText();
    assertTrue(record.contains(", complete."), record);
    assertEquals(List.of(), page.quickReplies());
    String reference = reference(record);
    page.screenshot("screenshots/web-chat-screening-complete.png", 1024);
    page.tabToText("Download PDF");
    page.press(Keys.ENTER);

    String text = pdfText(downloaded(reference + ".pdf"));
    assertTrue(text.contains("EqIA screening " + reference), text);
    assertTrue(text.contains("Status: Complete"), text);
    assertTrue(text.contains("Verdict: A full EqIA is required"), text);
    // A table cell may wrap a name over two lines.
    String words = text.replaceAll("\\s+", " ");
    assertTrue(words.contains("Characteristic Likely impact Evidence"), text);
    for (String characteristic : List.of("age", "disability", "pregnancy and maternity", "poverty", "rural isolation")) {
      assertTrue(Pattern.compile("\\b" + characteristic + "\\b").matcher(words).find(), characteristic + " in\n" + text);
    }
  }

  @Test
  void a_quick_reply_is_a_button_that_sends_its_words_and_leaves_focus_in_the_question_box() {
    page.ask(EQIA);
    page.ask(WHAT);
    String reference = reference(page.find(".record").getText());
    assertEquals(List.of("Residents", "Service users", "Staff"), page.quickReplies());
    assertEquals("Quick replies, or type your own answer:", page.find("#" + page.find(".quick-replies")
        .getDomAttribute("aria-labelledby")).getText());
    assertEquals("group", page.find(".quick-replies").getDomAttribute("role"));

    page.tabToText("Service users");
    page.press(Keys.ENTER);
    page.answer();

    assertEquals("You asked: “Service users” for Cambridgeshire County Council", page.find(".asked").getText());
    assertEquals("question", page.focused().getDomAttribute("id"));
    assertEquals(reference, reference(page.find(".record").getText()));
    assertTrue(page.find(".answer-text").getText().contains("who is affected"), page.find(".answer-text").getText());
  }

  @Test
  void the_conversation_is_kept_when_the_page_is_reloaded_and_a_new_tab_starts_another() {
    page.ask(EQIA);
    String reference = reference(page.find(".record").getText());

    page.reload().ask(WHAT);
    assertEquals(reference, reference(page.find(".record").getText()));

    page.open(server.url()).ask(WHAT);
    assertEquals(List.of(), page.findAll(".record"), "a message alone opens no screening");
  }

  @Test
  void the_record_links_download_its_own_pdf_and_markdown_with_names_that_say_which() {
    page.ask(EQIA);
    String reference = reference(page.find(".record").getText());

    var links = page.findAll(".record a.download");

    assertEquals(List.of("Download PDF", "Download Markdown"), links.stream().map(l -> l.getText()).toList());
    assertEquals("/api/screenings/" + reference + ".pdf", links.get(0).getDomAttribute("href"));
    assertEquals("/api/screenings/" + reference + ".md", links.get(1).getDomAttribute("href"));
    assertEquals(reference + ".md", links.get(1).getDomAttribute("download"));
    assertEquals("record-about", links.get(1).getDomAttribute("aria-describedby"));
    assertTrue(page.find("#record-about").getText().startsWith("Reference " + reference + ", open"));
  }

  @Test
  void quick_replies_and_the_record_meet_aa_in_light_and_dark_and_show_focus() {
    page.ask(EQIA);
    page.ask(WHAT);

    assertEquals(List.of(), page.failures("headings"));
    assertEquals(List.of(), page.failures("labels"));
    assertEquals(List.of(), page.failures("contrast"));
    page.prefers(Map.of("prefers-color-scheme", "dark"));
    assertEquals(List.of(), page.failures("contrast"));
    for (String control : List.of("Residents", "Download PDF", "Download Markdown")) {
      page.tabToText(control);
      @SuppressWarnings("unchecked")
      Map<String, Object> ring = (Map<String, Object>) page.check("focusRing");
      assertEquals("solid", ring.get("style"), ring.toString());
      assertTrue(((Number) ring.get("width")).doubleValue() >= 2, ring.toString());
    }
    page.viewport(320, 800);
    assertEquals(List.of(), page.failures("overflow"));
  }

  private static String reference(String text) {
    Matcher found = REFERENCE.matcher(text);
    assertTrue(found.find(), "no reference in: " + text);
    return found.group();
  }

  /** Waits for Chromium to finish writing the download and returns its path. */
  private static Path downloaded(String name) {
    Path file = downloads.resolve(name);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Files.isRegularFile(file)
        && !Files.exists(downloads.resolve(name + ".crdownload")));
    return file;
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }
}
