package signpost.bot.replicas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code signpost serve} in a child JVM on the tests' class path, configured only by the environment given, with all it
 * prints copied to a log file. Closing it kills it; so does the test JVM's exit, whatever state the test left.
 */
final class ServeProcess implements AutoCloseable {

  private static final Pattern READY = Pattern.compile("Signpost is ready at (\\S+)");

  private final String name;
  private final Process process;
  private final Path log;
  private final Thread killer;
  private volatile URI url;

  private ServeProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.killer = new Thread(process::destroyForcibly, "kill-" + name);
    Runtime.getRuntime().addShutdownHook(killer);
    Thread copier = new Thread(this::copy, name + "-output");
    copier.setDaemon(true);
    copier.start();
  }

  /** Starts {@code serve} with exactly these {@code SIGNPOST_}, {@code SLACK_} and other settings, logging to {@code log}. */
  static ServeProcess start(String name, Map<String, String> settings, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), "signpost.bot.cli.Main", "serve");
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("SIGNPOST_") || key.startsWith("SLACK_") || key.startsWith("MICROSOFT_")
        || key.startsWith("TEAMS_") || key.startsWith("BOT_"));
    env.putAll(settings);
    return new ServeProcess(name, builder.redirectErrorStream(true).start(), log);
  }

  /** Waits until it says it is ready and returns where it listens; fails with its log when it stops or takes too long. */
  URI awaitReady(Duration timeout) throws IOException, InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (url == null) {
      if (!process.isAlive() || System.nanoTime() > end) {
        throw new AssertionError(name + " did not get ready in " + timeout + "; its log:\n" + log());
      }
      Thread.sleep(50);
    }
    return url;
  }

  /** Kills it with SIGKILL, as a crash or an out-of-memory killer would, and waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  /** Returns what it printed so far. */
  String log() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  private void copy() {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Matcher ready = READY.matcher(line);
        if (ready.find()) url = URI.create(ready.group(1));
      }
    } catch (IOException e) {
      // The process is gone: what it printed is in the log.
    }
  }

  @Override
  public void close() throws InterruptedException {
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(killer);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook kills it anyway.
    }
  }
}
