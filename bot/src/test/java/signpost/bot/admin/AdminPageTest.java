package signpost.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import signpost.bot.admin.LocalOpenIdProvider.Person;
import signpost.bot.server.ApiClient;
import signpost.bot.server.Assistant;
import signpost.bot.server.SignpostServer;
import signpost.bot.server.TestServers;
import signpost.bot.store.ShiftedClock;
import signpost.bot.web.HeadlessChromium;

/**
 * The admin page in a real headless Chromium, signed in through the loopback OpenID provider (the browser follows the
 * real redirects), after scripted weeks of questions, asked through {@code POST /api/ask} and rated through
 * {@code /api/feedback}, the real answering path, the week before on the server's clock set back, and a question passed
 * on to the EDI Contacts waiting for a reply: refused and 👎 questions grouped with counts, e-mail addresses, phone
 * numbers and names removed, a report of harm absent, another organisation's questions absent, and the page's
 * headings, labels, contrast (light and dark), keyboard focus and narrow layout checked as the web chat's are.
 * Screenshots go to {@code target/screenshots}.
 */
class AdminPageTest {

  static final Person ALEX = new Person("alex-subject", "Alex Admin", List.of("cambs-edi-admins"));
  static final Person DANA = new Person("dana-subject", "Dana Admin", List.of("derbys-edi-admins"));
  private static final String CHECKS = resource("/signpost/web/page-checks.js");

  @TempDir static Path profile;
  private static LocalOpenIdProvider provider;
  private static Assistant assistant;
  private static SignpostServer server;
  private static ChromeDriver driver;
  private static final ShiftedClock CLOCK = new ShiftedClock();

  @BeforeAll
  static void start() throws Exception {
    driver = HeadlessChromium.start(profile);
    provider = new LocalOpenIdProvider();
    Map<String, String> settings = new HashMap<>(provider.settings("cambridgeshire=cambs-edi-admins,derbyshire=derbys-edi-admins"));
    assistant = Assistant.start(TestServers.config(settings), true, CLOCK);
    server = SignpostServer.start(assistant, List.of());
    week();
  }

  /**
   * Two weeks of staff questions through the web chat's API as a browser sends them: the earlier ones nine and eight
   * days ago by the server's clock, this week's now.
   */
  private static void week() {
    CLOCK.shift(Duration.ofDays(-9));
    assertFalse(ask("Is there a knitting club on Fridays?", "cambridgeshire").get("answered").asBoolean());
    CLOCK.shift(Duration.ofDays(-8));
    assertFalse(ask("Can I bring my dog to the office?", "cambridgeshire").get("answered").asBoolean());
    CLOCK.shift(Duration.ZERO);
    for (String question : List.of(
        "Is there a knitting club on Fridays? Email me at jo.bloggs@example.org",
        "is there a Friday knitting club, my number is 07700 900123",
        "Is there a knitting club on Fridays? I work at Shire Hall",
        "Can I bring my dog to the office on Fridays?",
        "Can I bring my dog into the office?",
        "Who is Sarah Jones in payroll?")) {
      assertFalse(ask(question, "cambridgeshire").get("answered").asBoolean(), question);
    }
    ask("My manager keeps making racist comments about me and I feel unsafe", "cambridgeshire");
    assistant.handoffs().open("cambridgeshire", "an-asker", "slack:T_CAMBS:C_GENERAL:1700000100.000100",
        "Is there a quiet room for prayer at Shire Hall?");
    assertFalse(ask("Where do I park my bicycle at County Hall in Matlock?", "derbyshire").get("answered").asBoolean());
    JsonNode answered = ask("What are the three aims of the public sector equality duty?", "cambridgeshire");
    assertTrue(answered.get("answered").asBoolean(), answered.toString());
    HttpResponse<byte[]> rated = new ApiClient(server.url()).post("api/feedback",
        ApiClient.JSON.createObjectNode().put("id", answered.get("id").asText()).put("helpful", false).toString());
    assertEquals(204, rated.statusCode(), ApiClient.text(rated));
  }

