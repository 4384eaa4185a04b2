package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import signpost.bot.config.Config;
import signpost.bot.server.CapturedLog;
import signpost.bot.server.NoDelaySockets;
import signpost.bot.server.TestServers;

/**
 * The channel's edge: Slack's URL check, requests that are not Slack's refused with 401 and no side effect,
 * Socket Mode chosen by the switch, and start-up errors that name the setting.
 */
class SlackChannelTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static SlackFixture slack;

  @BeforeAll
  static void start() throws Exception {
    slack = new SlackFixture(SlackFixture.PATIENT);
  }

  @AfterAll
  static void stop() {
    slack.close();
  }

  @BeforeEach
  void forget() {
    slack.slackApi.clear();
  }

  @Test
  void url_verification_returns_the_challenge() throws Exception {
    String body = "{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}";

    HttpResponse<String> response = slack.requests.send(body, SignedRequests.JSON_TYPE);

    assertEquals(200, response.statusCode());
    assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", response.body());
  }

  @Test
  void requests_not_signed_by_slack_are_refused_with_401_and_change_nothing() throws Exception {
    int ratings = slack.assistant.feedback().all().size();
    String press = SignedRequests.buttonPress(SlackBlocks.HELPFUL, "slack-Ev_FORGED", "T_CAMBS", slack.slackApi.responseUrl("forged"));
    String mention = SignedRequests.callback("Ev_FORGED", "T_CAMBS",
        SignedRequests.mention("<@U_SIGNPOST> " + SlashCommandTest.PSED, "1700000000.000900"));
    long sixMinutesAgo = SignedRequests.now() - 6 * 60;
    long now = SignedRequests.now();
    long sixMinutesAhead = now + 6 * 60;
    String signature = SignedRequests.signature(SignedRequests.SECRET, Long.toString(now), mention);

    List<HttpResponse<String>> responses = List.of(
        slack.requests.sendRaw(press, SignedRequests.FORM, Map.of()),
        slack.requests.sendRaw(mention, SignedRequests.JSON_TYPE, Map.of()),
        slack.requests.send(press, SignedRequests.FORM, now, "not-the-signing-secret", Map.of()),
        slack.requests.send(mention, SignedRequests.JSON_TYPE, now, "not-the-signing-secret", Map.of()),
        slack.requests.send(press, SignedRequests.FORM, sixMinutesAgo, SignedRequests.SECRET, Map.of()),
        slack.requests.send(mention, SignedRequests.JSON_TYPE, sixMinutesAgo, SignedRequests.SECRET, Map.of()),
        slack.requests.send(mention, SignedRequests.JSON_TYPE, sixMinutesAhead, SignedRequests.SECRET, Map.of()),
        slack.requests.sendRaw(mention.replace("Equality Duty", "Equality Dirty"), SignedRequests.JSON_TYPE,
            Map.of("X-Slack-Request-Timestamp", Long.toString(now), "X-Slack-Signature", signature)));

    for (HttpResponse<String> response : responses) assertEquals(401, response.statusCode(), response.body());
    Thread.sleep(300);
    assertEquals(List.of(), slack.slackApi.sideEffects());
    assertEquals(ratings, slack.assistant.feedback().all().size());
    HttpResponse<String> genuine = slack.requests.send(mention, SignedRequests.JSON_TYPE);
    assertEquals(200, genuine.statusCode());
    slack.slackApi.await("chat.postMessage");
  }

  @Test
  void an_unsigned_megabyte_is_refused_with_401_before_anything_parses_or_logs_it() throws Exception {
    String forged = "2026-12-01T00:00:00.000+0000 [main] INFO signpost.bot.core.FeedbackLog - forged line";
    StringBuilder body = new StringBuilder("text=my+disclosure\n" + forged + "\n");
    while (body.length() < 1024 * 1024) body.append("padding-");
    body.setLength(1024 * 1024);

    String log;
    HttpResponse<String> form;
    HttpResponse<String> json;
    try (CapturedLog captured = new CapturedLog()) {
      form = slack.requests.sendRaw(body.toString(), SignedRequests.FORM, Map.of());
      json = slack.requests.send("[\"" + body.substring(0, 1000) + "\"]", SignedRequests.JSON_TYPE, SignedRequests.now(),
          "not-the-signing-secret", Map.of());
      Thread.sleep(200);
      log = captured.text();
    }

    assertEquals(401, form.statusCode(), form.body());
    assertEquals(401, json.statusCode(), json.body());
    assertTrue(!log.contains("disclosure") && !log.contains("forged") && !log.contains("padding"), log);
    assertEquals(2, log.lines().filter(line -> line.contains("without a valid signature")).count(), log);
  }

  @Test
  void signed_requests_of_kinds_signpost_does_not_handle_are_a_400_and_their_bodies_are_never_logged() throws Exception {
    String array = "[{\"type\":\"event_callback\",\"note\":\"secret-array\"}]";
    String submission = SignedRequests.form(Map.of("payload", "{\"type\":\"view_submission\",\"team\":{\"id\":\"T_CAMBS\"},"
        + "\"user\":{\"id\":\"U_ASKER\"},\"view\":{\"id\":\"V1\",\"callback_id\":\"secret-view\"}}"));
    String unknown = "{\"type\":\"app_rate_limited\",\"team_id\":\"T_CAMBS\",\"note\":\"secret-kind\"}";
    String nothing = "note=secret-form";

    String log;
    List<HttpResponse<String>> responses;
    try (CapturedLog captured = new CapturedLog()) {
      responses = List.of(slack.requests.send(array, SignedRequests.JSON_TYPE), slack.requests.send(submission, SignedRequests.FORM),
          slack.requests.send(unknown, SignedRequests.JSON_TYPE), slack.requests.send(nothing, SignedRequests.FORM),
          slack.requests.send("{not json", SignedRequests.JSON_TYPE));
      Thread.sleep(200);
      log = captured.text();
    }

    for (HttpResponse<String> response : responses) assertEquals(400, response.statusCode(), response.body());
    assertTrue(!log.contains("secret-"), log);
    assertEquals(List.of(), slack.slackApi.sideEffects());
  }

  @Test
  void over_http_the_channel_mounts_slack_events() {
    assertEquals(false, slack.channel.socketMode());
    assertEquals(List.of(SlackChannel.EVENTS_PATH), slack.channel.mounts().stream().map(m -> m.path()).toList());
  }

  @Test
  void calls_to_slack_go_out_on_sockets_without_nagles_delay() {
    // A late answer past OkHttp's 8 KB buffer went out in two writes, the second held 40 ms for Slack's acknowledgement.
    assertSame(NoDelaySockets.INSTANCE, slack.channel.slack().getHttpClient().getOkHttpClient().socketFactory());
  }

  @Test
  void socket_mode_connects_out_mounts_nothing_and_answers_over_the_socket() throws Exception {
    try (FakeSocketMode socket = new FakeSocketMode()) {
      slack.slackApi.socketUrl(socket.url());
      Config config = socketConfig("xapp-1-A_SIGNPOST-test");
      try (SlackChannel channel = SlackChannel.start(config, slack.assistant)) {
        assertTrue(channel.socketMode());
        assertEquals(List.of(), channel.mounts());
        String command = "{\"envelope_id\":\"env-1\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,\"payload\":"
            + "{\"token\":\"legacy\",\"team_id\":\"T_DERBY\",\"channel_id\":\"C_GENERAL\",\"user_id\":\"U_ASKER\",\"command\":\"/edi\","
            + "\"text\":\"help\",\"api_app_id\":\"A_SIGNPOST\",\"response_url\":\"" + slack.slackApi.responseUrl("socket") + "\","
            + "\"trigger_id\":\"1.2.3\"}}";

        socket.sendEnvelope(command);

        JsonNode ack = JSON.readTree(socket.nextReceived());
        assertEquals("env-1", ack.get("envelope_id").asText());
        assertEquals("ephemeral", ack.get("payload").get("response_type").asText());
        assertTrue(Blocks.text(ack.get("payload").get("blocks").get(0)).contains(" for Derbyshire County Council: "), ack.toString());
      }
      List<FakeSlackApi.Call> opens = slack.slackApi.calls(call -> call.method().equals("apps.connections.open"));
      assertTrue(!opens.isEmpty());
      for (FakeSlackApi.Call open : opens) assertEquals("Bearer xapp-1-A_SIGNPOST-test", open.authorization());
    }
  }

  @Test
  void socket_mode_with_a_bot_token_in_place_of_the_app_token_says_what_is_needed() {
    SlackException e = assertThrows(SlackException.class, () -> SlackChannel.start(socketConfig("xoxb-123"), slack.assistant));

    assertEquals("SLACK_APP_TOKEN must be an app-level token starting xapp- (Basic Information > App-Level Tokens, "
        + "scope connections:write); it starts xoxb-", e.getMessage());
  }

  @Test
  void socket_mode_with_an_app_token_slack_refuses_gives_slacks_error() {
    slack.slackApi.refuseAppToken("invalid_auth");
    try {
      SlackException e = assertThrows(SlackException.class,
          () -> SlackChannel.start(socketConfig("xapp-1-revoked"), slack.assistant));

      assertEquals("Slack refused SLACK_APP_TOKEN at " + slack.slackApi.apiUrl() + "apps.connections.open: invalid_auth; "
          + "Socket Mode needs an app-level token with connections:write and Socket Mode switched on for the app", e.getMessage());
    } finally {
      slack.slackApi.refuseAppToken(null);
    }
  }

  @Test
  void a_bot_token_slack_refuses_stops_start_up_with_slacks_error() {
    slack.slackApi.refuseBotToken("invalid_auth");
    try {
      SlackException e = assertThrows(SlackException.class,
          () -> SlackChannel.start(slack.assistant.config(), slack.assistant));

      assertEquals("Slack refused SLACK_BOT_TOKEN at " + slack.slackApi.apiUrl()
          + "auth.test: The token is invalid (auth.test error: invalid_auth)", e.getMessage());
    } finally {
      slack.slackApi.refuseBotToken(null);
    }
  }

  @Test
  void a_workspace_mapped_to_an_unknown_organisation_stops_start_up() {
    Config config = TestServers.config(SlackFixture.settings(slack.slackApi, Map.of("SLACK_WORKSPACES", "T_X=atlantis")));

    SlackException e = assertThrows(SlackException.class, () -> SlackChannel.start(config, slack.assistant));

    assertTrue(e.getMessage().startsWith("SLACK_WORKSPACES maps T_X to unknown organisation: atlantis; known: cambridgeshire, derby-city, derbyshire"), e.getMessage());
  }

  private static Config socketConfig(String appToken) {
    return TestServers.config(SlackFixture.settings(slack.slackApi, Map.of("SLACK_SOCKET_MODE", "true", "SLACK_APP_TOKEN", appToken)));
  }
}
