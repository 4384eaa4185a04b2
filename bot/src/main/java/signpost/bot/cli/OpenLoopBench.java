package signpost.bot.cli;

import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import signpost.bot.teams.LocalBotFramework;

/**
 * The open-loop part of {@code bench-server}: {@code serve} in a process of its own, with Slack and Teams on (against
 * loopback stand-ins) and the answer cache at its default, is sent a fixed rate of questions on each route in turn,
 * {@code /edi}, {@code /api/messages} and {@code /api/ask}, every question new (a number added to a dev question), so
 * no answer comes from the cache, after a warm-up of each route at that rate ({@code --warm-up}, at least 5 s: the
 * server's answer path is compiled under load for about a minute, as a server that has run for a while has it). Prints
 * each route's latency percentiles, from when each request was due
 * ({@link OpenLoad}), against the target, then the process's start-up time and resident memory under that load.
 */
final class OpenLoopBench {

  static final double TARGET_P99_MILLIS = 50;
  static final double TARGET_MEGABYTES = 512;
  private static final Duration MIN_WARM_UP = Duration.ofSeconds(5);
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String SECRET = "open-loop-signing-secret";

  /** A route and the request it is sent for question n. */
  private record Route(String name, IntFunction<HttpRequest> request) {}

  private final List<Path> folders;
  private final List<String> questions;
  private final int rate;
  private final Duration duration;
  private final Duration warmUp;
  private final List<String> jvmOptions;

  /**
   * @param warmUp how long each route is loaded at the rate before any is measured (at least 5 s)
   * @param jvmOptions the options {@code serve}'s JVM is started with, e.g. a heap limit
   */
  OpenLoopBench(List<Path> folders, List<String> questions, int rate, Duration duration, Duration warmUp,
                List<String> jvmOptions) {
    this.folders = folders;
    this.questions = questions;
    this.rate = rate;
    this.duration = duration;
    this.warmUp = warmUp.compareTo(MIN_WARM_UP) < 0 ? MIN_WARM_UP : warmUp;
    this.jvmOptions = jvmOptions;
  }

  /** Runs the load and prints what it measured. */
  void run(PrintStream out) throws Exception {
    Server slackApi = BenchServers.bareJetty();
    Path data = Files.createTempDirectory("signpost-open-loop-data");
    try (LocalBotFramework botFramework = LocalBotFramework.start()) {
      URI slackUrl = URI.create("http://127.0.0.1:" + ((ServerConnector) slackApi.getConnectors()[0]).getLocalPort() + "/");
      try (ServedProcess serve = ServedProcess.start(jvmOptions, settings(data, slackUrl, botFramework))) {
        ServedProcess.Memory idle = serve.memory();
        List<Route> routes = routes(serve.url(), slackUrl, botFramework);
        for (Route route : routes) OpenLoad.run(rate, warmUp, PATIENCE, n -> route.request().apply(-1 - n));
        out.printf("Open loop, %d requests a second for %d s per route after %d s of each, each question new (a separate serve"
            + " process%s):%n", rate, duration.toSeconds(), warmUp.toSeconds(),
            jvmOptions.isEmpty() ? "" : " with " + String.join(" ", jvmOptions));
        for (Route route : routes) {
          OpenLoad.Run run = OpenLoad.run(rate, duration, PATIENCE, route.request());
          report(out, route.name(), run);
          reportQuestions(out, run);
        }
        ServedProcess.Memory loaded = serve.memory();
        out.printf("serve in its own process: ready in %d ms after launch; resident %.0f MB when ready, %.0f MB after the load,"
            + " peak %.0f MB; proportional (shared pages once) %.0f MB when ready, %.0f MB after the load [target <= 512 MB: %s]%n",
            serve.readyMillis(), idle.residentMb(), loaded.residentMb(), loaded.peakMb(), idle.proportionalMb(),
            loaded.proportionalMb(), loaded.proportionalMb() <= TARGET_MEGABYTES ? "met" : "NOT met");
      }
    } finally {
      slackApi.stop();
      GeneratedCorpus.delete(data);
    }
  }