  private static JsonNode ask(String question, String org) {
    HttpResponse<byte[]> response = new ApiClient(server.url()).post("api/ask",
        ApiClient.JSON.createObjectNode().put("question", question).put("org", org).toString());
    assertEquals(200, response.statusCode(), ApiClient.text(response));
    return ApiClient.json(response);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) driver.quit();
    if (server != null) server.close();
    if (assistant != null) assistant.close();
    if (provider != null) provider.close();
  }

  @AfterEach
  void signOut() {
    prefers(Map.of());
    viewport(0, 0);
    driver.manage().deleteAllCookies();
  }

  private void signIn(Person who) {
    provider.signIn(who);
    driver.get(server.url().resolve("/admin").toString());
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.tagName("h1")).getText().equals("EDI admin"));
  }

  @Test
  void refused_and_unhelpful_questions_appear_grouped_with_personal_details_removed_and_no_report_of_harm() throws IOException {
    signIn(ALEX);
    String text = driver.findElement(By.tagName("main")).getText();

    List<String> groups = driver.findElements(By.cssSelector("#org-cambridgeshire .groups > li > .example")).stream()
        .map(e -> e.getText()).toList();
    assertEquals(List.of("Is there a knitting club on Fridays?", "Can I bring my dog to the office?", "Who is [name] in payroll?",
        "What are the three aims of the public sector equality duty?"), groups);
    assertTrue(text.contains("Asked 4 times; each week, oldest first: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3"), text);
    assertTrue(text.contains("Asked 3 times; each week, oldest first: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2"), text);
    for (String personal : List.of("jo.bloggs", "example.org", "07700", "900123", "Sarah", "Jones")) {
      assertFalse(driver.getPageSource().contains(personal), personal + " must never reach the page");
    }
    assertFalse(driver.getPageSource().contains("racist") || driver.getPageSource().contains("unsafe"), "a report of harm is never kept");
    assertFalse(driver.getPageSource().contains("bicycle") || driver.getPageSource().contains("Derbyshire"),
        "nothing of another organisation");
    screenshot("admin-questions.png", 1280);
  }

  @Test
  void an_admin_of_another_organisation_sees_nothing_of_this_one() throws IOException {
    signIn(DANA);
    String source = driver.getPageSource();

    assertTrue(driver.findElement(By.id("org-derbyshire-title")).getText().equals("Derbyshire County Council"));
    assertTrue(source.contains("Where do I park my bicycle at County Hall in Matlock?"), "their own organisation's question");
    for (String other : List.of("knitting", "dog", "prayer", "Cambridgeshire", "cambridgeshire", "public sector equality duty?")) {
      assertFalse(source.contains(other), other + " belongs to another organisation");
    }
    screenshot("admin-other-organisation.png", 1280);
  }

  @Test
  void headings_landmarks_and_labels_are_in_place_with_every_form_open() {
    signIn(ALEX);
    driver.findElements(By.tagName("summary")).forEach(summary -> summary.click());

    assertEquals(List.of(), failures("headings"));
    assertEquals(List.of(), failures("labels"));
    assertEquals(1, driver.findElements(By.cssSelector("header.banner")).size());
    assertEquals(1, driver.findElements(By.cssSelector("main#main")).size());
    assertEquals(1, driver.findElements(By.cssSelector("nav[aria-label=Organisations]")).size());
    assertEquals(1, driver.findElements(By.tagName("footer")).size());
    assertEquals("Answer", driver.findElement(By.cssSelector("label[for=cambridgeshire-g0-answer]")).getText());
    assertEquals("Your reply", driver.findElement(By.cssSelector("label[for=cambridgeshire-h0-reply]")).getText());
    assertTrue(driver.findElements(By.cssSelector("table")).stream().allMatch(t -> !t.findElements(By.tagName("caption")).isEmpty()));
  }

  @Test
  void every_text_meets_aa_contrast_in_light_and_dark() throws IOException {
    signIn(ALEX);
    driver.findElements(By.tagName("summary")).forEach(summary -> summary.click());

    assertEquals(List.of(), failures("contrast"));
    screenshot("admin-light.png", 1280);
    prefers(Map.of("prefers-color-scheme", "dark"));
    assertEquals(List.of(), failures("contrast"));
    screenshot("admin-dark.png", 1280);
  }

  @Test
  void the_keyboard_reaches_the_skip_link_first_and_focus_is_always_visible() {
    signIn(ALEX);
    driver.findElement(By.tagName("body")).sendKeys("");
    Actions keys = new Actions(driver);
    keys.sendKeys(Keys.TAB).perform();
    @SuppressWarnings("unchecked")
    Map<String, Object> first = (Map<String, Object>) driver.executeScript(CHECKS, "focusRing");
    assertTrue(first.get("element").toString().contains("Skip to main content"), first.toString());
    for (int i = 0; i < 8; i++) {
      keys.sendKeys(Keys.TAB).perform();
      @SuppressWarnings("unchecked")
      Map<String, Object> ring = (Map<String, Object>) driver.executeScript(CHECKS, "focusRing");
      assertEquals("solid", ring.get("style"), ring.toString());
      assertTrue(((Number) ring.get("width")).doubleValue() >= 3, ring.toString());
    }
  }

  @Test
  void the_page_fits_a_320_pixel_wide_window_without_scrolling_sideways() throws IOException {
    signIn(ALEX);
    viewport(320, 900);
    assertEquals(List.of(), failures("overflow"));
    screenshot("admin-320.png", 320);
  }

  @SuppressWarnings("unchecked")
  private static List<String> failures(String check) {
    return (List<String>) driver.executeScript(CHECKS, check);
  }

  private static void viewport(int width, int height) {
    if (width == 0) driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    else driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  private static void prefers(Map<String, String> features) {
    List<Map<String, String>> list = features.entrySet().stream().map(e -> Map.of("name", e.getKey(), "value", e.getValue())).toList();
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", list));
  }

  private static void screenshot(String name, int width) throws IOException {
    long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
    viewport(width, (int) height);
    Path file = HeadlessChromium.screenshotFile("screenshots/" + name).toPath();
    Files.createDirectories(file.getParent());
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String resource(String name) {
    try (InputStream in = AdminPageTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
