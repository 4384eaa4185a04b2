package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import signpost.bot.slack.BoltBaseline;

/** bench-server's yardsticks run as processes of their own and answer what the closed loop sends them. */
class BaselineCommandTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void bolt_alone_in_a_process_of_its_own_acknowledges_a_signed_slash_command_and_refuses_a_forged_one() throws Exception {
    Server slackApi = BenchServers.bareJetty();
    try {
      URI api = URI.create("http://127.0.0.1:" + ((ServerConnector) slackApi.getConnectors()[0]).getLocalPort() + "/");
      try (ServedProcess bolt = ServedProcess.baseline("bolt", Map.of("SLACK_SIGNING_SECRET", "baseline-secret", "SLACK_API_URL",
          api + "api/"))) {
        URI events = bolt.url().resolve("slack/events");

        HttpResponse<String> signed = HTTP.send(LoadBench.slashCommand(api.resolve("response"), "baseline-secret", "T0BENCH",
            "What is the PSED?").to(events), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> forged = HTTP.send(LoadBench.slashCommand(api.resolve("response"), "another-secret", "T0BENCH",
            "What is the PSED?").to(events), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, signed.statusCode(), signed.body());
        assertTrue(signed.body().contains(BoltBaseline.TEXT), signed.body());
        assertEquals(401, forged.statusCode());
      }
    } finally {
      slackApi.stop();
    }
  }

  @Test
  void the_bare_handler_in_a_process_of_its_own_answers_ok() throws Exception {
    try (ServedProcess bare = ServedProcess.baseline("bare", Map.of())) {
      HttpResponse<String> answer = HTTP.send(java.net.http.HttpRequest.newBuilder(bare.url()).build(), HttpResponse.BodyHandlers.ofString());

      assertEquals(200, answer.statusCode());
      assertTrue(answer.body().startsWith("{\"ok\":true"), answer.body());
    }
  }

  @Test
  void a_baseline_that_does_not_exist_is_refused_with_those_that_do() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = Main.run(new String[] {"bench-baseline", "express"}, new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("bench-baseline takes one of [bolt, sdk, bare]"), err.toString(StandardCharsets.UTF_8));
  }
}
