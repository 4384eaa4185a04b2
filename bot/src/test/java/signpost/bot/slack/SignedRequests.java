package signpost.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests to {@code /slack/events} as Slack sends them, signed with Slack's real algorithm
 * ({@code v0:timestamp:body} as UTF-8, HMAC-SHA256 under the signing secret, in lower-case hex after {@code v0=}).
 */
public final class SignedRequests {

  public static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  public static final String FORM = "application/x-www-form-urlencoded";
  public static final String JSON_TYPE = "application/json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final URI events;

  public SignedRequests(URI events) {
    this.events = events;
  }

  /** Sends a body signed now with the right secret. */
  public HttpResponse<String> send(String body, String contentType) throws Exception {
    return send(body, contentType, now(), SECRET, Map.of());
  }

  /** Sends a body signed at {@code timestamp} (seconds) with {@code secret}, with extra headers. */
  public HttpResponse<String> send(String body, String contentType, long timestamp, String secret, Map<String, String> headers)
      throws Exception {
    String signature = signature(secret, Long.toString(timestamp), body);
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, Long.toString(timestamp));
    all.put(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signature);
    return sendRaw(body, contentType, all);
  }

  /** Sends a body with exactly these headers: no signature unless given. */
  HttpResponse<String> sendRaw(String body, String contentType, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(events).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Returns Slack's signature of a body: written out here rather than taken from the code under test. */
  static String signature(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  public static long now() {
    return System.currentTimeMillis() / 1000;
  }

  /** Returns the form body of {@code /edi <text>} from a workspace, with its response URL. */
  static String slashCommand(String text, String team, String responseUrl) {
    return slashCommand(text, team, "U_ASKER", responseUrl);
  }

  /** Returns the form body of {@code /edi <text>} from a user of a workspace, with its response URL. */
  static String slashCommand(String text, String team, String user, String responseUrl) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", "legacy-verification-token");
    fields.put("team_id", team);
    fields.put("team_domain", "council");
    fields.put("channel_id", "C_GENERAL");
    fields.put("channel_name", "general");
    fields.put("user_id", user);
    fields.put("user_name", "asker");
    fields.put("command", "/edi");
    fields.put("text", text);
    fields.put("api_app_id", "A_SIGNPOST");
    fields.put("is_enterprise_install", "false");
    fields.put("response_url", responseUrl);
    fields.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
    return form(fields);
  }

  /** Returns an Events API callback around an event. */
  public static String callback(String eventId, String team, ObjectNode event) {
    ObjectNode body = JSON.createObjectNode();
    body.put("token", "legacy-verification-token");
    body.put("team_id", team);
    body.put("api_app_id", "A_SIGNPOST");
    body.set("event", event);
    body.put("type", "event_callback");
    body.put("event_id", eventId);
    body.put("event_time", now());
    ObjectNode authorization = body.putArray("authorizations").addObject();
    authorization.put("team_id", team);
    authorization.put("user_id", FakeSlackApi.BOT_USER);
    authorization.put("is_bot", true);
    return body.toString();
  }

  /** Returns an {@code app_mention} event in channel C_GENERAL. */
  public static ObjectNode mention(String text, String ts) {
    ObjectNode event = JSON.createObjectNode();
    event.put("type", "app_mention");
    event.put("user", "U_ASKER");
    event.put("text", text);
    event.put("ts", ts);
    event.put("channel", "C_GENERAL");
    event.put("event_ts", ts);
    return event;
  }

  /** Returns an {@code app_mention} event from {@code user} in the thread {@code threadTs} of channel C_GENERAL. */
  static ObjectNode threadMention(String text, String ts, String threadTs, String user) {
    ObjectNode event = mention(text, ts);
    event.put("thread_ts", threadTs);
    event.put("user", user);
    return event;
  }

  /** Returns a {@code message} event in the direct message D_ASKER. */
  static ObjectNode directMessage(String text, String ts) {
    ObjectNode event = JSON.createObjectNode();
    event.put("type", "message");
    event.put("user", "U_ASKER");
    event.put("text", text);
    event.put("ts", ts);
    event.put("channel", "D_ASKER");
    event.put("event_ts", ts);
    event.put("channel_type", "im");
    return event;
  }

  /** Returns an {@code app_home_opened} event for the Home tab. */
  static ObjectNode homeOpened() {
    ObjectNode event = JSON.createObjectNode();
    event.put("type", "app_home_opened");
    event.put("user", "U_ASKER");
    event.put("channel", "D_ASKER");
    event.put("tab", "home");
    event.put("event_ts", "1700000000.000001");
    return event;
  }

  /** Returns the form body of a press on one of the answer's buttons. */
  public static String buttonPress(String actionId, String value, String team, String responseUrl) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "block_actions");
    payload.putObject("team").put("id", team).put("domain", "council");
    payload.putObject("user").put("id", "U_ASKER").put("team_id", team);
    payload.put("api_app_id", "A_SIGNPOST");
    payload.put("token", "legacy-verification-token");
    payload.putObject("container").put("type", "message").put("message_ts", "1700000001.000200")
        .put("channel_id", "C_GENERAL").put("is_ephemeral", false);
    payload.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
    payload.putObject("channel").put("id", "C_GENERAL").put("name", "general");
    payload.put("response_url", responseUrl);
    ObjectNode action = payload.putArray("actions").addObject();
    action.put("type", "button");
    action.put("action_id", actionId);
    action.put("block_id", SlackBlocks.ACTIONS_BLOCK);
    action.put("value", value);
    action.put("action_ts", "1700000002.000300");
    return form(Map.of("payload", payload.toString()));
  }

  /**
   * Returns the form body of a press by {@code user} on a button Signpost posted (its JSON as posted, value and all) in
   * block {@code blockId} of a message in the thread {@code threadTs} of channel C_GENERAL.
   */
  static String press(JsonNode button, String blockId, String user, String team, String threadTs, String responseUrl) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "block_actions");
    payload.putObject("team").put("id", team).put("domain", "council");
    payload.putObject("user").put("id", user).put("team_id", team);
    payload.put("api_app_id", "A_SIGNPOST");
    payload.put("token", "legacy-verification-token");
    payload.putObject("container").put("type", "message").put("message_ts", "1700000001.000200")
        .put("channel_id", "C_GENERAL").put("is_ephemeral", false).put("thread_ts", threadTs);
    payload.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
    payload.putObject("channel").put("id", "C_GENERAL").put("name", "general");
    payload.put("response_url", responseUrl);
    ObjectNode action = payload.putArray("actions").addObject();
    action.put("type", "button");
    action.put("action_id", button.path("action_id").asText());
    action.put("block_id", blockId);
    action.set("text", button.path("text"));
    action.put("value", button.path("value").asText());
    action.put("action_ts", "1700000002.000300");
    return form(Map.of("payload", payload.toString()));
  }

  static String form(Map<String, String> fields) {
    StringJoiner out = new StringJoiner("&");
    fields.forEach((key, value) -> out.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return out.toString();
  }
}
