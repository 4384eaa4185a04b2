package signpost.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Gets the app's token for replies with a plain client-credentials POST to {@code BOT_TOKEN_URL}, and keeps it until
 * five minutes before it expires (half its life when that is shorter). Thread-safe. The secret is never logged.
 */
final class TokenClient {

  static final Duration EARLY = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Token(String value, Instant renewAt) {}

  private final HttpClient http;
  private final Duration timeout;
  private final URI url;
  private final String appId;
  private final String secret;
  private final Clock clock;
  private final Map<String, Token> tokens = new HashMap<>();

  TokenClient(String url, String appId, String secret, Clock clock, Duration timeout) {
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.url = URI.create(url);
    this.appId = appId;
    this.secret = secret;
    this.clock = clock;
  }

  /**
   * Returns a token for the scope, from the cache while it is fresh.
   *
   * @throws TeamsException when the token endpoint cannot be reached or refuses the app's credentials
   */
  synchronized String token(String scope) {
    Token token = tokens.get(scope);
    if (token == null || !clock.instant().isBefore(token.renewAt())) {
      token = fetch(scope);
      tokens.put(scope, token);
    }
    return token.value();
  }

  private Token fetch(String scope) {
    String form = "grant_type=client_credentials&client_id=" + encode(appId) + "&client_secret=" + encode(secret)
        + "&scope=" + encode(scope);
    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode body = parse(response.body());
      if (response.statusCode() != 200 || !body.path("access_token").isTextual()) {
        throw new TeamsException("BOT_TOKEN_URL " + url + " refused MICROSOFT_APP_ID " + appId + ": HTTP " + response.statusCode()
            + " " + body.path("error").asText("") + " " + body.path("error_description").asText("").lines().findFirst().orElse(""));
      }
      long seconds = body.path("expires_in").asLong(3600);
      long keep = Math.max(seconds - EARLY.toSeconds(), seconds / 2);
      return new Token(body.get("access_token").asText(), clock.instant().plusSeconds(keep));
    } catch (IOException e) {
      throw new TeamsException("BOT_TOKEN_URL " + url + " could not be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TeamsException("interrupted while getting a token from BOT_TOKEN_URL " + url, e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
