package signpost.bot.teams;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Agents Playground's page as a person uses it: open the personal chat, type a question, send it, read the
 * Adaptive Card that comes back.
 */
final class PlaygroundPage {

  // Its page is a 15 MB script bundle: the first load on a busy two-core machine takes seconds.
  private static final Duration LOAD = Duration.ofSeconds(60);
  private static final Duration ANSWER = Duration.ofSeconds(20);

  private final ChromeDriver driver;

  PlaygroundPage(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Opens the page and its personal chat with Signpost. */
  PlaygroundPage open(URI playground) {
    driver.get(playground.toString());
    new WebDriverWait(driver, LOAD).until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[normalize-space(text())='Personal Chat']"))).click();
    new WebDriverWait(driver, LOAD).until(ExpectedConditions.elementToBeClickable(textbox()));
    return this;
  }

  /** Types the question, sends it, and returns the first rendered card whose text contains {@code expected}. */
  WebElement ask(String question, String expected) {
    WebElement box = driver.findElement(textbox());
    box.click();
    box.sendKeys(question);
    driver.findElement(By.cssSelector("button[aria-label='Send Message']")).click();
    return new WebDriverWait(driver, ANSWER).withMessage(() -> "no card saying \"" + expected + "\"")
        .until(d -> d.findElements(By.cssSelector(".ac-adaptiveCard")).stream()
            .filter(card -> card.getText().contains(expected)).findFirst().orElse(null));
  }

  /**
   * Presses the button titled {@code title} on the last rendered card that says {@code on}, and returns the first card
   * rendered after it that says {@code expected}.
   */
  WebElement press(String on, String title, String expected) {
    List<WebElement> asking = cards(on);
    if (asking.isEmpty()) throw new AssertionError("no card saying \"" + on + "\" on the page");
    int before = driver.findElements(By.cssSelector(".ac-adaptiveCard")).size();
    asking.get(asking.size() - 1).findElement(By.xpath(".//button[normalize-space(.)='" + title + "']")).click();
    return new WebDriverWait(driver, ANSWER).withMessage(() -> "no card saying \"" + expected + "\" after pressing " + title)
        .until(d -> {
          List<WebElement> all = d.findElements(By.cssSelector(".ac-adaptiveCard"));
          return all.subList(Math.min(before, all.size()), all.size()).stream()
              .filter(card -> card.getText().contains(expected)).findFirst().orElse(null);
        });
  }

  /** Waits for a rendered card that says {@code text}, and returns every such card, top to bottom. */
  List<WebElement> cards(String text) {
    new WebDriverWait(driver, ANSWER).withMessage(() -> "no card saying \"" + text + "\"")
        .until(d -> d.findElements(By.cssSelector(".ac-adaptiveCard")).stream().anyMatch(card -> card.getText().contains(text)));
    return driver.findElements(By.cssSelector(".ac-adaptiveCard")).stream().filter(card -> card.getText().contains(text)).toList();
  }

  /** Scrolls the card's end (its sources and buttons) into view and saves the window as {@code file}. */
  void screenshot(WebElement card, Path file) throws IOException {
    driver.executeScript("arguments[0].scrollIntoView({block: 'end'})", card);
    Files.createDirectories(file.getParent());
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
  }

  private static By textbox() {
    return By.cssSelector("div[role=textbox][contenteditable=true]");
  }
}
