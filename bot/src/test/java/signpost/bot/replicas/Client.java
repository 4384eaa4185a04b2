package signpost.bot.replicas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An API client of the web APIs through the load balancer, with timeouts on every request (a replica killed mid-request
 * must not hang the test), telling which replica served each response.
 */
final class Client {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  Client(URI base) {
    this.base = base;
  }

  /** Posts a message to {@code /api/ask} in the conversation (null: a new one). */
  HttpResponse<String> ask(String question, String conversation) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("question", question);
    if (conversation != null) body.put("conversation", conversation);
    return post("api/ask", body.toString());
  }

  /** Rates an answer as helpful through {@code /api/feedback}. */
  HttpResponse<String> rate(String answerId) throws IOException, InterruptedException {
    return post("api/feedback", JSON.createObjectNode().put("id", answerId).put("helpful", true).toString());
  }

  HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Authorization", authorization).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Waits until the balancer listens and has sent {@code /readyz} to both replicas, each answering ready.
   *
   * @throws AssertionError when that does not happen in time, with {@code log} (the balancer's) in the message
   */
  void awaitBoth(Duration timeout, Supplier<String> log) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    Set<String> ready = new HashSet<>();
    String last = "nothing yet";
    while (ready.size() < 2) {
      if (System.nanoTime() > end) {
        throw new AssertionError("the balancer reached only " + ready + " in " + timeout + " (last: " + last + "); its log:\n"
            + log.get());
      }
      try {
        HttpResponse<String> response = get("readyz", "none");
        last = response.statusCode() + " from " + servedBy(response);
        if (response.statusCode() == 200 && ready.add(servedBy(response))) continue;
      } catch (IOException e) {
        // Not listening yet.
        last = e.toString();
      }
      Thread.sleep(100);
    }
  }

  /** Returns the name of the replica that served the response, as the balancer says. */
  static String servedBy(HttpResponse<?> response) {
    return response.headers().firstValue(LoadBalancer.SERVED_BY).orElse("none");
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
