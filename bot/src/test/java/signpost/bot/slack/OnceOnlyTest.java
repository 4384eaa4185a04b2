package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.StoreSettings;
import signpost.bot.store.TestPostgres;

/**
 * Slack's retries of an event (same {@code event_id}, {@code X-Slack-Retry-Num}) never produce a second answer, not
 * even when a retry reaches another replica sharing the database.
 */
@ExtendWith(TestPostgres.class)
class OnceOnlyTest {

  private static SlackFixture slack;

  @BeforeAll
  static void start() throws Exception {
    slack = new SlackFixture(SlackFixture.PATIENT);
  }

  @AfterAll
  static void stop() throws Exception {
    slack.close();
  }

  @Test
  void a_retried_event_is_acknowledged_and_answered_once() throws Exception {
    String body = SignedRequests.callback("Ev_RETRIED", "T_CAMBS",
        SignedRequests.mention("<@U_SIGNPOST> Who advises on EqIAs?", "1700000000.000700"));

    HttpResponse<String> first = slack.requests.send(body, SignedRequests.JSON_TYPE);
    HttpResponse<String> retry1 = slack.requests.send(body, SignedRequests.JSON_TYPE, SignedRequests.now(), SignedRequests.SECRET,
        Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
    HttpResponse<String> retry2 = slack.requests.send(body, SignedRequests.JSON_TYPE, SignedRequests.now(), SignedRequests.SECRET,
        Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout"));

    assertEquals(List.of(200, 200, 200), List.of(first.statusCode(), retry1.statusCode(), retry2.statusCode()));
    slack.slackApi.await("chat.postMessage");
    Thread.sleep(500);
    assertEquals(1, slack.slackApi.calls(call -> call.method().equals("chat.postMessage")).size());
  }

  @Test
  void a_retry_delivered_to_another_replica_is_not_answered_again(@TempDir Path folder) throws Exception {
    StoreSettings shared = TestPostgres.newDatabase(folder);
    Map<String, String> database = Map.of("SIGNPOST_DB_URL", shared.url(), "SIGNPOST_DB_USER", shared.user(),
        "SIGNPOST_DB_PASSWORD", shared.password());
    String body = SignedRequests.callback("Ev_REPLICAS", "T_CAMBS",
        SignedRequests.mention("<@U_SIGNPOST> What does the equality plan say?", "1700000000.000800"));
    try (SlackFixture one = new SlackFixture(SlackFixture.PATIENT, Files.createDirectories(folder.resolve("one")), database);
         SlackFixture two = new SlackFixture(SlackFixture.PATIENT, Files.createDirectories(folder.resolve("two")), database)) {

      HttpResponse<String> first = one.requests.send(body, SignedRequests.JSON_TYPE);
      HttpResponse<String> retry = two.requests.send(body, SignedRequests.JSON_TYPE, SignedRequests.now(), SignedRequests.SECRET,
          Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

      assertEquals(List.of(200, 200), List.of(first.statusCode(), retry.statusCode()));
      one.slackApi.await("chat.postMessage");
      Thread.sleep(500);
      assertEquals(List.of(1, 0), List.of(one.slackApi.calls(call -> call.method().equals("chat.postMessage")).size(),
          two.slackApi.calls(call -> call.method().equals("chat.postMessage")).size()));
    }
  }
}
