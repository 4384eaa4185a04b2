package signpost.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import signpost.bot.eval.QuestionFile;

/**
 * {@code bench-server [--knowledge DIR]... [--connections N] [--seconds N] [--starts N]}: measures the server.
 * Start-up: launches {@code java -jar signpost.jar serve} N times and times each to "ready". Load: the
 * servers of {@link BenchServers} at N concurrent connections; p50/p99 and the throughput ratio to a bare Jetty
 * handler, from a Java generator and, when installed, from {@code wrk}.
 */
final class ServerBenchCommand {

  static final String USAGE = "usage: signpost bench-server [--knowledge DIR]... [--connections N] [--seconds N] [--starts N]";
  private static final Path DEFAULT_QUESTIONS = Path.of("..", "shared", "eval", "dev.jsonl");

  private ServerBenchCommand() {}

  static int run(List<String> argv, Console console) throws Exception {
    Args args = Args.parse(argv, Set.of("--knowledge", "--connections", "--seconds", "--starts"), Set.of());
    int connections = BenchCommand.integer(args.value("--connections"), 50);
    Duration seconds = Duration.ofSeconds(BenchCommand.integer(args.value("--seconds"), 10));
    int starts = BenchCommand.integer(args.value("--starts"), 3);
    List<Path> folders = Setup.config(args).knowledge();
    startUp(folders, starts, console);
    List<String> questions = QuestionFile.read(DEFAULT_QUESTIONS).stream().map(q -> q.question()).toList();
    boolean wrk = WrkBench.available();
    List<BenchServers.Row> rows = new BenchServers(folders, questions, connections, seconds, wrk).measureAll();
    report(console, rows, false);
    if (wrk) report(console, rows, true);
    else console.out().println("wrk: not installed (sudo apt-get install wrk), so no figures from it");
    return 0;
  }

  private static void report(Console console, List<BenchServers.Row> rows, boolean wrk) {
    console.out().println(wrk ? "wrk (2 threads, event-driven):" : "Java load generator (50 threads on the same cores):");
    BenchServers.Measured bare = rows.get(rows.size() - 1).measured();
    for (BenchServers.Row row : rows) {
      BenchServers.Measured m = row.measured();
      console.out().printf("%s: %.0f/s, %d errors, p50 %.2f ms, p99 %.2f ms", row.label(), m.throughput(wrk), m.errors(wrk),
          m.p50Millis(wrk), m.p99Millis(wrk));
      if (row.signpost()) {
        console.out().printf(" [target p99 <= 20 ms]; ratio to bare Jetty %.2f [target >= 0.3]", m.throughput(wrk) / bare.throughput(wrk));
      } else if (row != rows.get(rows.size() - 1)) {
        console.out().printf("; ratio to bare Jetty %.2f (the ceiling for any Bolt app here)", m.throughput(wrk) / bare.throughput(wrk));
      }
      console.out().println();
    }
  }

  /** Launches the jar's {@code serve} as a newcomer would and times it to its "ready" line. */
  private static void startUp(List<Path> folders, int starts, Console console) throws IOException, InterruptedException {
    Path jar = jar();
    if (jar == null) {
      console.out().println("start-up: skipped (not running from signpost.jar)");
      return;
    }
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-jar", jar.toString(), "serve", "--port", "0"));
      for (Path folder : folders) command.addAll(List.of("--knowledge", folder.toString()));
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          if (line.startsWith("Signpost is ready at")) {
            millis.add((System.nanoTime() - start) / 1_000_000);
            break;
          }
        }
      } finally {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) process.destroyForcibly();
      }
    }
    console.out().printf("start-up to ready (java -jar signpost.jar serve, %d starts): %s ms [target <= 3000 ms]%n",
        starts, millis);
  }

  static Path jar() {
    try {
      Path code = Path.of(ServerBenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code.toString().endsWith(".jar") ? code : null;
    } catch (Exception e) {
      return null;
    }
  }
}
