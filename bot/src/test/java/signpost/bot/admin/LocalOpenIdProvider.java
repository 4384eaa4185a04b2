package signpost.bot.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A stand-in for an organisation's OpenID provider (as Entra ID is) on loopback port 0: the discovery document under
 * an issuer with a tenant path, an authorize endpoint that signs in whoever the test says and redirects back with a
 * code, a token endpoint that checks the code, the client secret, the redirect URI and the PKCE verifier (S256) before
 * handing out a real RS256-signed ID token, and the JWKS. A test can change the next token's header and claims, or the
 * key it is signed with, to see each one refused.
 */
public final class LocalOpenIdProvider implements AutoCloseable {

  public static final String CLIENT_ID = "signpost-admin-app";
  public static final String CLIENT_SECRET = "the-client-secret-of-the-admin-app";
  public static final String KEY_ID = "provider-key-1";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Who signs in at the authorize endpoint. */
  public record Person(String subject, String name, List<String> groups) {}

  /** Changes a genuine token's header and claims before it is signed. */
  public interface Tamper {
    void apply(ObjectNode header, ObjectNode claims);
  }

  /** What the authorize endpoint was asked for and what it gave, kept until the code is exchanged. */
  private record Grant(Person person, String nonce, String challenge, String redirect) {}

  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();
  private final AtomicInteger keyFetches = new AtomicInteger();
  private final Map<String, KeyPair> listed = new ConcurrentHashMap<>();
  private volatile Person person = new Person("subject-0", "Nobody", List.of());
  private volatile Tamper tamper = (header, claims) -> {};
  private volatile KeyPair signing;
  private volatile String signingId = KEY_ID;
  private volatile Map<String, String> lastAuthorization = Map.of();
  private volatile String announced;

