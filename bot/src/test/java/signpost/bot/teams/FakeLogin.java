package signpost.bot.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A stand-in for the Bot Framework's sign-in services on loopback: the OpenID metadata and the keys (JWKS, with
 * endorsements) that inbound tokens are checked against, and the token endpoint that hands the app its token for
 * replies (client credentials), recording each form it receives.
 */
final class FakeLogin implements AutoCloseable {

  static final String METADATA_PATH = "/v1/.well-known/openidconfiguration";
  static final String KEYS_PATH = "/v1/.well-known/keys";
  static final String TOKEN_PATH = "/botframework.com/oauth2/v2.0/token";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  private final List<Map<String, String>> tokenRequests = new ArrayList<>();
  private final AtomicInteger issued = new AtomicInteger();
  private volatile long stallMillis;
  private volatile String keys;

  FakeLogin(Tokens tokens) throws Exception {
    ArrayNode list = JSON.createArrayNode();
    list.add(LocalBotFramework.jwk(Tokens.TEAMS_KEY, (RSAPublicKey) tokens.teams.getPublic(), "msteams", "skype", "webchat"));
    list.add(LocalBotFramework.jwk(Tokens.WEBCHAT_KEY, (RSAPublicKey) tokens.webchat.getPublic(), "webchat"));
    keys = JSON.createObjectNode().set("keys", list).toString();
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        if (stallMillis > 0 && !request.getHttpURI().getPath().equals(TOKEN_PATH)) Thread.sleep(stallMillis);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        Content.Sink.write(response, true, reply(request.getHttpURI().getPath(), body), callback);
        return true;
      }
    });
    server.start();
  }

  String metadataUrl() {
    return base() + METADATA_PATH;
  }

  String tokenUrl() {
    return base() + TOKEN_PATH;
  }

  /** Makes the OpenID metadata and keys answer only after a pause (zero: at once), as a stalled endpoint would. */
  void stall(java.time.Duration pause) {
    stallMillis = pause.toMillis();
  }

  /** Lists only this key from now on, endorsed for msteams, as after the Bot Framework rotated its signing keys. */
  void rotate(String keyId, RSAPublicKey key) {
    ArrayNode list = JSON.createArrayNode();
    list.add(LocalBotFramework.jwk(keyId, key, "msteams"));
    keys = JSON.createObjectNode().set("keys", list).toString();
  }

  /** Returns the forms posted to the token endpoint so far. */
  List<Map<String, String>> tokenRequests() {
    synchronized (tokenRequests) {
      return List.copyOf(tokenRequests);
    }
  }

  /** Returns the access token the endpoint handed out n-th, counting from 1. */
  static String accessToken(int n) {
    return "outbound-access-token-" + n;
  }

  private String reply(String path, String body) {
    return switch (path) {
      case METADATA_PATH -> JSON.createObjectNode().put("issuer", Tokens.ISSUER).put("jwks_uri", base() + KEYS_PATH)
          .put("authorization_endpoint", "https://invalid.botframework.com").toString();
      case KEYS_PATH -> keys;
      case TOKEN_PATH -> {
        synchronized (tokenRequests) {
          tokenRequests.add(form(body));
        }
        yield "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\""
            + accessToken(issued.incrementAndGet()) + "\"}";
      }
      default -> "{}";
    };
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) out.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  private String base() {
    return "http://127.0.0.1:" + connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the sign-in stand-in did not stop", e);
    }
  }
}
