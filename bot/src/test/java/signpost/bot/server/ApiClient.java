package signpost.bot.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import signpost.bot.web.WebSession;

/**
 * Calls a real server's web APIs over HTTP as a browser or an API client would: JSON posts to {@code /api/ask},
 * requests with extra headers, and the session cookie the page sets.
 */
public final class ApiClient {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final URI base;

  public ApiClient(URI base) {
    this.base = base;
  }

  /** Returns the response to {@code GET path} with the headers given as name, value, name, value... */
  public HttpResponse<byte[]> get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  public HttpResponse<byte[]> delete(String path, String... headers) {
    return send(request(path, headers).DELETE());
  }

  /** Returns the response to a JSON {@code POST}. */
  public HttpResponse<byte[]> post(String path, String body, String... headers) {
    return send(request(path, headers).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Posts a message to {@code /api/ask} in the conversation (none: a new one) and returns the reply as JSON.
   *
   * @throws AssertionError when the answer is not a 200
   */
  public JsonNode ask(String question, String conversation, String... headers) {
    ObjectNode body = JSON.createObjectNode().put("question", question);
    if (conversation != null) body.put("conversation", conversation);
    HttpResponse<byte[]> response = post("api/ask", body.toString(), headers);
    if (response.statusCode() != 200) throw new AssertionError(response.statusCode() + ": " + text(response));
    return json(response);
  }

  /** Opens the web chat page and returns the {@code Cookie} header value that its session cookie asks for. */
  public String session() {
    HttpResponse<byte[]> page = get("");
    String set = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(WebSession.COOKIE + "="))
        .findFirst().orElseThrow(() -> new AssertionError("the page set no session cookie: " + page.headers()));
    return set.substring(0, set.indexOf(';'));
  }

  public static JsonNode json(HttpResponse<byte[]> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
    for (int i = 0; i + 1 < headers.length; i += 2) builder.header(headers[i], headers[i + 1]);
    return builder;
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
