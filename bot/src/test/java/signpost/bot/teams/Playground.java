package signpost.bot.teams;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Microsoft 365 Agents Playground as a child process, a Teams client with its own mocked Bot Connector that
 * works offline, pointed at a bot's messaging endpoint. It runs from {@code target/playground}, where the build
 * installs the version {@code src/test/playground/package-lock.json} pins. Closing it ends the process.
 */
final class Playground implements AutoCloseable {

  static final Path HOME = Path.of(System.getProperty("basedir", "."), "target", "playground");
  private static final long START_SECONDS = 30;
  private static final Pattern LISTENING = Pattern.compile("Listening on (\\d+)");

  private final Process process;
  private final StringBuffer output = new StringBuffer();
  private final CompletableFuture<Integer> port = new CompletableFuture<>();

  private Playground(Process process) {
    this.process = process;
    Thread reader = new Thread(this::read, "agents-playground-output");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts the Playground on a free port for the Teams channel ({@code msteams}) and waits until it listens.
   *
   * @throws IllegalStateException when it is not installed, or does not print "Listening on" within 30 s, with its output
   */
  static Playground start(URI botEndpoint) throws IOException, InterruptedException {
    Path cli = HOME.resolve("node_modules/.bin/agentsplayground");
    if (!Files.isExecutable(cli)) {
      throw new IllegalStateException("the Agents Playground is not installed at " + cli + "; Maven installs it with npm ci "
          + "in generate-test-resources (mvn -B verify, or mvn test without -DskipTests)");
    }
    ProcessBuilder builder = new ProcessBuilder(cli.toString(), "-e", botEndpoint.toString(), "-c", "msteams", "-p", "0",
        "--disable-telemetry").directory(HOME.toFile()).redirectErrorStream(true);
    builder.environment().put("APPLICATION_INSIGHTS_NO_STATSBEAT", "true"); // else it keeps trying to reach Azure
    builder.environment().put("TEAMSAPPTESTER_BROWSER", "none"); // else it opens a browser of its own
    Playground playground = new Playground(builder.start());
    try {
      playground.port.get(START_SECONDS, TimeUnit.SECONDS);
      return playground;
    } catch (TimeoutException | ExecutionException e) {
      playground.close();
      throw new IllegalStateException("the Agents Playground did not print \"Listening on\" within " + START_SECONDS
          + " s; its output:\n" + playground.output, e);
    } catch (InterruptedException e) {
      playground.close();
      throw e;
    }
  }

  /** Returns the address of its page and API, e.g. {@code http://127.0.0.1:40123/}. */
  URI url() {
    return URI.create("http://127.0.0.1:" + port.join() + "/");
  }

  /** Returns everything it has printed, for failure messages. */
  String output() {
    return output.toString();
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void read() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.append(line).append('\n');
        Matcher listening = LISTENING.matcher(line);
        if (listening.find()) port.complete(Integer.parseInt(listening.group(1)));
      }
    } catch (IOException e) {
      output.append("(reading its output failed: ").append(e).append(")\n");
    }
    port.completeExceptionally(new IllegalStateException("the Agents Playground stopped before listening"));
  }
}
