package signpost.bot.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's ChromeDriver, both named explicitly so that
 * Selenium Manager never runs and nothing is downloaded. Fails, never skips, when either is missing. Shared by
 * the web chat's browser test and the Teams channel's Agents Playground test.
 */
public final class HeadlessChromium {

  static final String INSTALL = "install them with: sudo apt-get install -y chromium chromium-driver"
      + " (.ci/run does this), or point -Dsignpost.chromium and -Dsignpost.chromedriver at your own";

  /** The flags that keep Chromium quiet on a machine with no outside network. */
  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-dev-shm-usage", "--window-size=1280,900");

  private HeadlessChromium() {}

  /**
   * Returns a driver for a new Chromium with an empty profile in {@code profile}.
   *
   * @throws IllegalStateException when Chromium or ChromeDriver is not installed, saying how to install them
   */
  public static ChromeDriver start(Path profile) {
    Path chromium = executable("signpost.chromium", "SIGNPOST_CHROMIUM", "/usr/bin/chromium");
    Path chromedriver = executable("signpost.chromedriver", "SIGNPOST_CHROMEDRIVER", "/usr/bin/chromedriver");
    // Selenium warns on every start that it has no CDP module for this Chromium; the test needs none.
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    return new ChromeDriver(service, options);
  }

  private static Path executable(String property, String variable, String fallback) {
    String configured = System.getProperty(property, System.getenv(variable));
    Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException("the browser tests need Debian's Chromium and ChromeDriver, but "
          + path + " is missing or not executable; " + INSTALL);
    }
    return path;
  }

  /** Returns {@code target/name} in the module being tested, where screenshots are kept as test artefacts. */
  public static File screenshotFile(String name) {
    return Path.of(System.getProperty("basedir", "."), "target", name).toFile();
  }
}
