package signpost.bot.teams;

import com.auth0.jwk.InvalidPublicKeyException;
import com.auth0.jwk.Jwk;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.connector.authentication.OpenIdMetadata;
import com.microsoft.bot.connector.authentication.OpenIdMetadataKey;
import com.microsoft.bot.connector.authentication.OpenIdMetadataResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys that sign Bot Framework tokens, from {@code BOT_OPENID_METADATA_URL} and the {@code jwks_uri} it names,
 * fetched with connect and read timeouts. A token whose key is cached is checked at once, even while a refresh is
 * slow or failing (the refresh runs in the background and keeps the old keys until it succeeds); a token with an
 * unknown key waits for a refresh at most the timeout, and refreshes for unknown keys are at most one a minute.
 * Replaces the SDK's cache, which fetched with no timeout and dropped its keys before each refresh.
 */
final class BotKeys implements OpenIdMetadataResolver, OpenIdMetadata {

  static final Duration FRESH = Duration.ofHours(24);
  static final Duration RETRY = Duration.ofMinutes(1);
  private static final Logger LOG = LoggerFactory.getLogger(BotKeys.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI metadataUrl;
  private final Duration timeout;
  private final Clock clock;
  private final HttpClient http;
  private volatile Map<String, OpenIdMetadataKey> keys = Map.of();
  private volatile Instant fetched = Instant.MIN;
  private volatile long generation;
  private Instant attempted = Instant.MIN;
  private CompletableFuture<Void> refreshing;

  BotKeys(String metadataUrl, Duration timeout, Clock clock) {
    this.metadataUrl = URI.create(metadataUrl);
    this.timeout = timeout;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Override
  public OpenIdMetadata get(String ignoredUrl) {
    // One metadata URL per server, from the configuration; the SDK passes its own global one.
    return this;
  }

  @Override
  public OpenIdMetadataKey getKey(String keyId) {
    OpenIdMetadataKey key = keyId == null ? null : keys.get(keyId);
    if (key != null) {
      if (clock.instant().isAfter(fetched.plus(FRESH))) refresh(false);
      return key;
    }
    CompletableFuture<Void> pending = refresh(true);
    if (pending == null) return null;
    try {
      pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // The token is refused now; the refresh goes on and its keys serve later tokens.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return keyId == null ? null : keys.get(keyId);
  }

  /**
   * Returns which list of keys is in use: it changes with every refresh that succeeds (at least daily, and when a token
   * names an unknown key), so a token trusted under earlier keys is checked again (see {@link TrustedTokens}).
   */
  long generation() {
    return generation;
  }

  /** Starts a refresh unless one is running or, for an unknown key, one was tried within {@link #RETRY}. */
  private synchronized CompletableFuture<Void> refresh(boolean unknownKey) {
    if (refreshing != null && !refreshing.isDone()) return refreshing;
    Instant now = clock.instant();
    if (unknownKey && now.isBefore(attempted.plus(RETRY))) return null;
    attempted = now;
    refreshing = fetch(metadataUrl).thenCompose(metadata -> fetch(jwksUri(metadata))).thenAccept(this::keep)
        .whenComplete((done, failure) -> {
          if (failure != null) LOG.warn("Teams: could not refresh the token keys from {}: {}", metadataUrl, failure.toString());
        });
    return refreshing;
  }

  private CompletableFuture<String> fetch(URI url) {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/json").GET().build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
      if (response.statusCode() != 200) throw new IllegalStateException(url + " answered HTTP " + response.statusCode());
      return response.body();
    });
  }

  private static URI jwksUri(String metadata) {
    String uri = read(metadata).getOrDefault("jwks_uri", "").toString();
    if (!uri.startsWith("https://") && !uri.startsWith("http://")) throw new IllegalStateException("no http(s) jwks_uri: " + uri);
    return URI.create(uri);
  }

  @SuppressWarnings("unchecked")
  private void keep(String body) {
    Map<String, OpenIdMetadataKey> found = new HashMap<>();
    Object list = read(body).get("keys");
    if (list instanceof List<?> jwks) {
      for (Object value : jwks) {
        if (value instanceof Map<?, ?> map) key(Jwk.fromValues((Map<String, Object>) map), found);
      }
    }
    if (found.isEmpty()) throw new IllegalStateException("the key list names no usable RSA key");
    keys = Map.copyOf(found);
    generation++;
    fetched = clock.instant();
  }

  @SuppressWarnings("unchecked")
  private static void key(Jwk jwk, Map<String, OpenIdMetadataKey> found) {
    try {
      if (jwk.getId() == null || !(jwk.getPublicKey() instanceof RSAPublicKey rsa)) return;
      OpenIdMetadataKey key = new OpenIdMetadataKey();
      key.key = rsa;
      key.endorsements = (List<String>) jwk.getAdditionalAttributes().get("endorsements");
      key.certificateChain = jwk.getCertificateChain();
      found.put(jwk.getId(), key);
    } catch (InvalidPublicKeyException | ClassCastException e) {
      LOG.warn("Teams: skipped token key {}: {}", jwk.getId(), e.toString());
    }
  }

  private static Map<String, Object> read(String body) {
    try {
      return JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("not a JSON object", e);
    }
  }
}