  public LocalOpenIdProvider() throws Exception {
    signing = rsaKey();
    listed.put(KEY_ID, signing);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        String path = request.getHttpURI().getPath();
        Map<String, String> query = form(request.getHttpURI().getQuery());
        if (path.equals("/authorize")) {
          lastAuthorization = query;
          response.setStatus(302);
          response.getHeaders().put(HttpHeader.LOCATION, authorize(query));
          callback.succeeded();
          return true;
        }
        String[] reply = reply(path, form(body));
        response.setStatus(Integer.parseInt(reply[0]));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        Content.Sink.write(response, true, reply[1], callback);
        return true;
      }
    });
    server.start();
  }

  /** Returns the issuer, with a tenant path as Entra ID's has. */
  public URI issuer() {
    return URI.create(base() + "/tenant-1/v2.0");
  }

  /** Returns the settings that point Signpost at this provider, with {@code admins} as SIGNPOST_ADMINS. */
  public Map<String, String> settings(String admins) {
    return Map.of("SIGNPOST_ADMIN_OIDC_ISSUER", issuer().toString(), "SIGNPOST_ADMIN_OIDC_CLIENT_ID", CLIENT_ID,
        "SIGNPOST_ADMIN_OIDC_CLIENT_SECRET", CLIENT_SECRET, "SIGNPOST_ADMINS", admins);
  }

  /** Signs this person in at the next authorize request, with a genuine token unless {@link #tamper} says otherwise. */
  public void signIn(Person who) {
    person = who;
    tamper = (header, claims) -> {};
    signing = listed.get(KEY_ID);
    signingId = KEY_ID;
  }

  /** Changes the next tokens' header and claims before they are signed. */
  public void tamper(Tamper change) {
    tamper = change;
  }

  /** Signs the next tokens with this key under this id, listed in the JWKS or not. */
  public void signWith(KeyPair key, String id, boolean list) {
    signing = key;
    signingId = id;
    if (list) listed.put(id, key);
  }

  /** Makes the discovery document name this issuer instead of its own, as a misconfigured provider would. */
  public void announce(String issuer) {
    announced = issuer;
  }

  /** Returns the query of the last authorize request. */
  public Map<String, String> lastAuthorization() {
    return lastAuthorization;
  }

  /** Returns how many times the JWKS was fetched. */
  public int keyFetches() {
    return keyFetches.get();
  }

  /** Returns a token for a genuine sign-in of {@code who} with this nonce, signed with the listed key, changed by {@code change}. */
  public String token(Person who, String nonce, Tamper change) {
    Instant now = Instant.now();
    ObjectNode header = JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT").put("kid", signingId);
    ObjectNode claims = JSON.createObjectNode().put("iss", issuer().toString()).put("aud", CLIENT_ID).put("sub", who.subject())
        .put("name", who.name()).put("nonce", nonce).put("iat", now.getEpochSecond())
        .put("nbf", now.minusSeconds(5).getEpochSecond()).put("exp", now.plus(Duration.ofHours(1)).getEpochSecond());
    who.groups().forEach(claims.withArray("groups")::add);
    change.apply(header, claims);
    String signed = encode(header.toString()) + "." + encode(claims.toString());
    return signed + "." + signature(header.path("alg").asText(), signed);
  }

  private String signature(String alg, String signed) {
    try {
      byte[] bytes = signed.getBytes(StandardCharsets.US_ASCII);
      if (alg.equals("none")) return "";
      if (alg.equals("HS256")) {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(bytes));
      }
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(signing.getPrivate());
      rsa.update(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private String authorize(Map<String, String> query) {
    String redirect = query.get("redirect_uri");
    String code = "code-" + java.util.UUID.randomUUID();
    boolean good = "code".equals(query.get("response_type")) && CLIENT_ID.equals(query.get("client_id"))
        && "S256".equals(query.get("code_challenge_method")) && query.get("code_challenge") != null;
    if (!good) return redirect + "?error=invalid_request&state=" + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
    grants.put(code, new Grant(person, query.get("nonce"), query.get("code_challenge"), redirect));
    return redirect + "?code=" + code + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
  }

  private String[] reply(String path, Map<String, String> form) {
    if (path.equals(issuer().getPath() + "/.well-known/openid-configuration")) {
      return new String[] {"200", JSON.createObjectNode().put("issuer", announced == null ? issuer().toString() : announced)
          .put("authorization_endpoint", base() + "/authorize").put("token_endpoint", base() + "/token")
          .put("jwks_uri", base() + "/keys").toString()};
    }
    if (path.equals("/keys")) {
      keyFetches.incrementAndGet();
      ObjectNode jwks = JSON.createObjectNode();
      listed.forEach((id, key) -> jwks.withArray("keys").add(jwk(id, (RSAPublicKey) key.getPublic())));
      return new String[] {"200", jwks.toString()};
    }
    if (path.equals("/token")) {
      Grant grant = grants.remove(form.getOrDefault("code", ""));
      boolean good = grant != null && "authorization_code".equals(form.get("grant_type")) && CLIENT_ID.equals(form.get("client_id"))
          && CLIENT_SECRET.equals(form.get("client_secret")) && grant.redirect().equals(form.get("redirect_uri"))
          && grant.challenge().equals(RandomTokens.challenge(form.getOrDefault("code_verifier", "")));
      if (!good) return new String[] {"400", "{\"error\":\"invalid_grant\"}"};
      return new String[] {"200", JSON.createObjectNode().put("token_type", "Bearer").put("access_token", "access-" + grant.nonce())
          .put("id_token", token(grant.person(), grant.nonce(), tamper)).toString()};
    }
    return new String[] {"404", "{\"error\":\"not found\"}"};
  }

  /** Returns a new 2048-bit RSA key pair. */
  public static KeyPair rsaKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode jwk(String id, RSAPublicKey key) {
    return JSON.createObjectNode().put("kty", "RSA").put("use", "sig").put("alg", "RS256").put("kid", id)
        .put("n", unsigned(key.getModulus())).put("e", unsigned(key.getPublicExponent()));
  }

  private static String unsigned(BigInteger number) {
    byte[] bytes = number.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOfRange(bytes, skip, bytes.length));
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> form(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text == null) return out;
    for (String pair : text.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        out.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private String base() {
    return "http://127.0.0.1:" + connector.getLocalPort();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
