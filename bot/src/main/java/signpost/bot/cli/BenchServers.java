package signpost.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import signpost.bot.teams.LocalBotFramework;

/**
 * The servers {@code bench-server} loads, each in turn on this machine with the dev questions in turn ({@link Loaded}):
 * Signpost answering signed {@code /edi} slash commands and authenticated Teams messages (tokens checked against
 * {@link LocalBotFramework}, which also takes the replies), each with and without the answer cache; Bolt alone
 * acknowledging the same slash commands and the Bot Framework SDK alone answering the same messages with a fixed
 * text, which is the most a bot on either can do here; and a bare Jetty handler, the yardstick.
 */
final class BenchServers {

  /** A server loaded, in the order they are loaded and reported. */
  enum Loaded {
    EDI_CACHED("signed /edi slash commands, answer cache on (default)"),
    EDI_UNCACHED("signed /edi slash commands, answer cache off"),
    TEAMS_CACHED("authenticated Teams messages, answer cache on"),
    TEAMS_UNCACHED("authenticated Teams messages, answer cache off"),
    BOLT("Bolt alone (the same signed /edi acknowledged with a fixed text)"),
    SDK("Bot Framework SDK alone (the same messages, its own token check each time, one fixed-text reply)"),
    BARE("bare Jetty handler");

    final String label;

    Loaded(String label) {
      this.label = label;
    }

    /** Returns how {@code --servers} names it: edi-cached, teams-uncached, bolt, sdk, bare... */
    String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One server's figures: from the Java generator, and from wrk when it is installed (else null), each with the
   * server's CPU time for each request (NaN when the system does not tell): what the server costs, whatever share of
   * the cores the generator took.
   */
  record Measured(LoadBench.Run java, double javaCpuMicros, WrkBench.Result wrk, double wrkCpuMicros) {

    double cpuMicros(boolean fromWrk) {
      return fromWrk ? wrkCpuMicros : javaCpuMicros;
    }

    double throughput(boolean fromWrk) {
      return fromWrk ? wrk.throughput() : java.throughput();
    }

    long errors(boolean fromWrk) {
      return fromWrk ? wrk.errors() : java.errors();
    }

    double p50Millis(boolean fromWrk) {
      return fromWrk ? wrk.p50Millis() : java.latencies().percentile(50) / 1e6;
    }

    double p99Millis(boolean fromWrk) {
      return fromWrk ? wrk.p99Millis() : java.latencies().percentile(99) / 1e6;
    }
  }

  static final String APP_ID = "00000000-0000-4000-8000-00000000be4c";
  private static final String SECRET = "bench-signing-secret";
  private static final String TENANT = "bench-tenant";
  static final ObjectMapper JSON = new ObjectMapper();
  /** How many chats there are for each connection: enough that two connections rarely post to one chat at once. */
  private static final int CHATS_PER_CONNECTION = 4;

  private final List<Path> folders;
  private final List<String> questions;
  private final int connections;
  private final Duration seconds;
  private final Duration warmUp;
  private final boolean wrk;

  BenchServers(List<Path> folders, List<String> questions, int connections, Duration seconds, Duration warmUp, boolean wrk) {
    this.folders = folders;
    this.questions = questions;
    this.connections = connections;
    this.seconds = seconds;
    this.warmUp = warmUp;
    this.wrk = wrk;
  }

