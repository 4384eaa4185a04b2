package signpost.bot.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import signpost.bot.server.ApiClient;
import signpost.bot.server.Assistant;
import signpost.bot.server.SignpostServer;
import signpost.bot.server.TestServers;

/**
 * What {@code /metrics} shows after a few questions through a real server over the shared corpus: answers by channel
 * and intent, refusals, EqIA verdicts, screenings, ratings, the answer cache, latency by route, Jetty's threads, the
 * database pool and the JVM, every label from a small fixed set.
 */
class MetersTest {

  private static Assistant assistant;
  private static SignpostServer server;
  private static ApiClient api;
  private static ApiClient metrics;

  @BeforeAll
  static void start() {
    assistant = Assistant.start(TestServers.config(Map.of("SIGNPOST_DEFAULT_ORG", "derbyshire", "SIGNPOST_METRICS_PORT", "0")));
    server = SignpostServer.start(assistant, List.of());
    api = new ApiClient(server.url());
    metrics = new ApiClient(server.metricsUrl().resolve("/"));
  }

  @AfterAll
  static void stop() {
    server.close();
    assistant.close();
  }

  private static Scrape scrape() {
    return Scrape.of(ApiClient.text(metrics.get("metrics")));
  }

  private static double delta(Scrape before, Scrape after, String name, Map<String, String> labels) {
    return after.value(name, labels) - before.value(name, labels);
  }

  @Test
  void answers_are_counted_by_channel_and_intent_and_a_refusal_by_reason() {
    String cookie = api.session();
    Scrape before = scrape();

    JsonNode duty = api.ask("What does the public sector equality duty mean?", null, "Cookie", cookie);
    api.ask("What does the public sector equality duty mean?", null, "Cookie", cookie);
    JsonNode refused = api.ask("Write me a poem about cats", null);

    Scrape after = scrape();
    String intent = duty.get("intent").asText();
    assertEquals(2, delta(before, after, "signpost_answers_total", Map.of("channel", "web", "intent", intent)));
    assertEquals(1, delta(before, after, "signpost_answers_total", Map.of("channel", "api", "intent", refused.get("intent").asText())));
    assertFalse(refused.get("answered").asBoolean());
    assertEquals(1, delta(before, after, "signpost_refusals_total", Map.of("channel", "api", "reason", "no_answer")));
    assertEquals(0, delta(before, after, "signpost_refusals_total", Map.of("channel", "web")));
    // The repeated question was answered from the cache.
    assertEquals(1, delta(before, after, "signpost_answer_cache_gets_total", Map.of("result", "hit")));
    assertEquals(2, delta(before, after, "signpost_answer_cache_gets_total", Map.of("result", "miss")));
    assertTrue(after.value("signpost_answer_cache_size", Map.of()) >= 2, "cache size");
  }

  @Test
  void a_screening_is_counted_when_it_starts_completes_or_is_abandoned_and_each_verdict_by_its_kind() {
    Scrape before = scrape();

    JsonNode opened = api.ask("Do we need an EqIA? We're closing the Thursday lunch club at Ripley library.", null);
    String conversation = opened.get("conversation").asText();
    JsonNode last = null;
    for (String reply : List.of("About 30 regulars, mostly older people, several with dementia who rely on it.",
        "Attendance registers only.", "We haven't spoken to them yet.",
        "We'd help them move to the Wednesday club at the community centre.", "The Head of Libraries decides in March.",
        "We'll review it after six months.")) {
      last = api.ask(reply, conversation);
    }
    JsonNode dropped = api.ask("We're cutting the opening hours of the records office.", null);
    api.ask("never mind, it's been decided elsewhere", dropped.get("conversation").asText());

    Scrape after = scrape();
    assertEquals("complete", last.path("screening").path("status").asText(), last.toString());
    assertEquals(2, delta(before, after, "signpost_screenings_total", Map.of("event", "started")));
    assertEquals(1, delta(before, after, "signpost_screenings_total", Map.of("event", "completed")));
    assertEquals(1, delta(before, after, "signpost_screenings_total", Map.of("event", "abandoned")));
    String verdict = opened.path("eqia").path("verdict").asText();
    assertFalse(verdict.isEmpty(), opened.toString());
    assertTrue(delta(before, after, "signpost_eqia_verdicts_total", Map.of("verdict", verdict)) >= 1);
    Set<String> verdicts = after.matching("signpost_eqia_verdicts_total", Map.of()).stream()
        .map(s -> s.labels().get("verdict")).collect(Collectors.toSet());
    assertTrue(Set.of("required", "screening", "not_required").containsAll(verdicts), verdicts.toString());
  }

