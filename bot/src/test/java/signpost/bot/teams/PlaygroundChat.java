package signpost.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/**
 * The Agents Playground's personal chat through the HTTP and WebSocket API its own page uses: messages sent as its
 * current user, installation events, and every card the bot sends back, kept from the moment it is opened.
 */
final class PlaygroundChat implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long WAIT_MILLIS = 20_000;

  // HTTP/1.1: the Playground's Express server drops the connection when Java offers its default h2c upgrade.
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final URI playground;
  private final String chatId;
  private final String userId;
  private final String botId;
  private final String tenantId;
  private final String userObjectId;
  private final List<JsonNode> cards = new ArrayList<>();
  /** The id of the message each card came in, index for index. */
  private final List<String> messageIds = new ArrayList<>();
  private final List<String> others = new ArrayList<>();
  private WebSocket stream;

  private PlaygroundChat(URI playground, JsonNode config) {
    this.playground = playground;
    this.chatId = config.path("personalChat").path("id").asText();
    this.userId = config.path("currentUser").path("id").asText();
    this.botId = config.path("bot").path("id").asText();
    this.tenantId = config.path("tenantId").asText();
    this.userObjectId = config.path("currentUser").path("aadObjectId").asText();
  }

  /** Reads the Playground's configuration (chat, user and bot ids) and opens its stream of bot messages. */
  static PlaygroundChat open(URI playground) throws IOException, InterruptedException {
    String config = send(HttpRequest.newBuilder(playground.resolve("_internal/v1/config")).GET().build());
    PlaygroundChat chat = new PlaygroundChat(playground, JSON.readTree(config).path("config"));
    URI ws = URI.create(playground.toString().replaceFirst("^http", "ws")).resolve("_ws_conversation/v1/conversations/stream");
    chat.stream = HTTP.newWebSocketBuilder().buildAsync(ws, new Stream(chat)).join();
    return chat;
  }

  /** Sends a question as the current user and returns the first card (its attachment) that arrives after it. */
  JsonNode ask(String question) throws IOException, InterruptedException {
    return ask(question, card -> true);
  }

  /** Sends a question as the current user and returns the first card (its attachment) after it that matches. */
  JsonNode ask(String question, Predicate<JsonNode> attachment) throws IOException, InterruptedException {
    int seen = cards().size();
    post("_conversation/v1/conversations/" + chatId + "/messages", JSON.createObjectNode()
        .put("text", question).put("textFormat", "plain").set("from", JSON.createObjectNode().put("id", userId)));
    return await(seen, attachment);
  }

  /**
   * Submits the {@code Action.Submit} data of a button on {@code card} (one of {@link #cards()}) as the current user, as
   * the Playground's page does when the button is pressed, and returns the first card that arrives after it.
   */
  JsonNode submit(JsonNode card, JsonNode data) throws IOException, InterruptedException {
    int seen = cards().size();
    ObjectNode body = JSON.createObjectNode();
    body.putObject("conversation").put("id", chatId);
    body.put("replyToId", messageOf(card));
    body.set("value", data);
    body.putObject("from").put("id", userId);
    post("_conversation/v1/submit", body);
    return await(seen, reply -> true);
  }

  /** Returns the id of the message a card (one of {@link #cards()}) came in. */
  private String messageOf(JsonNode card) {
    synchronized (cards) {
      for (int i = 0; i < cards.size(); i++) if (cards.get(i) == card) return messageIds.get(i);
    }
    throw new IllegalArgumentException("not a card of this chat: " + card);
  }

  /** Returns the Playground's tenant id, which it sends with every activity. */
  String tenantId() {
    return tenantId;
  }

  /** Returns the current user's Microsoft Entra object id, which it sends as {@code from.aadObjectId}. */
  String userObjectId() {
    return userObjectId;
  }

  /** Sends the events Teams sends when the app is installed in the personal chat. */
  void install() throws IOException, InterruptedException {
    post("_debug/conversation/" + chatId + "/installation", JSON.createObjectNode());
  }

  /** Returns the cards (attachments) the bot has sent to the personal chat so far, in order. */
  List<JsonNode> cards() {
    synchronized (cards) {
      return List.copyOf(cards);
    }
  }

  /** Waits up to 20 s for a card, from the {@code from}th on, whose attachment matches. */
  JsonNode await(int from, Predicate<JsonNode> attachment) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    synchronized (cards) {
      while (true) {
        for (JsonNode card : cards.subList(from, cards.size())) if (attachment.test(card)) return card;
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
          throw new AssertionError("no matching card within 20 s; cards since: " + cards.subList(from, cards.size())
              + "; other things on the stream: " + others);
        }
        cards.wait(left);
      }
    }
  }

  @Override
  public void close() {
    if (stream != null) stream.abort();
  }

  private void post(String path, JsonNode body) throws IOException, InterruptedException {
    send(HttpRequest.newBuilder(playground.resolve(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
  }

  private static String send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** Keeps the attachments of every message the bot creates in the personal chat, and wakes whoever waits. */
  private void received(String text) {
    JsonNode event;
    try {
      event = JSON.readTree(text);
    } catch (IOException e) {
      note("not JSON: " + text);
      return;
    }
    JsonNode message = event.path("message");
    if (!"createMessage".equals(event.path("action").asText()) || !chatId.equals(event.path("actionConversationId").asText())
        || !botId.equals(message.path("from").path("id").asText())) return;
    synchronized (cards) {
      if (message.path("attachments").isEmpty()) others.add("a message without a card: " + message.path("text").asText());
      for (JsonNode attachment : message.path("attachments")) {
        cards.add(attachment);
        messageIds.add(message.path("messageId").asText());
      }
      cards.notifyAll();
    }
  }

  private void note(String other) {
    synchronized (cards) {
      others.add(other);
    }
  }

  /** Joins the stream's text frames into whole events for the chat. */
  private static final class Stream implements WebSocket.Listener {

    private final PlaygroundChat chat;
    private final StringBuilder text = new StringBuilder();

    Stream(PlaygroundChat chat) {
      this.chat = chat;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        chat.received(text.toString());
        text.setLength(0);
      }
      socket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      chat.note("the stream failed: " + error);
    }
  }
}