  /**
   * Loads the servers named in turn (in the order of {@link Loaded}) and returns their figures. Each runs in a process of
   * its own, Signpost as {@code java -jar signpost.jar serve} and each yardstick as {@code bench-baseline} with the heap and
   * collector {@code serve} gives its server, so that none shares a JVM, heap or compiler with the load generator; the
   * stand-ins of Slack's and the Bot Framework's APIs run here.
   */
  Map<Loaded, Measured> measure(Set<Loaded> servers) throws Exception {
    Server bare = bareJetty();
    // The ids of the answers given go to a database of their own, never the data folder of a Signpost in use.
    Path data = Files.createTempDirectory("signpost-bench-data");
    Map<Loaded, Measured> measured = new EnumMap<>(Loaded.class);
    try (LocalBotFramework botFramework = LocalBotFramework.start()) {
      URI bareUrl = URI.create("http://127.0.0.1:" + ((ServerConnector) bare.getConnectors()[0]).getLocalPort() + "/");
      Map<String, String> slack = settings(data);
      slack.put("SLACK_SIGNING_SECRET", SECRET);
      slack.put("SLACK_BOT_TOKEN", "xoxb-bench");
      slack.put("SLACK_API_URL", bareUrl + "api/");
      Map<String, String> teams = teamsSettings(data, botFramework);
      for (Loaded server : servers.stream().sorted().toList()) {
        measured.put(server, switch (server) {
          // Each Signpost server starts on a database of its own: one left with a loaded run's records would make the
          // next run's writes slower and give its writer the earlier run's purge.
          case EDI_CACHED -> served(freshData(slack, data, server, true), "slack/events", slashCommands(bareUrl));
          case EDI_UNCACHED -> served(freshData(slack, data, server, false), "slack/events", slashCommands(bareUrl));
          case TEAMS_CACHED -> served(freshData(teams, data, server, true), "api/messages", teamsPosts(botFramework));
          case TEAMS_UNCACHED -> served(freshData(teams, data, server, false), "api/messages", teamsPosts(botFramework));
          case BOLT -> baseline("bolt", Map.of("SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", bareUrl + "api/"), "slack/events",
              slashCommands(bareUrl));
          case SDK -> baseline("sdk", teams, "api/messages", teamsPosts(botFramework));
          case BARE -> baseline("bare", Map.of(), "", null);
        });
      }
      return measured;
    } finally {
      bare.stop();
      GeneratedCorpus.delete(data);
    }
  }

  /** Measures {@code serve} in a process of its own with these settings, loading {@code path} with the posts in turn. */
  private Measured served(Map<String, String> settings, String path, List<WrkBench.Post> posts) throws Exception {
    try (ServedProcess serve = ServedProcess.start(List.of(), settings)) {
      return measure(serve, serve.url().resolve(path), posts);
    }
  }

  /** Measures one yardstick ({@link BaselineCommand}) in a process of its own, with the posts in turn or plain GETs. */
  private Measured baseline(String kind, Map<String, String> settings, String path, List<WrkBench.Post> posts) throws Exception {
    try (ServedProcess baseline = ServedProcess.baseline(kind, settings)) {
      return measure(baseline, baseline.url().resolve(path), posts);
    }
  }

  private Map<String, String> settings(Path data) {
    Map<String, String> settings = new HashMap<>();
    settings.put("SIGNPOST_HOST", "127.0.0.1");
    settings.put("SIGNPOST_PORT", "0");
    // One cache for the bench's servers, so the documents are parsed and the rules compiled once, not per server.
    settings.put("SIGNPOST_CACHE", data.resolve("cache").toString());
    settings.put("SIGNPOST_DATA", data.resolve("data").toString());
    settings.put("SIGNPOST_KNOWLEDGE", String.join(File.pathSeparator, folders.stream().map(Path::toString).toList()));
    settings.put("SIGNPOST_DEFAULT_ORG", "cambridgeshire");
    settings.put("TEAMS_ENABLED", "false");
    // Every connection comes from this one address: the per-client bound would refuse the load it measures.
    settings.put("SIGNPOST_MAX_REQUESTS_PER_CLIENT", Integer.toString(Math.max(20, 2 * connections)));
    return settings;
  }

  /** Returns a copy of the settings with a data folder of the server's own, and the answer cache on or off. */
  private static Map<String, String> freshData(Map<String, String> settings, Path data, Loaded server, boolean cache) {
    Map<String, String> own = new HashMap<>(settings);
    own.put("SIGNPOST_DATA", data.resolve("data-" + server.name().toLowerCase(java.util.Locale.ROOT)).toString());
    if (!cache) own.put("SIGNPOST_ANSWER_CACHE", "0");
    return own;
  }

