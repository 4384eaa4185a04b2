package signpost.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import signpost.bot.cli.BenchServers.Loaded;
import signpost.bot.cli.BenchServers.Measured;
import signpost.bot.eval.QuestionFile;

/**
 * {@code bench-server [--knowledge DIR]... [--connections N] [--seconds N] [--warm-up N] [--starts N] [--rate N]
 * [--open-seconds N] [--parts start,closed,open] [--servers edi-cached,bolt,...] [--serve-options "JVM OPTIONS"]}: measures the server, in three parts (all by default). Start-up: launches {@code java -jar signpost.jar serve} with an empty cache (as on the first
 * start after a build), then N-1 times with that cache, and times each to "ready". Closed loop: the servers of
 * {@link BenchServers} ({@code --servers} picks some) at N concurrent connections after {@code --warm-up} seconds (5; under this load Signpost's answer
 * path is still being compiled for about a minute, Bolt alone's within seconds), from a Java generator and, when installed, from {@code wrk}, with
 * the ratios the targets are set in (Signpost to Bolt alone, Teams to {@code /edi}). Open loop: {@link OpenLoopBench},
 * each route warmed up for {@code --warm-up} seconds too, its {@code serve} started with {@code --serve-options} (e.g. a heap limit) before {@code -jar}.
 */
final class ServerBenchCommand {

  static final String USAGE = "usage: signpost bench-server [--knowledge DIR]... [--connections N] [--seconds N] [--warm-up N] [--starts N]"
      + " [--rate N] [--open-seconds N] [--parts start,closed,open]"
      + " [--servers edi-cached,edi-uncached,teams-cached,teams-uncached,bolt,sdk,bare] [--serve-options \"JVM OPTIONS\"]";
  private static final Set<String> PARTS = Set.of("start", "closed", "open");
  private static final Path DEFAULT_QUESTIONS = Path.of("..", "shared", "eval", "dev.jsonl");

  private ServerBenchCommand() {}

  static int run(List<String> argv, Console console) throws Exception {
    Args args = Args.parse(argv, Set.of("--knowledge", "--connections", "--seconds", "--warm-up", "--starts", "--rate", "--open-seconds",
        "--parts", "--servers", "--serve-options"), Set.of());
    int connections = BenchCommand.integer(args.value("--connections"), 50);
    Duration seconds = Duration.ofSeconds(BenchCommand.integer(args.value("--seconds"), 10));
    Duration warmUp = Duration.ofSeconds(BenchCommand.integer(args.value("--warm-up"), 5));
    int starts = BenchCommand.integer(args.value("--starts"), 4);
    int rate = BenchCommand.integer(args.value("--rate"), 200);
    Duration openSeconds = Duration.ofSeconds(BenchCommand.integer(args.value("--open-seconds"), 20));
    Set<String> parts = parts(args.value("--parts"));
    Set<Loaded> servers = servers(args.value("--servers"));
    String options = args.value("--serve-options");
    List<String> serveOptions = options == null || options.isBlank() ? List.of() : List.of(options.strip().split("\\s+"));
    List<Path> folders = Setup.config(args).knowledge();
    PrintStream out = console.out();
    out.printf("load average %s (the targets are ratios within this run; absolute figures follow the machine's load)%n", load());
    if (parts.contains("start")) startUp(folders, starts, out);
    List<String> questions = QuestionFile.read(DEFAULT_QUESTIONS).stream().map(q -> q.question()).toList();
    if (parts.contains("closed")) {
      boolean wrk = WrkBench.available();
      Map<Loaded, Measured> measured = new BenchServers(folders, questions, connections, seconds, warmUp, wrk).measure(servers);
      out.printf("Closed loop, %d connections, %d s after a %d s warm-up, the dev questions in turn:%n", connections,
          seconds.toSeconds(), warmUp.toSeconds());
      report(out, measured, false);
      if (wrk) report(out, measured, true);
      else out.println("wrk: not installed (sudo apt-get install wrk), so no figures from it");
    }
    if (parts.contains("open")) new OpenLoopBench(folders, questions, rate, openSeconds, warmUp, serveOptions).run(out);
    out.printf("load average %s%n", load());
    return 0;
  }

  /** Returns the parts to run, from {@code --parts start,closed,open} (all three when not given). */
  private static Set<String> parts(String value) {
    if (value == null) return PARTS;
    Set<String> parts = Set.of(value.split(","));
    if (!PARTS.containsAll(parts)) throw new UsageException("--parts takes start, closed and open, separated by commas: " + value);
    return parts;
  }

  /** Returns the closed loop's servers, from {@code --servers edi-cached,bolt} (all of them when not given). */
  static Set<Loaded> servers(String value) {
    if (value == null) return EnumSet.allOf(Loaded.class);
    Map<String, Loaded> byKey = new LinkedHashMap<>();
    for (Loaded server : Loaded.values()) byKey.put(server.key(), server);
    Set<Loaded> servers = EnumSet.noneOf(Loaded.class);
    for (String key : value.split(",")) {
      Loaded server = byKey.get(key.strip());
      if (server == null) throw new UsageException("--servers takes " + String.join(", ", byKey.keySet()) + ", separated by commas: " + value);
      servers.add(server);
    }
    return servers;
  }