  @Test
  void a_rating_is_counted_by_channel_and_whether_it_helped() {
    String cookie = api.session();
    JsonNode answer = api.ask("What staff networks are there?", null, "Cookie", cookie);
    Scrape before = scrape();

    assertEquals(204, api.post("api/feedback", "{\"id\": \"" + answer.get("id").asText() + "\", \"helpful\": false}",
        "Cookie", cookie).statusCode());

    Scrape after = scrape();
    assertEquals(1, delta(before, after, "signpost_feedback_total", Map.of("channel", "web", "helpful", "false")));
    assertEquals(0, delta(before, after, "signpost_feedback_total", Map.of("helpful", "true")));
  }

  @Test
  void latency_is_a_histogram_per_route_whose_labels_never_hold_a_path_or_an_id() {
    api.ask("What is an EqIA?", null);
    api.get("api/screenings/SCR-AAAA-BBBB-CCCC");
    api.get("no/such/page-" + System.nanoTime());

    Scrape after = scrape();
    List<Scrape.Sample> buckets = after.matching("jetty_server_requests_seconds_bucket", Map.of());
    Set<String> routes = buckets.stream().map(s -> s.labels().get("route")).collect(Collectors.toSet());
    assertTrue(routes.containsAll(Set.of("/api/ask", "/api/screenings", "web")), routes.toString());
    assertTrue(Routes.PATHS.containsAll(routes.stream().filter(r -> !r.equals(Routes.WEB)).toList()), routes.toString());
    assertEquals(Set.of("le", "method", "outcome", "route", "status"),
        buckets.stream().flatMap(s -> s.labels().keySet().stream()).collect(Collectors.toSet()));
    Map<String, String> ask = Map.of("route", "/api/ask", "method", "POST", "status", "200");
    assertEquals(Set.of("0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0", "10.0", "+Inf"),
        after.matching("jetty_server_requests_seconds_bucket", ask).stream().map(s -> s.labels().get("le")).collect(Collectors.toSet()));
    assertTrue(after.value("jetty_server_requests_seconds_count", ask) >= 1);
    assertTrue(after.value("jetty_server_requests_seconds_bucket", Map.of("route", "/api/ask", "le", "+Inf"))
        >= after.value("jetty_server_requests_seconds_bucket", Map.of("route", "/api/ask", "le", "10.0")));
  }

  @Test
  void jetty_threads_and_queue_the_database_pool_and_the_jvm_are_reported() {
    api.ask("What is an EqIA?", null);

    Scrape after = scrape();
    for (String name : List.of("jetty_threads_busy", "jetty_threads_idle", "jetty_threads_jobs", "jetty_threads_config_max",
        "hikaricp_connections_active", "hikaricp_connections_idle", "hikaricp_connections_pending", "hikaricp_connections_max",
        "jvm_memory_used_bytes", "jvm_gc_memory_allocated_bytes_total", "jvm_threads_live_threads", "process_uptime_seconds")) {
      assertTrue(after.has(name), name + " missing");
    }
    assertEquals(64, after.value("jetty_threads_config_max", Map.of()));
    // No request waits for its turn when one question is asked.
    assertEquals(0, after.value("signpost_requests_waiting", Map.of()));
    assertEquals(Map.of("pool", "signpost-store"), after.matching("hikaricp_connections_max", Map.of()).get(0).labels());
  }
}