  private Map<String, String> teamsSettings(Path data, LocalBotFramework botFramework) {
    Map<String, String> teams = settings(data);
    teams.put("TEAMS_ENABLED", "true");
    teams.put("MICROSOFT_APP_ID", APP_ID);
    teams.put("MICROSOFT_APP_PASSWORD", "bench-app-password");
    teams.put("BOT_OPENID_METADATA_URL", botFramework.openIdMetadataUrl());
    teams.put("BOT_TOKEN_URL", botFramework.tokenUrl());
    return teams;
  }

  /**
   * Returns the dev questions as personal messages with one token, each question in chats of its own, and
   * {@link #CHATS_PER_CONNECTION} chats for each connection. The messages of one chat are answered one after another,
   * as they must be; many people ask at once, and a person waits for an answer before asking again, so with as many
   * chats as connections two connections would often post to one chat at once and measure that wait instead. A
   * question never arrives in a chat where an earlier question about a proposal left a screening open, which would
   * read it as an answer to the screening (the proposals themselves go on with their screenings).
   */
  private List<WrkBench.Post> teamsPosts(LocalBotFramework botFramework) {
    int chatsPerQuestion = Math.max(2, (CHATS_PER_CONNECTION * connections + questions.size() - 1) / questions.size());
    String authorization = botFramework.authorization(APP_ID, Duration.ofHours(1));
    Map<String, String> headers = Map.of("Content-Type", "application/json", "Authorization", authorization);
    List<WrkBench.Post> posts = new ArrayList<>();
    for (int chat = 0; chat < chatsPerQuestion; chat++) {
      for (int q = 0; q < questions.size(); q++) {
        posts.add(new WrkBench.Post(personalMessage(botFramework, questions.get(q), "a:bench-chat-" + q + "-" + chat), headers));
      }
    }
    return posts;
  }

  private List<WrkBench.Post> slashCommands(URI bareUrl) {
    return questions.stream().map(q -> LoadBench.slashCommand(bareUrl.resolve("response"), SECRET, "T0BENCH", q)).toList();
  }

  /** Returns a personal chat message as Teams posts it to the bot, on one line (wrk's script keeps it verbatim). */
  static String personalMessage(LocalBotFramework botFramework, String text, String conversation) {
    ObjectNode activity = JSON.createObjectNode().put("type", "message").put("id", "1763633702351").put("channelId", "msteams")
        .put("serviceUrl", botFramework.serviceUrl()).put("text", text).put("textFormat", "plain").put("locale", "en-GB");
    activity.putObject("from").put("id", "29:bench-user").put("name", "Bench User").put("aadObjectId", "bench-aad-object");
    activity.putObject("conversation").put("conversationType", "personal").put("tenantId", TENANT).put("id", conversation);
    activity.putObject("recipient").put("id", "28:" + APP_ID).put("name", "Signpost");
    activity.putObject("channelData").putObject("tenant").put("id", TENANT);
    return activity.toString();
  }

  /** Loads {@code url} after a warm-up: with the posts in turn, or with plain GETs when there are none. */
  private Measured measure(ServedProcess server, URI url, List<WrkBench.Post> posts) throws Exception {
    IntFunction<HttpRequest> request = posts == null ? n -> HttpRequest.newBuilder(url).build()
        : n -> posts.get(n % posts.size()).to(url);
    LoadBench.run(connections, warmUp, request);
    Duration before = server.cpu();
    LoadBench.Run java = LoadBench.run(connections, seconds, request);
    Duration between = server.cpu();
    double javaCpu = microsEach(between.minus(before), java.throughput());
    if (!wrk) return new Measured(java, javaCpu, null, Double.NaN);
    WrkBench.Result result = posts == null ? WrkBench.plain(url, connections, seconds) : WrkBench.posts(url, posts, connections, seconds);
    return new Measured(java, javaCpu, result, microsEach(server.cpu().minus(between), result.throughput()));
  }

  /** Returns the CPU time used in a run of {@link #seconds} at this many requests a second, in microseconds a request. */
  private double microsEach(Duration cpu, double perSecond) {
    return cpu.isZero() || perSecond <= 0 ? Double.NaN : cpu.toNanos() / 1e3 / (perSecond * seconds.toSeconds());
  }

  /** A Jetty server whose one handler answers {@code {"ok":true}} at once: the yardstick, and Slack's Web API stand-in. */
  static Server bareJetty() throws Exception {
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
