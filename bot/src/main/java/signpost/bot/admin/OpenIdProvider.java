package signpost.bot.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import signpost.bot.config.AdminSignIn;

/**
 * The organisation's OpenID provider, reached over HTTP with a timeout on every call: its discovery document (fetched
 * on first use, again after a failure), its RSA signing keys (cached, fetched again when a token names a key not yet
 * seen, at most once per {@link #KEY_REFRESH}), and its token endpoint, where a code is exchanged for an ID token.
 */
public final class OpenIdProvider {

  /** The least time between two fetches of the keys, so tokens naming unknown keys cannot make us hammer the provider. */
  static final Duration KEY_REFRESH = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY = 256 * 1024;

  private final AdminSignIn settings;
  private final HttpClient http;
  private final Clock clock;
  private volatile Discovery discovery;
  private Map<String, RSAPublicKey> keys = Map.of();
  private Instant keysFetched = Instant.MIN;

  public OpenIdProvider(AdminSignIn settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public AdminSignIn settings() {
    return settings;
  }

  /**
   * Returns the provider's endpoints from its discovery document.
   *
   * @throws SignInException when the document cannot be fetched, or names another issuer or no endpoint
   */
  public Discovery discovery() {
    Discovery known = discovery;
    if (known != null) return known;
    JsonNode document = get(settings.discovery());
    String issuer = document.path("issuer").asText("");
    if (!issuer.equals(settings.issuer().toString())) {
      throw new SignInException("the discovery document at " + settings.discovery() + " names issuer \"" + issuer
          + "\", not the configured " + settings.issuer());
    }
    known = new Discovery(issuer, endpoint(document, "authorization_endpoint"), endpoint(document, "token_endpoint"),
        endpoint(document, "jwks_uri"));
    discovery = known;
    return known;
  }

  /**
   * Returns the provider's RSA key with this id, fetching the keys again when it is not known yet.
   *
   * @throws SignInException when the provider lists no such key
   */
  public synchronized RSAPublicKey key(String id) {
    RSAPublicKey key = keys.get(id);
    if (key != null) return key;
    Instant now = clock.instant();
    if (Duration.between(keysFetched, now).compareTo(KEY_REFRESH) >= 0 || keysFetched.isAfter(now)) {
      keysFetched = now;
      keys = rsaKeys(get(discovery().keys()));
      key = keys.get(id);
    }
    if (key == null) throw new SignInException("the provider lists no signing key \"" + id + "\"");
    return key;
  }

  /**
   * Exchanges an authorization code for the ID token, sending the PKCE verifier and this app's credentials.
   *
   * @throws SignInException when the provider refuses the code or answers without an ID token
   */
  public String exchange(String code, String verifier, URI redirect) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", redirect.toString());
    form.put("client_id", settings.clientId());
    form.put("client_secret", settings.clientSecret());
    form.put("code_verifier", verifier);
    String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(discovery().token()).timeout(settings.timeout())
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    JsonNode tokens = send(request);
    String idToken = tokens.path("id_token").asText("");
    if (idToken.isEmpty()) throw new SignInException("the token endpoint answered without an id_token");
    return idToken;
  }

  private JsonNode get(URI uri) {
    return send(HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("Accept", "application/json").GET().build());
  }

  private JsonNode send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      byte[] body = response.body();
      if (body.length > MAX_BODY) throw new SignInException(request.uri() + " answered with more than " + MAX_BODY + " bytes");
      if (response.statusCode() != 200) {
        throw new SignInException(request.uri() + " answered " + response.statusCode() + ": "
            + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8));
      }
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new SignInException("cannot reach the OpenID provider at " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SignInException("interrupted while asking the OpenID provider at " + request.uri(), e);
    }
  }

  private URI endpoint(JsonNode document, String name) {
    String value = document.path(name).asText("");
    if (value.isEmpty()) throw new SignInException("the discovery document at " + settings.discovery() + " has no " + name);
    return URI.create(value);
  }

  private static Map<String, RSAPublicKey> rsaKeys(JsonNode jwks) {
    Map<String, RSAPublicKey> out = new HashMap<>();
    for (JsonNode key : jwks.path("keys")) {
      if (!key.path("kty").asText().equals("RSA") || key.path("kid").asText("").isEmpty()) continue;
      if (key.has("use") && !key.path("use").asText().equals("sig")) continue;
      out.put(key.path("kid").asText(), rsa(key.path("n").asText(), key.path("e").asText()));
    }
    return Map.copyOf(out);
  }

  private static RSAPublicKey rsa(String modulus, String exponent) {
    try {
      Base64.Decoder url = Base64.getUrlDecoder();
      return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
          new RSAPublicKeySpec(new BigInteger(1, url.decode(modulus)), new BigInteger(1, url.decode(exponent))));
    } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
      throw new SignInException("the provider lists an RSA key that cannot be read: " + e.getMessage(), e);
    }
  }
}
