package signpost.bot.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web chat as a keyboard user drives it: Tab to a control, type, press Enter, read the answer. */
final class ChatPage {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String CHECKS = load("/signpost/web/page-checks.js");

  private final ChromeDriver driver;

  ChatPage(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Opens the page in a new conversation (the tab forgets the last one) and waits until the organisations are loaded. */
  ChatPage open(URI url) {
    driver.get(url.toString());
    driver.executeScript("sessionStorage.clear()");
    return loaded();
  }

  /** Reloads the page as F5 would: the tab keeps its conversation. */
  ChatPage reload() {
    driver.navigate().refresh();
    return loaded();
  }

  private ChatPage loaded() {
    new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#org option")).isEmpty());
    return this;
  }

  /** Returns the texts of the quick replies the answer offers, in order. */
  List<String> quickReplies() {
    return findAll("#answer .quick-replies button").stream().map(WebElement::getText).toList();
  }

  /** Presses Tab until the element with this id has focus, failing after 20 presses. */
  WebElement tabTo(String id) {
    for (int i = 0; i < 20; i++) {
      press(Keys.TAB);
      WebElement focused = focused();
      if (id.equals(focused.getDomAttribute("id"))) return focused;
    }
    throw new AssertionError("#" + id + " could not be reached with the Tab key");
  }

  /** Presses Tab until a control with exactly this text has focus, failing after 60 presses. */
  WebElement tabToText(String text) {
    for (int i = 0; i < 60; i++) {
      press(Keys.TAB);
      WebElement focused = focused();
      if (text.equals(focused.getText())) return focused;
    }
    throw new AssertionError("no control saying \"" + text + "\" could be reached with the Tab key");
  }

  WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** Sends keys to whatever has focus, as a keyboard would. */
  void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  /** Types a question with the keyboard alone and presses Enter; returns the answer once shown. */
  WebElement ask(String question) {
    tabTo("question");
    press(question, Keys.ENTER);
    return answer();
  }

  /** Waits for the answer region to hold an answer and to stop being busy and moving. */
  WebElement answer() {
    new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#answer[aria-busy=false] .answer")).isEmpty()
        && Boolean.TRUE.equals(driver.executeScript("return document.getAnimations().length === 0")));
    return driver.findElement(By.cssSelector("#answer .answer"));
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  void waitFor(String css, String text) {
    new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(css)).getText().contains(text));
  }

  /** Runs a check of page-checks.js, e.g. "contrast", and returns what it returned. */
  Object check(String name) {
    return driver.executeScript(CHECKS, name);
  }

  @SuppressWarnings("unchecked")
  List<String> failures(String name) {
    return (List<String>) check(name);
  }

  /** Emulates a viewport in CSS px, as a narrow or zoomed window shows the page; 0 wide clears it. */
  void viewport(int width, int height) {
    if (width == 0) driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    else driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Emulates user preferences such as prefers-color-scheme: dark; with none, clears them. */
  void prefers(Map<String, String> features) {
    List<Map<String, String>> list = features.entrySet().stream()
        .map(e -> Map.of("name", e.getKey(), "value", e.getValue())).toList();
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", list));
  }

  /** Saves the whole page at this width in CSS px as target/{name}, a test artefact. */
  void screenshot(String name, int width) throws IOException {
    long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
    viewport(width, (int) height);
    Path file = HeadlessChromium.screenshotFile(name).toPath();
    Files.createDirectories(file.getParent());
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String load(String resource) {
    try (InputStream in = ChatPage.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
