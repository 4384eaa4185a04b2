package signpost.bot.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.StoreSettings;
import signpost.bot.store.TestPostgres;

/**
 * Runs the container's start command, read from {@code deploy/container/Dockerfile}, from the built jar against a real
 * PostgreSQL, with the root filesystem read-only apart from the image's volumes (bubblewrap stands in for the container
 * runtime). Only what a container runtime would also change differs: the image's paths are mapped to folders here,
 * {@code java} is this JDK's, and the server listens on a free loopback port.
 */
@ExtendWith(TestPostgres.class)
class ContainerStartIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration START = Duration.ofMinutes(3);

  @TempDir Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void the_image_start_command_serves_from_postgresql_writing_only_to_its_volumes() throws Exception {
    Dockerfile image = Dockerfile.read(Repository.file("deploy/container/Dockerfile"));
    Map<String, Path> mounts = mounts(image);
    StoreSettings database = TestPostgres.newDatabase(mounts.get(image.env().get("SIGNPOST_DATA")));
    int port = freePort();
    Map<String, String> env = new LinkedHashMap<>();
    image.env().forEach((key, value) -> env.put(key, mapped(value, mounts)));
    env.putAll(Map.of("SIGNPOST_HOST", "127.0.0.1", "SIGNPOST_PORT", String.valueOf(port), "SIGNPOST_DB_URL", database.url(),
        "SIGNPOST_DB_USER", database.user(), "SIGNPOST_DB_PASSWORD", database.password()));

    Path log = dir.resolve("serve.log");
    Process serve = start(readOnlyExcept(image, mounts), env, log);
    try {
      awaitReady(serve, port, log);
      JsonNode answer = ask(port, "When does the carers staff network meet?");
      assertTrue(answer.path("answered").asBoolean(), answer.toString());
      assertEquals("carers-network.md", answer.at("/sources/0/document").asText(), answer.toString());
      assertTrue(answer.path("text").asText().contains("first Tuesday of every month"), answer.toString());
      assertEquals(204, post(port, "/api/feedback", JSON.createObjectNode().put("id", answer.path("id").asText())
          .put("helpful", true).toString()).statusCode(), "a rating is kept in PostgreSQL");
      assertEquals(0, healthCheck(image, env), "the image's HEALTHCHECK passes");
    } finally {
      stop(serve);
    }
    String out = Files.readString(log);
    assertTrue(out.contains("Data: PostgreSQL at " + database.url()), out);
    Path cache = Path.of(env.get("SIGNPOST_CACHE"));
    try (Stream<Path> rules = Files.exists(cache.resolve("rules")) ? Files.walk(cache.resolve("rules")) : Stream.empty()) {
      assertTrue(rules.noneMatch(p -> p.getFileName().toString().endsWith(".bin")),
          "the built-in rules come compiled in the jar, not compiled again into the cache");
    }
    try (Stream<Path> entries = Files.list(cache)) {
      assertTrue(entries.anyMatch(p -> p.getFileName().toString().equals("index")), "the knowledge index is cached");
    }
  }

  /** Returns a folder here for each of the image's volumes, its knowledge folder and its jar. */
  private Map<String, Path> mounts(Dockerfile image) throws IOException {
    Map<String, Path> mounts = new LinkedHashMap<>();
    for (String volume : image.volumes()) mounts.put(volume, Files.createDirectories(dir.resolve("volume" + mounts.size())));
    Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
    Files.writeString(knowledge.resolve("carers-network.md"), """
        # Carers staff network

        The Carers Network is the staff network for employees who look after a relative or friend. It meets on the
        first Tuesday of every month in the Shire Hall canteen. New members are welcome at any meeting.
        """);
    mounts.put(image.env().get("SIGNPOST_KNOWLEDGE"), knowledge);
    List<String> command = image.entrypoint();
    mounts.put(command.get(command.indexOf("-jar") + 1), builtJar());
    return mounts;
  }

  /** Returns bubblewrap's command running the image's command on a read-only view of this machine plus the volumes. */
  private static List<String> readOnlyExcept(Dockerfile image, Map<String, Path> mounts) {
    List<String> command = new ArrayList<>(List.of("bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
        "--die-with-parent"));
    for (String volume : image.volumes()) command.addAll(List.of("--bind", mounts.get(volume).toString(), mounts.get(volume).toString()));
    command.add("--");
    List<String> inside = image.command();
    assertEquals("java", inside.get(0), "the image starts java from its PATH");
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : inside.subList(1, inside.size())) command.add(mapped(arg, mounts));
    return command;
  }

  /** Returns {@code value} with each image path in it (whole, or after {@code =}) replaced by the folder here. */
  private static String mapped(String value, Map<String, Path> mounts) {
    for (Map.Entry<String, Path> mount : mounts.entrySet()) {
      value = value.replaceAll("(?<=^|=)" + Pattern.quote(mount.getKey()) + "(?=/|$)", Matcher.quoteReplacement(mount.getValue().toString()));
    }
    return value;
  }

  private static Process start(List<String> command, Map<String, String> env, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // A container starts with the image's environment only; PATH lets bwrap be found.
    String path = System.getenv("PATH");
    builder.environment().clear();
    builder.environment().put("PATH", path);
    builder.environment().putAll(env);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("bubblewrap (bwrap) runs the image's command on a read-only root filesystem; install it "
          + "(Debian: apt-get install bubblewrap): " + e.getMessage(), e);
    }
  }

  private static void awaitReady(Process serve, int port, Path log) throws Exception {
    long end = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < end) {
      if (!serve.isAlive()) throw new AssertionError("serve ended with " + serve.exitValue() + ":\n" + Files.readString(log));
      try {
        if (get(port, "/readyz").statusCode() == 200) return;
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(250);
    }
    throw new AssertionError("serve was not ready in " + START + ":\n" + Files.readString(log));
  }

  private static int healthCheck(Dockerfile image, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", image.healthCheck()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process check = builder.start();
    String out = new String(check.getInputStream().readAllBytes());
    assertTrue(check.waitFor(30, TimeUnit.SECONDS), "the health check did not finish");
    assertTrue(out.isEmpty(), out);
    return check.exitValue();
  }

  /** Sends SIGTERM to the server (bubblewrap's child) and waits for both to end. */
  private static void stop(Process serve) throws InterruptedException {
    serve.children().forEach(ProcessHandle::destroy);
    if (!serve.waitFor(60, TimeUnit.SECONDS)) {
      serve.destroyForcibly();
      throw new AssertionError("serve did not stop within 60 s of SIGTERM");
    }
  }

  private static JsonNode ask(int port, String question) throws Exception {
    HttpResponse<String> response = post(port, "/api/ask", JSON.createObjectNode().put("question", question).toString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> post(int port, String path, String json) throws Exception {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Path builtJar() {
    String jar = System.getProperty("signpost.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("the built jar is missing (" + jar + "): run this test with mvn verify, after package");
    }
    return Path.of(jar);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
