package signpost.bot.cli;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import signpost.bot.config.Config;
import signpost.bot.config.ObservabilitySettings;
import signpost.bot.config.TeamsMode;
import signpost.bot.server.Assistant;
import signpost.bot.server.Mount;
import signpost.bot.server.SignpostServer;
import signpost.bot.slack.SlackChannel;
import signpost.bot.teams.TeamsChannel;
import signpost.bot.teams.TeamsConnection;

/**
 * {@code serve [--port N] [--knowledge DIR]... [--rules DIR] [--config FILE]}: loads the knowledge and rules and opens
 * the database, then serves the web chat, the answer API and the channels that are switched on, until stopped (SIGTERM
 * lets in-flight requests finish). The knowledge and rules folders are watched: a change is loaded without a restart.
 */
final class ServeCommand {

  static final String USAGE = "usage: signpost serve [--port N] [--knowledge DIR]... [--rules DIR] [--cache DIR|none] [--config FILE]";

  private ServeCommand() {}

  static int run(List<String> argv, Console console) throws InterruptedException {
    Args args = Args.parse(argv, Setup.options("--port"), Set.of());
    if (!args.positional().isEmpty()) throw new UsageException("serve takes no arguments: " + args.positional());
    long start = System.nanoTime();
    Config config = config(args);
    Clock clock = Clock.systemUTC();
    // The Bot Framework side needs only the configuration and the clock: it is made while the knowledge and rules load.
    CompletableFuture<TeamsConnection> teams = config.teamsMode() == TeamsMode.OFF ? null
        : CompletableFuture.supplyAsync(() -> TeamsConnection.open(config, clock));
    // So is Jetty's listener, on a thread of its own (the common pool has one thread on two cores).
    CompletableFuture<SignpostServer.Listener> listener = CompletableFuture.supplyAsync(() -> SignpostServer.Listener.of(config),
        task -> new Thread(task, "signpost-listener").start());
    try (Assistant assistant = withDatabase(Assistant.start(config, true, clock));
         SlackChannel slack = config.slack().enabled() ? SlackChannel.start(assistant.config(), assistant) : null;
         SignpostServer server = SignpostServer.start(assistant, mounts(slack, teams(assistant.config(), assistant, teams)),
             listener.join())) {
      console.out().printf("Signpost is ready at %s (%d documents, %d organisations, %d rules) in %d ms%n",
          server.url(), assistant.knowledge().report().documents().size(), assistant.knowledge().organisations().size(),
          assistant.rules().ruleNames().size(), (System.nanoTime() - start) / 1_000_000);
      console.out().println("Slack: " + (config.slack().enabled()
          ? (config.slack().socketMode() ? "on (Socket Mode)" : "on at " + server.url().resolve("slack/events")) : "off"));
      console.out().println("Teams: " + teamsLine(config.teamsMode(), server.url().resolve("api/messages").toString()));
      console.out().println("Web chat APIs answer to: " + String.join(", ", config.edge().allowedHosts(config.host()))
          + (config.edge().publicHosts().isEmpty() ? " (set SIGNPOST_PUBLIC_HOSTS to the names people reach Signpost by)" : ""));
      console.out().println("Metrics: " + metricsLine(config.observability(), server.metricsUrl(), server.url()));
      console.out().println("Data: " + assistant.database().describe());
      Setup.reportSkipped(assistant.knowledge().report(), console);
      // On SIGTERM the JVM halts once its shutdown hooks end: Slack's acknowledged questions are answered in one.
      Thread drain = slack == null ? null : new Thread(slack::close, "signpost-slack-drain");
      if (drain != null) Runtime.getRuntime().addShutdownHook(drain);
      server.join();
    }
    return 0;
  }

  /**
   * Returns the assistant with its database open, so that a database that cannot be reached stops start-up, what is
   * past its retention purged daily, and its knowledge folders watched.
   */
  private static Assistant withDatabase(Assistant assistant) {
    try {
      assistant.database();
      return assistant.purgeDaily().watchKnowledge();
    } catch (RuntimeException e) {
      assistant.close();
      throw e;
    }
  }

  static Config config(Args args) {
    Config config = Setup.config(args);
    return args.value("--port") == null ? config : config.withPort(port(args.value("--port")));
  }

  /**
   * Returns the channels' servlets that the configuration switches on: Slack's {@code /slack/events} over HTTP
   * (in Socket Mode the Slack channel has already connected out and mounts nothing) and Teams' {@code /api/messages}.
   *
   * @param slack the started Slack channel, or null when Slack is off
   * @param teams the Teams channel, or null when Teams is off
   */
  static List<Mount> mounts(SlackChannel slack, TeamsChannel teams) {
    List<Mount> mounts = new ArrayList<>();
    if (slack != null) mounts.addAll(slack.mounts());
    if (teams != null) mounts.addAll(teams.mounts());
    return mounts;
  }

  private static TeamsChannel teams(Config config, Assistant assistant, CompletableFuture<TeamsConnection> connection) {
    if (connection == null) return null;
    try {
      return TeamsChannel.start(config, assistant, connection.join());
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** Returns the console line saying whether Teams is on, loudly when it is on without authentication. */
  static String teamsLine(TeamsMode mode, String url) {
    return switch (mode) {
      case AUTHENTICATED -> "on at " + url;
      case LOCAL_DEVELOPMENT -> "LOCAL DEVELOPMENT MODE, no authentication, at " + url + " (for the Agents Playground or the "
          + "Bot Framework Emulator on this machine; set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for Teams)";
      case OFF -> "off";
    };
  }

  /** Returns the console line saying where {@code /metrics} is served, if anywhere, and whether it needs the token. */
  static String metricsLine(ObservabilitySettings observe, URI own, URI server) {
    List<String> places = new ArrayList<>();
    if (own != null) places.add(own.toString());
    if (observe.metricsPublic()) places.add(server.resolve(SignpostServer.METRICS_PATH.substring(1)).toString());
    if (places.isEmpty()) return "off (set SIGNPOST_METRICS_PORT for a listener of its own, or SIGNPOST_METRICS_TOKEN)";
    return String.join(" and ", places) + (observe.metricsToken() == null ? "" : ", with the bearer token SIGNPOST_METRICS_TOKEN");
  }

  private static int port(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new UsageException("--port must be a number: " + text);
    }
  }
}
