package signpost.bot.teams;

import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;

/**
 * Signs Bot Framework channel tokens with RSA keys made here, as the Bot Framework signs what it sends a bot: RS256,
 * issuer {@code https://api.botframework.com}, audience the app id, and the {@code serviceurl} claim.
 */
final class Tokens {

  static final String ISSUER = LocalBotFramework.ISSUER;
  /** Listed in the JWKS with the msteams endorsement. */
  static final String TEAMS_KEY = "teams-key-1";
  /** Listed in the JWKS with only the webchat endorsement. */
  static final String WEBCHAT_KEY = "webchat-key-1";

  final KeyPair teams = LocalBotFramework.rsaKey();
  final KeyPair webchat = LocalBotFramework.rsaKey();
  final KeyPair stranger = LocalBotFramework.rsaKey();

  /** Returns claims a genuine token for this app and service URL has, valid now, signed by nothing yet. */
  static JWTCreator.Builder claims(String appId, String serviceUrl) {
    return LocalBotFramework.claims(TEAMS_KEY, appId, serviceUrl, Duration.ofMinutes(55));
  }

  /** Returns an Authorization header with the claims signed by the key pair. */
  static String bearer(JWTCreator.Builder claims, KeyPair key) {
    return "Bearer " + claims.sign(Algorithm.RSA256((RSAPublicKey) key.getPublic(), (RSAPrivateKey) key.getPrivate()));
  }

  /** Returns a genuine Authorization header for this app and service URL. */
  String genuine(String appId, String serviceUrl) {
    return bearer(claims(appId, serviceUrl), teams);
  }
}