  private static void report(PrintStream out, Map<Loaded, Measured> measured, boolean wrk) {
    out.println(wrk ? "wrk (2 threads, event-driven):" : "Java load generator (one thread a connection, on the same cores):");
    for (Map.Entry<Loaded, Measured> row : measured.entrySet()) {
      Measured m = row.getValue();
      out.printf("  %s: %.0f/s, %d errors, p50 %.2f ms, p99 %.2f ms, server CPU %.0f µs a request%n", row.getKey().label,
          m.throughput(wrk), m.errors(wrk), m.p50Millis(wrk), m.p99Millis(wrk), m.cpuMicros(wrk));
    }
    ratio(out, measured, wrk, "/edi with the answer cache to Bolt alone", Loaded.EDI_CACHED, Loaded.BOLT, 0.8, 2);
    ratio(out, measured, wrk, "/edi without the answer cache to Bolt alone", Loaded.EDI_UNCACHED, Loaded.BOLT, 0.15, 0);
    ratio(out, measured, wrk, "Teams to /edi, with the answer cache", Loaded.TEAMS_CACHED, Loaded.EDI_CACHED, 0.8, 0);
    ratio(out, measured, wrk, "Teams to /edi, without the answer cache", Loaded.TEAMS_UNCACHED, Loaded.EDI_UNCACHED, 0.8, 0);
    ratio(out, measured, wrk, "Teams with the answer cache to the Bot Framework SDK alone", Loaded.TEAMS_CACHED, Loaded.SDK, 0, 0);
    ratio(out, measured, wrk, "Teams without the answer cache to the Bot Framework SDK alone", Loaded.TEAMS_UNCACHED, Loaded.SDK, 0, 0);
    ratio(out, measured, wrk, "Bolt alone to the bare Jetty handler", Loaded.BOLT, Loaded.BARE, 0, 0);
    ratio(out, measured, wrk, "Bot Framework SDK alone to the bare Jetty handler", Loaded.SDK, Loaded.BARE, 0, 0);
  }

  /**
   * Prints one server's throughput and p99 to another's, with the targets when there are any (0 for none), when both
   * were measured.
   */
  private static void ratio(PrintStream out, Map<Loaded, Measured> measured, boolean wrk, String what, Loaded server, Loaded to,
      double throughputFloor, double p99Ceiling) {
    Measured a = measured.get(server);
    Measured b = measured.get(to);
    if (a == null || b == null) return;
    double throughput = a.throughput(wrk) / b.throughput(wrk);
    double p99 = a.p99Millis(wrk) / b.p99Millis(wrk);
    out.printf("  %s: throughput %s, p99 %s, server CPU a request %.2fx%n", what,
        throughputFloor > 0 ? ratio(throughput, throughputFloor, true) : String.format("%.2f", throughput),
        p99Ceiling > 0 ? ratio(p99, p99Ceiling, false) : String.format("%.1fx", p99), a.cpuMicros(wrk) / b.cpuMicros(wrk));
  }

  /** Returns "0.43 [target >= 0.8: NOT met]" for a ratio held to a floor, or "4.9x [target <= 2x: met]" to a ceiling. */
  private static String ratio(double ratio, double target, boolean floor) {
    boolean met = floor ? ratio >= target : ratio <= target;
    return floor ? String.format("%.2f [target >= %s: %s]", ratio, target, met ? "met" : "NOT met")
        : String.format("%.1fx [target <= %sx: %s]", ratio, target, met ? "met" : "NOT met");
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * Launches the jar's {@code serve} as a newcomer would and times it to its "ready" line: first with an empty cache
   * folder of its own (a new machine: every document parsed), then as the first start after a rebuild finds that cache
   * (the parsed documents and compiled rules kept, as they are keyed by the content of the code that makes them; the
   * class archive and the jar's stamps of an earlier build gone, the class archive made by the build there), then with
   * what that start left.
   */
  private static void startUp(List<Path> folders, int starts, PrintStream out) throws IOException, InterruptedException {
    Path jar = jar();
    if (jar == null) {
      out.println("start-up: skipped (not running from signpost.jar)");
      return;
    }
    Path cache = Files.createTempDirectory("signpost-bench-cache");
    Path data = Files.createTempDirectory("signpost-bench-start");
    try {
      long empty = readyMillis(jar, folders, cache, data);
      for (String earlierBuild : List.of("cds", "stamps")) {
        if (Files.exists(cache.resolve(earlierBuild))) GeneratedCorpus.delete(cache.resolve(earlierBuild));
      }
      long rebuilt = readyMillis(jar, folders, cache, data);
      List<Long> warm = new ArrayList<>();
      for (int i = 2; i < starts; i++) warm.add(readyMillis(jar, folders, cache, data));
      // The warm starts are judged by their median (the upper one of an even count): one slow start is the machine's.
      List<Long> sorted = warm.stream().sorted().toList();
      String warmVerdict = sorted.isEmpty() ? "not measured" : sorted.get(sorted.size() / 2) <= 1500 ? "met" : "NOT met";
      out.printf("start-up to ready (java -jar signpost.jar serve; class archive from the build: %s): first start on a new"
          + " machine, empty cache %d ms; first start after a rebuild %d ms [target <= 3000 ms: %s]; then %s ms [target <= 1500 ms"
          + " at the median: %s]%n", QuickStart.builtArchive(jar) == null ? "none" : "yes", empty, rebuilt,
          rebuilt <= 3000 ? "met" : "NOT met", warm, warmVerdict);
    } finally {
      GeneratedCorpus.delete(cache);
      GeneratedCorpus.delete(data);
    }
  }

  private static long readyMillis(Path jar, List<Path> folders, Path cache, Path data) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString(), "serve", "--port", "0", "--cache", cache.toString()));
    for (Path folder : folders) command.addAll(List.of("--knowledge", folder.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("SIGNPOST_DATA", data.toString());
    long start = System.nanoTime();
    Process process = builder.start();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.startsWith("Signpost is ready at")) return (System.nanoTime() - start) / 1_000_000;
      }
      throw new IOException("serve stopped before it was ready: run " + String.join(" ", command) + " to see why");
    } finally {
      process.destroy();
      // The first start writes its class archive as it stops.
      if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
    }
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
