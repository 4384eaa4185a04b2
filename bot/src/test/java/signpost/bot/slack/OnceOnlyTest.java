package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import signpost.bot.core.Recent;

/** Slack's retries of an event (same {@code event_id}, {@code X-Slack-Retry-Num}) never produce a second answer. */
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
  void the_same_event_id_is_remembered_while_others_pass() {
    Recent<Boolean> seen = new Recent<>(2);

    assertEquals(List.of(true, false, true, true, true),
        List.of(seen.add("a", true), seen.add("a", true), seen.add("b", true), seen.add("c", true), seen.add("a", true)));
    assertEquals(2, seen.size());
  }
}
