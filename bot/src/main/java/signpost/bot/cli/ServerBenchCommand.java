package signpost.bot.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.util.Callback;
import signpost.bot.config.Config;
import signpost.bot.eval.QuestionFile;
import signpost.bot.server.Assistant;
import signpost.bot.server.Mount;
import signpost.bot.server.SignpostServer;
import signpost.bot.slack.BoltBaseline;
import signpost.bot.slack.SlackChannel;

/**
 * {@code bench-server [--knowledge DIR]... [--connections N] [--seconds N] [--starts N]}: measures the server.
 * Start-up: launches {@code java -jar signpost.jar serve} N times and times each to "ready". Load: signed
 * {@code /edi} slash commands (the dev questions in turn) at N concurrent connections against Signpost with
 * Slack on, with and without the answer cache, then the same load against a bare Jetty handler on this
 * machine, and Bolt alone acknowledging the same commands; p50/p99 and the throughput ratio, from a Java generator and, when installed, from {@code wrk}.
 */
final class ServerBenchCommand {

  static final String USAGE = "usage: signpost bench-server [--knowledge DIR]... [--connections N] [--seconds N] [--starts N]";
  private static final String SECRET = "bench-signing-secret";
  private static final String BOLT_ALONE = "Bolt alone (the same signed /edi acknowledged with a fixed text)";
  private static final Path DEFAULT_QUESTIONS = Path.of("..", "shared", "eval", "dev.jsonl");

  private ServerBenchCommand() {}

  static int run(List<String> argv, Console console) throws Exception {
    Args args = Args.parse(argv, Set.of("--knowledge", "--connections", "--seconds", "--starts"), Set.of());
    int connections = BenchCommand.integer(args.value("--connections"), 50);
    Duration seconds = Duration.ofSeconds(BenchCommand.integer(args.value("--seconds"), 10));
    int starts = BenchCommand.integer(args.value("--starts"), 3);
    List<Path> folders = Knowledge.folders(args);
    startUp(folders, starts, console);
    List<String> questions = QuestionFile.read(DEFAULT_QUESTIONS).stream().map(q -> q.question()).toList();
    Server bare = bareJetty();
    try {
      URI bareUrl = URI.create("http://127.0.0.1:" + ((ServerConnector) bare.getConnectors()[0]).getLocalPort() + "/");
      Map<String, String> settings = new HashMap<>();
      settings.put("SIGNPOST_PORT", "0");
      settings.put("SIGNPOST_CACHE", "none");
      settings.put("SIGNPOST_KNOWLEDGE", String.join(File.pathSeparator, folders.stream().map(Path::toString).toList()));
      settings.put("SIGNPOST_DEFAULT_ORG", "cambridgeshire");
      settings.put("SLACK_SIGNING_SECRET", SECRET);
      settings.put("SLACK_BOT_TOKEN", "xoxb-bench");
      settings.put("SLACK_API_URL", bareUrl + "api/");
      boolean wrk = WrkBench.available();
      Measured bolt = boltAlone(bareUrl, questions, connections, seconds, wrk);
      Measured cached = slashCommands(Config.of(settings), bareUrl, questions, connections, seconds, wrk);
      settings.put("SIGNPOST_ANSWER_CACHE", "0");
      Measured uncached = slashCommands(Config.of(settings), bareUrl, questions, connections, seconds, wrk);
      LoadBench.run(connections, Duration.ofSeconds(2), n -> HttpRequest.newBuilder(bareUrl).build());
      LoadBench.Run baseline = LoadBench.run(connections, seconds, n -> HttpRequest.newBuilder(bareUrl).build());
      console.out().println("Java load generator (50 threads on the same cores):");
      report(console, "signed /edi slash commands, answer cache on (default)", cached.java(), connections);
      report(console, "signed /edi slash commands, answer cache off", uncached.java(), connections);
      report(console, BOLT_ALONE, bolt.java(), connections);
      report(console, "bare Jetty handler", baseline, connections);
      console.out().printf("throughput ratio (Signpost / bare Jetty): %.2f with the answer cache, %.2f without [target >= 0.3]%n",
          cached.java().throughput() / baseline.throughput(), uncached.java().throughput() / baseline.throughput());
      console.out().printf("Bolt alone / bare Jetty: %.2f (the ceiling for any Bolt app here)%n", bolt.java().throughput() / baseline.throughput());
      if (!wrk) {
        console.out().println("wrk: not installed (sudo apt-get install wrk), so no figures from it");
      } else {
        WrkBench.Result bareWrk = WrkBench.plain(bareUrl, connections, seconds);
        console.out().println("wrk (2 threads, event-driven):");
        report(console, "signed /edi slash commands, answer cache on (default)", cached.wrk(), connections);
        report(console, "signed /edi slash commands, answer cache off", uncached.wrk(), connections);
        report(console, BOLT_ALONE, bolt.wrk(), connections);
        report(console, "bare Jetty handler", bareWrk, connections);
        console.out().printf("throughput ratio (Signpost / bare Jetty): %.2f with the answer cache, %.2f without [target >= 0.3]%n",
            cached.wrk().throughput() / bareWrk.throughput(), uncached.wrk().throughput() / bareWrk.throughput());
        console.out().printf("Bolt alone / bare Jetty: %.2f (the ceiling for any Bolt app here)%n", bolt.wrk().throughput() / bareWrk.throughput());
      }
    } finally {
      bare.stop();
    }
    return 0;
  }

