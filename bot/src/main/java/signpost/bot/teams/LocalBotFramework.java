package signpost.bot.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * Stands in on loopback for the Bot Framework services a Teams bot talks to, with an RSA key of its own: the
 * OpenID metadata and keys (endorsed for msteams) that inbound tokens are checked against, the token endpoint
 * that hands the app its token for replies, and a Bot Connector that accepts every reply. It signs channel
 * tokens as the Bot Framework does, so the server benchmark sends authenticated activities without Microsoft.
 */
public final class LocalBotFramework implements AutoCloseable {

  public static final String ISSUER = "https://api.botframework.com";
  static final String METADATA_PATH = "/v1/.well-known/openidconfiguration";
  static final String KEYS_PATH = "/v1/.well-known/keys";
  static final String TOKEN_PATH = "/oauth2/v2.0/token";
  static final String CONNECTOR_PATH = "/connector";
  private static final String KEY_ID = "local-key-1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KeyPair key = rsaKey();
  private final AtomicLong replies = new AtomicLong();
  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);

  private LocalBotFramework() {}

  /** Starts the stand-in on a free loopback port. */
  public static LocalBotFramework start() throws Exception {
    LocalBotFramework local = new LocalBotFramework();
    local.connector.setHost("127.0.0.1");
    local.server.addConnector(local.connector);
    local.server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        Content.Sink.write(response, true, local.reply(request.getHttpURI().getPath(), body), callback);
        return true;
      }
    });
    local.server.start();
    return local;
  }

  /** Returns the {@code BOT_OPENID_METADATA_URL} to give the bot. */
  public String openIdMetadataUrl() {
    return base() + METADATA_PATH;
  }

  /** Returns the {@code BOT_TOKEN_URL} to give the bot. */
  public String tokenUrl() {
    return base() + TOKEN_PATH;
  }

  /** Returns the {@code serviceUrl} activities name: the stand-in's Bot Connector. */
  public String serviceUrl() {
    return base() + CONNECTOR_PATH;
  }

  /** Returns how many replies the Bot Connector has accepted, typing indicators not counted. */
  public long replies() {
    return replies.get();
  }

  /**
   * Returns an {@code Authorization} header as the Bot Framework sends with an activity for the app: an RS256
   * token from this stand-in's key, for the app id and {@link #serviceUrl()}, valid for the next {@code valid}.
   */
  public String authorization(String appId, Duration valid) {
    return "Bearer " + claims(KEY_ID, appId, serviceUrl(), valid)
        .sign(Algorithm.RSA256((RSAPublicKey) key.getPublic(), (RSAPrivateKey) key.getPrivate()));
  }

  /**
   * Returns the claims of a channel token as the Bot Framework issues them, unsigned: issuer, audience the app id,
   * the {@code serviceurl} claim, issued a minute ago and valid for {@code valid} from now.
   */
  static JWTCreator.Builder claims(String keyId, String appId, String serviceUrl, Duration valid) {
    Instant now = Instant.now();
    return JWT.create().withKeyId(keyId).withIssuer(ISSUER).withAudience(appId).withClaim("serviceurl", serviceUrl)
        .withNotBefore(Date.from(now.minusSeconds(60))).withIssuedAt(Date.from(now.minusSeconds(60)))
        .withExpiresAt(Date.from(now.plus(valid)));
  }

  private String reply(String path, String body) {
    if (path.equals(METADATA_PATH)) {
      return JSON.createObjectNode().put("issuer", ISSUER).put("jwks_uri", base() + KEYS_PATH).toString();
    }
    if (path.equals(KEYS_PATH)) return keys();
    if (path.equals(TOKEN_PATH)) {
      return "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"local-access-token\"}";
    }
    if (path.startsWith(CONNECTOR_PATH + "/v3/conversations/")) {
      // A typing indicator (shown only for a slow answer) is not a reply.
      return "{\"id\":\"reply-" + (body.contains("\"type\":\"typing\"") ? 0 : replies.incrementAndGet()) + "\"}";
    }
    return "{}";
  }

  private String keys() {
    ObjectNode keys = JSON.createObjectNode();
    keys.putArray("keys").add(jwk(KEY_ID, (RSAPublicKey) key.getPublic(), "msteams"));
    return keys.toString();
  }

  /** Returns a public key as the Bot Framework lists it: a JWK with the channels that endorse it. */
  static ObjectNode jwk(String id, RSAPublicKey key, String... endorsements) {
    ObjectNode jwk = JSON.createObjectNode().put("kty", "RSA").put("use", "sig").put("kid", id)
        .put("n", base64(key.getModulus())).put("e", base64(key.getPublicExponent()));
    for (String endorsement : endorsements) jwk.withArray("endorsements").add(endorsement);
    return jwk;
  }

  private static String base64(BigInteger number) {
    byte[] bytes = number.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOfRange(bytes, skip, bytes.length));
  }

  /** Returns a new 2048-bit RSA key pair, as the Bot Framework signs with. */
  static KeyPair rsaKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java cannot make RSA keys", e);
    }
  }

  private String base() {
    return "http://127.0.0.1:" + connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the Bot Framework stand-in did not stop: " + e.getMessage(), e);
    }
  }
}
