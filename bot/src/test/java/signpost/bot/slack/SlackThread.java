package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thread in channel C_GENERAL as people in it use it: mentions of Signpost (the first starts the thread) and presses
 * on the buttons of Signpost's posts, each signed as Slack signs it, and Signpost's posts in the thread, in order.
 */
final class SlackThread {

  static final Pattern REFERENCE = Pattern.compile("Screening (SCR-[A-Z0-9-]+) so far");
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final SlackFixture slack;
  private final String ts;
  private int sent;
  private int seen;

  /** @param ts the ts of the thread's first message, e.g. {@code 1700000100.000100} */
  SlackThread(SlackFixture slack, String ts) {
    this.slack = slack;
    this.ts = ts;
  }

  String ts() {
    return ts;
  }

  /** Returns the Events API body of a mention by {@code user}: the thread's first message, or a reply in it. */
  String mentionBody(String user, String text) {
    String eventId = "Ev_" + ts.replace(".", "_") + "_" + sent;
    String messageTs = sent == 0 ? ts : ts.substring(0, ts.length() - 3) + String.format("%03d", sent);
    String mention = "<@" + FakeSlackApi.BOT_USER + "> " + text;
    boolean first = sent++ == 0;
    return SignedRequests.callback(eventId, FakeSlackApi.TEAM, first
        ? SignedRequests.mention(mention, messageTs).put("user", user)
        : SignedRequests.threadMention(mention, messageTs, ts, user));
  }

  /** Mentions Signpost as {@code user} and returns its reply in the thread. */
  FakeSlackApi.Call mention(String user, String text) throws Exception {
    deliver(mentionBody(user, text), Map.of());
    return next();
  }

  /** Sends an Events API body, signed, with extra headers (a retry's), and checks it is acknowledged. */
  void deliver(String body, Map<String, String> headers) throws Exception {
    HttpResponse<String> response = slack.requests.send(body, SignedRequests.JSON_TYPE, SignedRequests.now(), SignedRequests.SECRET, headers);
    assertEquals(200, response.statusCode(), response.body());
  }

  /** Presses, as {@code user}, the quick reply labelled {@code label} on {@code post}, and returns Signpost's reply in the thread. */
  FakeSlackApi.Call press(FakeSlackApi.Call post, String user, String label) throws Exception {
    JsonNode button = button(post.json("blocks"), ScreeningBlocks.REPLIES_BLOCK, label);
    String body = SignedRequests.press(button, ScreeningBlocks.REPLIES_BLOCK, user, FakeSlackApi.TEAM, ts, slack.slackApi.responseUrl("press"));
    HttpResponse<String> response = slack.requests.send(body, SignedRequests.FORM);
    assertEquals(200, response.statusCode(), response.body());
    return next();
  }

  /** Waits for Signpost's next post in the thread and returns it. */
  FakeSlackApi.Call next() throws InterruptedException {
    int wanted = seen + 1;
    slack.slackApi.await(call -> posts().size() >= wanted, WAIT);
    seen = wanted;
    return posts().get(wanted - 1);
  }

  /** Returns Signpost's posts in the thread so far. */
  List<FakeSlackApi.Call> posts() {
    return slack.slackApi.calls(call -> call.method().equals("chat.postMessage") && ts.equals(call.form().get("thread_ts")));
  }

  /** Returns the labels of a post's quick replies, in order; empty when it has none. */
  static List<String> replies(FakeSlackApi.Call post) {
    List<String> labels = new ArrayList<>();
    JsonNode block = block(post.json("blocks"), ScreeningBlocks.REPLIES_BLOCK);
    if (block != null) block.path("elements").forEach(button -> labels.add(button.at("/text/text").asText()));
    return labels;
  }

  /** Returns the reference of the screening a post shows, or null when it shows none. */
  static String reference(FakeSlackApi.Call post) {
    Matcher found = REFERENCE.matcher(String.join("\n", Blocks.sections(post.json("blocks"))));
    return found.find() ? found.group(1) : null;
  }

  static JsonNode block(JsonNode blocks, String blockId) {
    for (JsonNode block : blocks) if (blockId.equals(block.path("block_id").asText())) return block;
    return null;
  }

  private static JsonNode button(JsonNode blocks, String blockId, String label) {
    JsonNode block = block(blocks, blockId);
    if (block != null) for (JsonNode button : block.path("elements")) if (label.equals(button.at("/text/text").asText())) return button;
    throw new AssertionError("no button " + label + " in " + blockId + ": " + blocks);
  }
}