  private static void report(PrintStream out, String route, OpenLoad.Run run) {
    double p99 = run.latencies().percentile(99) / 1e6;
    out.printf("  %s: %d sent, %d errors%s, p50 %.1f ms, p99 %.1f ms, max %.1f ms [target p99 <= %.0f ms: %s]; generator late by at most %.1f ms%n",
        route, run.requests(), run.errors(), run.failures().isEmpty() ? "" : " " + run.failures(), run.latencies().percentile(50) / 1e6, p99, run.latencies().percentile(100) / 1e6,
        TARGET_P99_MILLIS, p99 <= TARGET_P99_MILLIS && run.errors() == 0 ? "met" : "NOT met", run.lateMillis());
  }

  /** Prints the range of the questions' medians and the slowest question, whose median stands out if one is slow. */
  private void reportQuestions(PrintStream out, OpenLoad.Run run) {
    double[] medians = run.medianMillisBy(questions.size());
    int slowest = 0;
    int fastest = 0;
    for (int i = 1; i < medians.length; i++) {
      if (medians[i] > medians[slowest]) slowest = i;
      if (medians[i] < medians[fastest]) fastest = i;
    }
    out.printf("    each question's median from %.1f to %.1f ms; the slowest: \"%s\"%n", medians[fastest], medians[slowest],
        questions.get(slowest));
  }

  private List<Route> routes(URI serve, URI slackUrl, LocalBotFramework botFramework) {
    URI edi = serve.resolve("slack/events");
    URI messages = serve.resolve("api/messages");
    URI ask = serve.resolve("api/ask");
    String authorization = botFramework.authorization(BenchServers.APP_ID, Duration.ofHours(1));
    return List.of(
        new Route("/edi", n -> LoadBench.slashCommand(slackUrl.resolve("response"), SECRET, "T0BENCH", question(n)).to(edi)),
        new Route("/api/messages", n -> new WrkBench.Post(BenchServers.personalMessage(botFramework, question(n), "a:open-" + n),
            Map.of("Content-Type", "application/json", "Authorization", authorization)).to(messages)),
        new Route("/api/ask", n -> new WrkBench.Post(BenchServers.JSON.createObjectNode().put("question", question(n))
            .put("org", "cambridgeshire").toString(), Map.of("Content-Type", "application/json")).to(ask)));
  }

  /** Returns a dev question made new by a number, so the answer cache never holds it. */
  private String question(int n) {
    return questions.get(Math.floorMod(n, questions.size())) + " (" + n + ")";
  }

  private Map<String, String> settings(Path data, URI slackUrl, LocalBotFramework botFramework) {
    Map<String, String> settings = new HashMap<>();
    settings.put("SIGNPOST_HOST", "127.0.0.1");
    settings.put("SIGNPOST_DATA", data.toString());
    settings.put("SIGNPOST_KNOWLEDGE", String.join(File.pathSeparator, folders.stream().map(Path::toString).toList()));
    settings.put("SIGNPOST_DEFAULT_ORG", "cambridgeshire");
    settings.put("SIGNPOST_MAX_REQUESTS_PER_CLIENT", "1000");
    settings.put("SLACK_SIGNING_SECRET", SECRET);
    settings.put("SLACK_BOT_TOKEN", "xoxb-bench");
    settings.put("SLACK_API_URL", slackUrl + "api/");
    settings.put("TEAMS_ENABLED", "true");
    settings.put("MICROSOFT_APP_ID", BenchServers.APP_ID);
    settings.put("MICROSOFT_APP_PASSWORD", "bench-app-password");
    settings.put("BOT_OPENID_METADATA_URL", botFramework.openIdMetadataUrl());
    settings.put("BOT_TOKEN_URL", botFramework.tokenUrl());
    return settings;
  }
}
