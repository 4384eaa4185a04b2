package signpost.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A stand-in for the Bot Connector service on loopback: accepts {@code POST /v3/conversations/{id}/activities} and
 * {@code .../activities/{replyToId}} as Teams does, and records each with its Authorization header.
 */
final class FakeConnector implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One activity Signpost sent.
   *
   * @param conversationId the conversation in the path, decoded
   * @param replyToId the activity replied to, or null for a new message in the conversation
   * @param activity the activity's JSON
   * @param authorization the Authorization header, or null
   */
  record Call(String conversationId, String replyToId, JsonNode activity, String authorization) {

    String type() {
      return activity.path("type").asText();
    }

    /** Returns the card of a message, or a missing node. */
    JsonNode card() {
      return activity.path("attachments").path(0).path("content");
    }
  }

  private final Server server = new Server();
  private final ServerConnector connector;
  private final List<Call> calls = new ArrayList<>();
  /** Every activity in the order it arrived, typing indicators too. */
  private final List<Call> all = new ArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicInteger failures = new AtomicInteger();

  FakeConnector() throws Exception {
    HttpConnectionFactory http = new HttpConnectionFactory();
    // Teams' conversation ids hold ';messageid=', which Jetty would otherwise read as a path parameter.
    http.getHttpConfiguration().setUriCompliance(UriCompliance.UNSAFE);
    connector = new ServerConnector(server, http);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        String[] parts = request.getHttpURI().getPath().split("/");
        // "", "v3", "conversations", id, "activities", [replyToId]
        Call call = new Call(decode(parts[3]), parts.length > 5 ? decode(parts[5]) : null, JSON.readTree(body),
            request.getHeaders().get(HttpHeader.AUTHORIZATION));
        // Decided before the call is seen, so a test's next setting cannot change this one's outcome.
        // A typing indicator, shown only for a slow answer, never takes a failure meant for an answer.
        boolean fail = !call.type().equals("typing") && failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
        record(call);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        if (fail) {
          response.setStatus(403);
          Content.Sink.write(response, true, "{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"The bot is not part of the conversation roster.\"}}", callback);
          return true;
        }
        Content.Sink.write(response, true, "{\"id\":\"1:reply-" + ids.incrementAndGet() + "\"}", callback);
        return true;
      }
    });
    server.start();
  }

  /** Returns the service URL to put in activities, ending in / as Teams' do. */
  String serviceUrl() {
    return "http://127.0.0.1:" + connector.getLocalPort() + "/";
  }

  /** Makes the next {@code count} posts but typing indicators fail with 403, as when the bot was removed from the conversation. */
  void fail(int count) {
    failures.set(count);
  }

  /** Waits until at least {@code count} activities but typing indicators have arrived, and returns them. */
  List<Call> await(int count) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    synchronized (calls) {
      while (calls.size() < count) {
        long left = end - System.nanoTime();
        if (left <= 0) throw new AssertionError("expected " + count + " activities, got " + calls);
        calls.wait(Math.max(1, left / 1_000_000));
      }
      return List.copyOf(calls);
    }
  }

  /**
   * Returns every activity so far, typing indicators included, in the order they arrived. Signpost shows it is
   * typing only when an answer is slow ({@link Typing}), so whether one is there depends on the machine's speed.
   */
  List<Call> all() {
    synchronized (calls) {
      return List.copyOf(all);
    }
  }

  /** Returns the activities so far but the typing indicators. */
  List<Call> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  void clear() {
    synchronized (calls) {
      calls.clear();
      all.clear();
    }
  }

  private void record(Call call) {
    synchronized (calls) {
      all.add(call);
      if (!call.type().equals("typing")) calls.add(call);
      calls.notifyAll();
    }
  }

  private static String decode(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the Bot Connector stand-in did not stop", e);
    }
  }
}
