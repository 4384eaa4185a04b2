package signpost.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A stand-in for Slack's Web API on loopback: answers {@code auth.test}, {@code chat.postMessage},
 * {@code views.publish}, {@code views.open}, {@code bots.info} and {@code apps.connections.open} as Slack does, accepts posts to
 * {@code /response/...} (the response URLs it hands out), and records every call.
 */
public final class FakeSlackApi implements AutoCloseable {

  static final String TEAM = "T_CAMBS";
  static final String BOT_USER = "U_SIGNPOST";
  static final String BOT_ID = "B_SIGNPOST";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One request the fake received.
   *
   * @param path e.g. {@code /api/chat.postMessage} or {@code /response/cmd-1}
   * @param form the form fields of a form post, else empty
   * @param body the raw body
   * @param authorization the Authorization header, e.g. {@code Bearer xoxb-...}, or null
   */
  public record Call(String path, Map<String, String> form, String body, String authorization) {

    public String method() {
      return path.startsWith("/api/") ? path.substring(5) : path;
    }

    /** Returns the call's JSON: a JSON body, or a form field holding JSON (e.g. {@code blocks}, {@code view}). */
    public JsonNode json(String field) {
      try {
        return JSON.readTree(field == null ? body : form.get(field));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  private final List<Call> calls = new ArrayList<>();
  private volatile String socketUrl = "ws://127.0.0.1:1/";
  private volatile String appTokenError;
  private volatile String botTokenError;
  private final AtomicInteger failedPosts = new AtomicInteger();

  public FakeSlackApi() throws Exception {
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        Map<String, String> form = type != null && type.startsWith("application/x-www-form-urlencoded") ? form(body) : Map.of();
        Call call = new Call(request.getHttpURI().getPath(), form, body, request.getHeaders().get(HttpHeader.AUTHORIZATION));
        String reply = reply(call); // decided before the call is seen, so a test's next setting cannot change it
        record(call);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        Content.Sink.write(response, true, reply, callback);
        return true;
      }
    });
    server.start();
  }

  /** Returns the Web API base to configure as SLACK_API_URL. */
  public String apiUrl() {
    return "http://127.0.0.1:" + connector.getLocalPort() + "/api/";
  }

  /** Returns a response URL whose posts are recorded under {@code /response/<name>}. */
  public String responseUrl(String name) {
    return "http://127.0.0.1:" + connector.getLocalPort() + "/response/" + name;
  }

  /** Makes {@code apps.connections.open} hand out this websocket URL. */
  void socketUrl(String url) {
    socketUrl = url;
  }

  /** Makes {@code apps.connections.open} refuse the app token with this error, or accept it again (null). */
  void refuseAppToken(String error) {
    appTokenError = error;
  }

  /** Makes {@code auth.test} refuse the bot token with this error, or accept it again (null). */
  void refuseBotToken(String error) {
    botTokenError = error;
  }

  /** Makes the next {@code count} calls of {@code chat.postMessage} fail as Slack fails them when the channel is gone. */
  void failPosts(int count) {
    failedPosts.set(count);
  }

  /** Waits for a call that matches, and returns the first one. */
  public Call await(Predicate<Call> wanted, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (calls) {
      while (true) {
        for (Call call : calls) if (wanted.test(call)) return call;
        long left = end - System.nanoTime();
        if (left <= 0) throw new AssertionError("no such call within " + timeout + "; calls: " + paths());
        calls.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  /** Waits for a call to a Web API method or response URL path, e.g. {@code chat.postMessage} or {@code /response/x}. */
  public Call await(String method) throws InterruptedException {
    return await(call -> call.method().equals(method), Duration.ofSeconds(10));
  }

  /** Returns the calls so far that match. */
  public List<Call> calls(Predicate<Call> wanted) {
    synchronized (calls) {
      return calls.stream().filter(wanted).toList();
    }
  }

  /** Returns the calls so far other than {@code auth.test} and {@code bots.info}, which Bolt makes by itself. */
  List<Call> sideEffects() {
    return calls(call -> !call.method().equals("auth.test") && !call.method().equals("bots.info"));
  }

  void clear() {
    synchronized (calls) {
      calls.clear();
    }
  }

  private List<String> paths() {
    return calls.stream().map(Call::path).toList();
  }

  private void record(Call call) {
    synchronized (calls) {
      calls.add(call);
      calls.notifyAll();
    }
  }

  private String reply(Call call) {
    return switch (call.method()) {
      case "auth.test" -> botTokenError != null ? "{\"ok\":false,\"error\":\"" + botTokenError + "\"}" : "{\"ok\":true,\"url\":\"https://signpost-test.slack.com/\",\"team\":\"Test\",\"user\":\"signpost\","
          + "\"team_id\":\"" + TEAM + "\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"" + BOT_ID + "\"}";
      case "chat.postMessage" -> failedPosts.getAndDecrement() > 0 ? "{\"ok\":false,\"error\":\"channel_not_found\"}"
          : "{\"ok\":true,\"channel\":\"" + call.form().get("channel") + "\",\"ts\":\"1700000001.000200\"}";
      case "views.publish" -> "{\"ok\":true,\"view\":{\"id\":\"V1\",\"type\":\"home\"}}";
      case "views.open" -> "{\"ok\":true,\"view\":{\"id\":\"V2\",\"type\":\"modal\"}}";
      case "bots.info" -> "{\"ok\":true,\"bot\":{\"id\":\"" + call.form().get("bot") + "\",\"user_id\":\"U_OTHER_BOT\"}}";
      case "apps.connections.open" -> appTokenError != null ? "{\"ok\":false,\"error\":\"" + appTokenError + "\"}"
          : "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
      default -> call.path().startsWith("/response/") ? "{\"ok\":true}" : "{\"ok\":false,\"error\":\"unknown_method\"}";
    };
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) continue;
      int equals = pair.indexOf('=');
      String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      out.put(key, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the fake Slack API did not stop", e);
    }
  }
}