  /** What one configuration measured: with the Java generator, and with wrk when it is installed (else null). */
  private record Measured(LoadBench.Run java, WrkBench.Result wrk) {}

  /** Serves with the settings and sends signed slash commands, the dev questions in turn, after a warm-up. */
  private static Measured slashCommands(Config config, URI bareUrl, List<String> questions, int connections,
                                        Duration seconds, boolean wrk) throws Exception {
    try (Assistant assistant = Assistant.start(config);
         SlackChannel slack = SlackChannel.start(config, assistant);
         SignpostServer server = SignpostServer.start(assistant, slack.mounts())) {
      return measure(server.url().resolve("slack/events"), bareUrl.resolve("response"), questions, connections, seconds, wrk);
    }
  }

  /** Serves the same slash commands with Bolt alone: what Slack's SDK costs before Signpost answers anything. */
  private static Measured boltAlone(URI bareUrl, List<String> questions, int connections, Duration seconds, boolean wrk)
      throws Exception {
    Mount bolt = BoltBaseline.mount(SECRET, bareUrl + "api/");
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(bolt.servlet()), bolt.path());
    server.setHandler(context);
    server.start();
    try {
      URI events = URI.create("http://127.0.0.1:" + connector.getLocalPort() + bolt.path());
      return measure(events, bareUrl.resolve("response"), questions, connections, seconds, wrk);
    } finally {
      server.stop();
    }
  }

  private static Measured measure(URI events, URI response, List<String> questions, int connections, Duration seconds,
                                  boolean wrk) throws Exception {
    IntFunction<HttpRequest> command = n -> LoadBench.slashCommand(events, response, SECRET, "T0BENCH",
        questions.get(n % questions.size()));
    LoadBench.run(connections, Duration.ofSeconds(5), command);
    LoadBench.Run java = LoadBench.run(connections, seconds, command);
    WrkBench.Result fast = wrk ? WrkBench.slashCommands(events, response, SECRET, questions, connections, seconds) : null;
    return new Measured(java, fast);
  }

  private static void report(Console console, String what, WrkBench.Result run, int connections) {
    console.out().printf("%s at %d connections: %.0f/s, %d errors, p50 %.2f ms, p99 %.2f ms%s%n", what, connections,
        run.throughput(), run.errors(), run.p50Millis(), run.p99Millis(),
        what.startsWith("signed") ? " [target p99 <= 20 ms]" : "");
  }

  private static void report(Console console, String what, LoadBench.Run run, int connections) {
    console.out().printf("%s at %d connections: %d requests in %.1f s (%.0f/s), %d errors, p50 %.2f ms, p99 %.2f ms%s%n",
        what, connections, run.requests(), run.seconds(), run.throughput(), run.errors(),
        run.latencies().percentile(50) / 1e6, run.latencies().percentile(99) / 1e6,
        what.startsWith("signed") ? " [target p99 <= 20 ms]" : "");
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

  private static Path jar() {
    try {
      Path code = Path.of(ServerBenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code.toString().endsWith(".jar") ? code : null;
    } catch (Exception e) {
      return null;
    }
  }

  /** A Jetty server whose one handler answers {@code {"ok":true}} at once: the baseline, and Slack's Web API stand-in. */
  private static Server bareJetty() throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        response.getHeaders().put("Content-Type", "application/json");
        response.write(true, ByteBuffer.wrap("{\"ok\":true,\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\",\"team_id\":\"T0BENCH\"}"
            .getBytes(StandardCharsets.UTF_8)), callback);
        return true;
      }
    });
    server.start();
    return server;
  }
}
