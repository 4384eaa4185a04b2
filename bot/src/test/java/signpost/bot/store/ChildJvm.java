package signpost.bot.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import signpost.bot.config.StoreSettings;

/**
 * A child JVM on the tests' class path running {@link SaveUntilKilled} against a database, with every line it prints
 * kept as it arrives; its standard error goes to a file for when it fails.
 */
final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Path errors;
  private boolean done;

  private ChildJvm(Process process, Path errors) {
    this.process = process;
    this.errors = errors;
    Thread reader = new Thread(this::read, "child-jvm-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts saving into the database the settings name; {@code errors} receives the child's standard error. */
  static ChildJvm saving(StoreSettings settings, Path errors) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SaveUntilKilled.class.getName());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("SIGNPOST_"));
    env.put("SIGNPOST_DATA", settings.data().toString());
    if (!settings.isEmbedded()) env.putAll(Map.of("SIGNPOST_DB_URL", settings.url(), "SIGNPOST_DB_USER", settings.user(),
        "SIGNPOST_DB_PASSWORD", settings.password()));
    return new ChildJvm(builder.redirectError(errors.toFile()).start(), errors);
  }

  /** Waits until the child has printed at least {@code count} lines, and fails with its errors when it ends first. */
  void awaitLines(int count, Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (lines) {
      while (lines.size() < count) {
        if (System.nanoTime() > end || !process.isAlive() && lines.size() < count) {
          throw new AssertionError("the child printed " + lines.size() + " of " + count + " lines; its errors:\n"
              + Files.readString(errors));
        }
        lines.wait(50);
      }
    }
  }

  /** Kills the child with SIGKILL and returns its exit code once it is gone and all it printed has been read. */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    int code = process.waitFor();
    synchronized (lines) {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!done && System.nanoTime() < end) lines.wait(50);
    }
    return code;
  }

  /** Returns what the child printed so far. */
  List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  private void read() {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      // The child is gone: what was read is all there is.
    } finally {
      synchronized (lines) {
        done = true;
        lines.notifyAll();
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) kill();
  }
}
