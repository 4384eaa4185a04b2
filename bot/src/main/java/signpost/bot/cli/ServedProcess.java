package signpost.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code serve} in a process of its own, as it is run in production: started with {@code java} and the settings given,
 * timed to its "ready" line, its resident memory read from {@code /proc}, stopped with SIGTERM.
 */
final class ServedProcess implements AutoCloseable {

  private static final Pattern READY = Pattern.compile("^(?:Signpost|Baseline) is ready at (\\S+)");
  private static final Pattern KILOBYTES = Pattern.compile("(\\d+)\\s*kB");

  /**
   * Resident memory, from {@code /proc/<pid>/status} and {@code smaps_rollup}.
   *
   * @param residentMb {@code VmRSS}: resident now
   * @param peakMb {@code VmHWM}: the most it has been resident (for two processes, the sum of their peaks)
   * @param proportionalMb {@code Pss}: resident now with each page shared between processes counted once in all (the
   *     launcher and the server map the same JVM library and class archive: the sum of their {@code VmRSS} counts those
   *     twice, a container's memory limit once); NaN where the kernel does not say
   */
  record Memory(double residentMb, double peakMb, double proportionalMb) {}

  private final Process process;
  private final URI url;
  private final long readyMillis;

  private ServedProcess(Process process, URI url, long readyMillis) {
    this.process = process;
    this.url = url;
    this.readyMillis = readyMillis;
  }

  /**
   * Starts {@code java [jvmOptions] -jar signpost.jar serve --port 0} (from class folders, the same with this
   * classpath) with {@code settings} over this environment, and returns once it is ready.
   *
   * @throws IOException when it exits or stops writing before it is ready, with the last lines of its error output
   */
  static ServedProcess start(List<String> jvmOptions, Map<String, String> settings) throws IOException {
    Path jar = ServerBenchCommand.jar();
    return start(jvmOptions, jar != null ? List.of("-jar", jar.toString()) : List.of("-cp", System.getProperty("java.class.path"),
        Main.class.getName()), List.of("serve", "--port", "0"), settings);
  }

  /**
   * Starts one of {@code bench-server}'s yardsticks ({@link BaselineCommand}) in a JVM with the heap and collector
   * {@code serve}'s launcher gives the server on this machine, and returns once it is ready.
   */
  static ServedProcess baseline(String kind, Map<String, String> settings) throws IOException {
    List<String> tuning = QuickStart.tuning("serve", List.of(), System.getenv(), Runtime.getRuntime().availableProcessors());
    return start(tuning, List.of("-cp", jarOrClassPath(), Main.class.getName()), List.of("bench-baseline", kind), settings);
  }

  private static String jarOrClassPath() {
    Path jar = ServerBenchCommand.jar();
    return jar != null ? jar.toString() : System.getProperty("java.class.path");
  }

  private static ServedProcess start(List<String> jvmOptions, List<String> launch, List<String> args, Map<String, String> settings)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(launch);
    command.addAll(args);
    Path errors = Files.createTempFile("signpost-serve", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
    builder.environment().putAll(settings);
    long start = System.nanoTime();
    Process process = builder.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    try {
      for (String line; (line = out.readLine()) != null; ) {
        Matcher ready = READY.matcher(line);
        if (ready.find()) {
          long millis = (System.nanoTime() - start) / 1_000_000;
          // Its output is read on, so that a full pipe never blocks it.
          Thread drain = new Thread(() -> drain(out), "signpost-serve-output");
          drain.setDaemon(true);
          drain.start();
          return new ServedProcess(process, URI.create(ready.group(1)), millis);
        }
      }
      process.destroyForcibly();
      List<String> log = Files.readAllLines(errors, StandardCharsets.UTF_8);
      throw new IOException(String.join(" ", args) + " stopped before it was ready: " + String.join("\n", log.subList(Math.max(0, log.size() - 20), log.size())));
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  /** Returns the address it serves at, e.g. {@code http://127.0.0.1:40123/}. */
  URI url() {
    return url;
  }

  /** Returns the time from its launch to its "ready" line. */
  long readyMillis() {
    return readyMillis;
  }

  /**
   * Returns its resident memory now and at its peak, with that of the JVM it started, if any (see {@link QuickStart}):
   * what the machine gives the server in all.
   */
  Memory memory() throws IOException {
    double resident = 0;
    double peak = 0;
    double proportional = 0;
    for (ProcessHandle each : Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList()) {
      Path proc = Path.of("/proc", Long.toString(each.pid()));
      List<String> status = Files.readAllLines(proc.resolve("status"));
      resident += megabytes(status, "VmRSS:");
      peak += megabytes(status, "VmHWM:");
      Path rollup = proc.resolve("smaps_rollup");
      proportional += Files.isReadable(rollup) ? megabytes(Files.readAllLines(rollup), "Pss:") : Double.NaN;
    }
    return new Memory(resident, peak, proportional);
  }

  /**
   * Returns the CPU time it and the JVM it started, if any, have used so far; zero when the system does not tell. Read
   * before and after a load, it gives the server's CPU per request, which the load generator's share of the same cores
   * changes far less than it changes throughput.
   */
  Duration cpu() {
    return Stream.concat(Stream.of(process.toHandle()), process.descendants())
        .map(each -> each.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
  }

  private static double megabytes(List<String> status, String field) {
    for (String line : status) {
      Matcher kb = KILOBYTES.matcher(line);
      if (line.startsWith(field) && kb.find()) return Long.parseLong(kb.group(1)) / 1024.0;
    }
    return Double.NaN;
  }

  private static void drain(BufferedReader out) {
    try (out) {
      while (out.readLine() != null) {
        // Nothing to keep: the figures come from the load, not from its output.
      }
    } catch (IOException e) {
      // It has stopped.
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
  }
}
