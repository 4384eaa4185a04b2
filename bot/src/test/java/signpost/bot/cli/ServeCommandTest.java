package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.LogFormat;
import signpost.bot.config.ObservabilitySettings;
import signpost.bot.config.TeamsMode;
import signpost.bot.logging.Logs;
import signpost.bot.logging.RequestId;
import signpost.bot.server.ApiClient;
import signpost.bot.server.CapturedLog;
import signpost.bot.server.TestServers;

/**
 * {@code serve} says on its console whether Teams is on (loudly when nothing is authenticated) and where metrics are,
 * and logs in the format its configuration names.
 */
class ServeCommandTest {

  private static final Pattern READY = Pattern.compile("Signpost is ready at (\\S+)");

  @Test
  void the_teams_line_says_where_teams_is_served_and_whether_it_is_authenticated() {
    String url = "http://127.0.0.1:3978/api/messages";

    assertEquals("on at " + url, ServeCommand.teamsLine(TeamsMode.AUTHENTICATED, url));
    assertEquals("LOCAL DEVELOPMENT MODE, no authentication, at " + url + " (for the Agents Playground or the Bot Framework "
        + "Emulator on this machine; set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for Teams)",
        ServeCommand.teamsLine(TeamsMode.LOCAL_DEVELOPMENT, url));
    assertEquals("off", ServeCommand.teamsLine(TeamsMode.OFF, url));
  }

  @Test
  void the_metrics_line_says_where_metrics_are_served_and_whether_they_need_the_token() {
    URI server = URI.create("http://127.0.0.1:3978/");
    URI own = URI.create("http://127.0.0.1:9464/metrics");
    String token = "0123456789abcdef0123";

    assertEquals("off (set SIGNPOST_METRICS_PORT for a listener of its own, or SIGNPOST_METRICS_TOKEN)",
        ServeCommand.metricsLine(ObservabilitySettings.DEFAULT, null, server));
    assertEquals("http://127.0.0.1:9464/metrics",
        ServeCommand.metricsLine(new ObservabilitySettings("127.0.0.1", 9464, null, LogFormat.TEXT), own, server));
    assertEquals("http://127.0.0.1:3978/metrics, with the bearer token SIGNPOST_METRICS_TOKEN",
        ServeCommand.metricsLine(new ObservabilitySettings("127.0.0.1", null, token, LogFormat.TEXT), null, server));
  }

  @Test
  void with_the_json_log_format_set_serve_logs_json_lines_carrying_each_requests_id(@TempDir Path folder) throws Exception {
    Path knowledge = Files.createDirectories(folder.resolve("knowledge"));
    Files.writeString(knowledge.resolve("plan.md"), "# Equality plan\n\n## Aims\n\nThe council publishes equality objectives "
        + "every four years.\n");
    Path settings = folder.resolve("signpost.env");
    Files.writeString(settings, String.join("\n", "SIGNPOST_LOG_FORMAT=json", "SIGNPOST_PORT=0", "SIGNPOST_CACHE=none",
        "SIGNPOST_KNOWLEDGE=" + knowledge, "SIGNPOST_DATA=" + TestServers.dataFolder()));
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

    List<String> lines;
    try (CapturedLog captured = new CapturedLog()) {
      Thread serve = new Thread(() -> Main.run(new String[] {"serve", "--config", settings.toString()}, InputStream.nullInputStream(),
          out, out), "serve-under-test");
      serve.start();
      ApiClient api = new ApiClient(ready(console));
      JsonNode answer = api.ask("When are the equality objectives published, quokka-marker?", null);
      assertEquals(204, api.post("api/feedback", "{\"id\": \"" + answer.get("id").asText() + "\", \"helpful\": true}",
          RequestId.HEADER, "serve-json-1").statusCode());
      serve.interrupt();
      serve.join(30_000);
      lines = captured.text().lines().toList();
    } finally {
      Logs.use(LogFormat.TEXT);
    }

    assertFalse(lines.isEmpty());
    for (String line : lines) assertTrue(line.startsWith("{") && line.endsWith("}"), "not a JSON line: " + line);
    JsonNode rating = lines.stream().map(ServeCommandTest::json).filter(l -> l.get("message").asText().startsWith("Feedback on"))
        .findFirst().orElseThrow(() -> new AssertionError(lines.toString()));
    assertEquals("serve-json-1", rating.get(RequestId.KEY).asText());
    assertTrue(lines.stream().noneMatch(line -> line.contains("quokka")), lines.toString());
  }

  private static URI ready(ByteArrayOutputStream console) throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      Matcher ready = READY.matcher(console.toString(StandardCharsets.UTF_8));
      if (ready.find()) return URI.create(ready.group(1));
      Thread.sleep(50);
    }
    throw new AssertionError("serve did not say it was ready: " + console.toString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(String line) {
    try {
      return ApiClient.JSON.readTree(line);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
