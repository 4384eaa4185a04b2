package signpost.bot.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.server.ApiClient;
import signpost.bot.server.Assistant;
import signpost.bot.server.ServerException;
import signpost.bot.server.SignpostServer;
import signpost.bot.server.TestServers;

/**
 * Where {@code /metrics} is served on a real server: nowhere by default; on a listener of its own that serves nothing
 * else with {@code SIGNPOST_METRICS_PORT}; on the public listener only behind {@code SIGNPOST_METRICS_TOKEN}.
 */
class MetricsServletTest {

  private static final String TOKEN = "scrape-me-0123456789abcdef";

  @TempDir
  Path knowledge;

  /** Runs {@code test} against a real server with {@code settings}, then stops it. */
  private void with(Map<String, String> settings, ServerTest test) throws Exception {
    try (Assistant assistant = Assistant.start(TestServers.small(knowledge, settings));
         SignpostServer server = SignpostServer.start(assistant, List.of())) {
      test.run(server, new ApiClient(server.url()));
    }
  }

  private interface ServerTest {
    void run(SignpostServer server, ApiClient publicPort) throws Exception;
  }

  @Test
  void by_default_metrics_are_served_nowhere_and_are_404_on_the_public_port() throws Exception {
    with(Map.of(), (server, publicPort) -> {
      HttpResponse<byte[]> response = publicPort.get("metrics");

      assertEquals(404, response.statusCode());
      assertTrue(!ApiClient.text(response).contains("jvm_"), ApiClient.text(response));
      assertNull(server.metricsUrl());
    });
  }

  @Test
  void the_metrics_port_serves_prometheus_text_and_nothing_else_while_the_public_port_does_not_serve_metrics() throws Exception {
    with(Map.of("SIGNPOST_METRICS_PORT", "0"), (server, publicPort) -> {
      ApiClient metricsPort = new ApiClient(server.metricsUrl().resolve("/"));
      assertEquals(InetAddress.getLoopbackAddress().getHostAddress(), server.metricsUrl().getHost());

      HttpResponse<byte[]> scrape = metricsPort.get("metrics");

      assertEquals(200, scrape.statusCode());
      assertEquals(MetricsServlet.CONTENT_TYPE, scrape.headers().firstValue("Content-Type").orElse(""));
      assertTrue(Scrape.of(ApiClient.text(scrape)).has("jvm_memory_used_bytes"), ApiClient.text(scrape));
      assertEquals(404, metricsPort.get("").statusCode());
      assertEquals(404, metricsPort.get("healthz").statusCode());
      assertEquals(404, metricsPort.post("api/ask", "{\"question\": \"What is an EqIA?\"}").statusCode());
      assertEquals(404, publicPort.get("metrics").statusCode());
      assertEquals(200, publicPort.get("healthz").statusCode());
    });
  }

  @Test
  void with_a_token_the_public_port_serves_metrics_only_to_a_bearer_of_that_token() throws Exception {
    with(Map.of("SIGNPOST_METRICS_TOKEN", TOKEN), (server, publicPort) -> {
      HttpResponse<byte[]> none = publicPort.get("metrics");
      HttpResponse<byte[]> wrong = publicPort.get("metrics", "Authorization", "Bearer " + TOKEN.replace('0', '1'));
      HttpResponse<byte[]> basic = publicPort.get("metrics", "Authorization", "Basic " + TOKEN);
      HttpResponse<byte[]> right = publicPort.get("metrics", "Authorization", "Bearer " + TOKEN);

      for (HttpResponse<byte[]> refused : List.of(none, wrong, basic)) {
        assertEquals(401, refused.statusCode());
        assertEquals("Bearer realm=\"signpost-metrics\"", refused.headers().firstValue("WWW-Authenticate").orElse(""));
        assertTrue(!ApiClient.text(refused).contains(TOKEN) && !ApiClient.text(refused).contains("jvm_"), ApiClient.text(refused));
      }
      assertEquals(200, right.statusCode());
      assertTrue(Scrape.of(ApiClient.text(right)).has("jetty_threads_busy"), ApiClient.text(right));
      assertNull(server.metricsUrl());
    });
  }

  @Test
  void with_a_token_and_a_port_the_metrics_port_asks_for_the_token_too() throws Exception {
    with(Map.of("SIGNPOST_METRICS_TOKEN", TOKEN, "SIGNPOST_METRICS_PORT", "0"), (server, publicPort) -> {
      ApiClient metricsPort = new ApiClient(server.metricsUrl().resolve("/"));

      assertEquals(401, metricsPort.get("metrics").statusCode());
      assertEquals(200, metricsPort.get("metrics", "Authorization", "Bearer " + TOKEN).statusCode());
    });
  }

  @Test
  void a_metrics_port_already_in_use_stops_start_up_naming_the_setting() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
         Assistant assistant = Assistant.start(TestServers.small(knowledge,
             Map.of("SIGNPOST_METRICS_PORT", String.valueOf(taken.getLocalPort()))))) {
      ServerException e = assertThrows(ServerException.class, () -> SignpostServer.start(assistant, List.of()));

      assertEquals("the metrics port " + taken.getLocalPort() + " on 127.0.0.1 is already in use; choose another with "
          + "SIGNPOST_METRICS_PORT or SIGNPOST_METRICS_HOST", e.getMessage());
    }
  }
}
