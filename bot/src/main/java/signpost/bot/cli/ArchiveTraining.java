package signpost.bot.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import signpost.bot.config.Config;
import signpost.bot.logging.Logs;
import signpost.bot.server.Assistant;
import signpost.bot.server.SignpostServer;

/**
 * Run by Maven once the jar is built, twice. First, {@code --fill}, in a plain JVM: starts Signpost as {@code serve}
 * does, on the knowledge folders given that exist and a database and cache of its own made afresh, so that the documents
 * are parsed into the cache. Then in a JVM that writes {@code serve}'s class archive when it exits
 * ({@code -XX:ArchiveClassesAtExit}, see {@link QuickStart#builtArchive}): starts again from that cache, asks a few
 * questions over HTTP, and stops. The archive so holds the classes a start from the cache and its first answers load,
 * not the document parsers' (PDF, Word, web pages: about a third of it), which only a start on an empty cache or a
 * changed document loads: the JVM relocates every page of an archive it maps, so each archived class costs resident
 * memory for as long as the server runs, used or not.
 *
 * <p>{@code ArchiveTraining [--fill] FOLDER [KNOWLEDGE_FOLDER]...}: FOLDER holds its database and cache.
 */
final class ArchiveTraining {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final List<String> QUESTIONS = List.of(
      "What is the Public Sector Equality Duty?",
      "Do I need an EqIA for cutting day-centre hours?",
      "Who are the EDI contacts?");

  private ArchiveTraining() {}

  public static void main(String[] args) throws Exception {
    Logs.quiet(org.slf4j.Logger.ROOT_LOGGER_NAME); // a build prints what it builds, not a server's start-up
    boolean fill = args.length > 0 && args[0].equals("--fill");
    int first = fill ? 1 : 0;
    Path data = Path.of(args[first]);
    if (fill) {
      // Fresh each build: a database an earlier build's migrations made may not validate against this build's.
      if (Files.exists(data)) GeneratedCorpus.delete(data);
      Files.createDirectories(data);
    }
    List<Path> knowledge = new ArrayList<>();
    for (int i = first + 1; i < args.length; i++) if (Files.isDirectory(Path.of(args[i]))) knowledge.add(Path.of(args[i]));
    // Its own settings only: a SIGNPOST_DATABASE_URL of the person building must never be migrated by a build.
    Config config = Config.load(Map.of("SIGNPOST_DATA", data.toString()), null).withPort(0)
        .withCache(data.resolve("cache"));
    if (!knowledge.isEmpty()) config = config.withKnowledge(knowledge);
    try (Assistant assistant = Assistant.start(config, true);
         SignpostServer server = SignpostServer.start(assistant, List.of())) {
      assistant.database();
      if (!fill) ask(server.url(), assistant.knowledge().organisations().keySet().stream().sorted().findFirst().orElse(null));
    }
    // The archive is written as the JVM exits; threads the stopped server left must not hold it.
    System.exit(0);
  }

  private static void ask(URI base, String org) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
    send(http, HttpRequest.newBuilder(base).GET());
    send(http, HttpRequest.newBuilder(base.resolve("readyz")).GET());
    for (String question : QUESTIONS) {
      String body = BenchServers.JSON.createObjectNode().put("question", question).put("org", org).toString();
      send(http, HttpRequest.newBuilder(base.resolve("api/ask")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
  }

  private static void send(HttpClient http, HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response = http.send(request.timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
  }
}
