package signpost.bot.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import signpost.bot.config.AdminSignIn;

/**
 * Checks an ID token as OpenID Connect Core 3.1.3.7 asks: signed RS256 by one of the provider's keys (any other
 * algorithm, {@code none} above all, is refused), issued by the configured issuer for this app's client id, within
 * its {@code nbf} and {@code exp} (a minute's allowance for clocks), and carrying the nonce this sign-in sent.
 */
public final class IdTokens {

  static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpenIdProvider provider;
  private final Clock clock;

  public IdTokens(OpenIdProvider provider, Clock clock) {
    this.provider = provider;
    this.clock = clock;
  }

  /**
   * Returns who the token says signed in.
   *
   * @throws SignInException saying which check the token fails
   */
  public Identity verify(String token, String nonce) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) throw new SignInException("the ID token is not a signed JWT (" + parts.length + " parts)");
    JsonNode header = json(parts[0], "header");
    String alg = header.path("alg").asText("");
    if (!alg.equals("RS256")) throw new SignInException("the ID token is signed with \"" + alg + "\"; only RS256 is accepted");
    checkSignature(parts, provider.key(header.path("kid").asText("")));
    JsonNode claims = json(parts[1], "claims");
    AdminSignIn settings = provider.settings();
    String issuer = claims.path("iss").asText("");
    if (!issuer.equals(settings.issuer().toString())) throw new SignInException("the ID token was issued by \"" + issuer + "\"");
    if (!audience(claims).contains(settings.clientId())) {
      throw new SignInException("the ID token is for " + audience(claims) + ", not this app");
    }
    Instant now = clock.instant();
    if (!claims.path("exp").isNumber()) throw new SignInException("the ID token has no expiry (exp)");
    if (Instant.ofEpochSecond(claims.path("exp").asLong()).plus(CLOCK_SKEW).isBefore(now)) {
      throw new SignInException("the ID token has expired (exp " + claims.path("exp") + ")");
    }
    if (claims.has("nbf") && Instant.ofEpochSecond(claims.path("nbf").asLong()).minus(CLOCK_SKEW).isAfter(now)) {
      throw new SignInException("the ID token is not valid yet (nbf " + claims.path("nbf") + ")");
    }
    if (!RandomTokens.same(claims.path("nonce").asText(null), nonce)) {
      throw new SignInException("the ID token's nonce is not the one this sign-in sent");
    }
    String subject = claims.path("sub").asText("");
    if (subject.isEmpty()) throw new SignInException("the ID token names no subject");
    String name = claims.path("name").asText(claims.path("preferred_username").asText(subject));
    return new Identity(subject, name, strings(claims.path(settings.claim())));
  }

  private static void checkSignature(String[] parts, java.security.PublicKey key) {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(key);
      rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
        throw new SignInException("the ID token's signature does not match the provider's key");
      }
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new SignInException("the ID token's signature cannot be checked: " + e.getMessage(), e);
    }
  }

  private static List<String> audience(JsonNode claims) {
    return strings(claims.path("aud"));
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isTextual()) out.add(node.asText());
    else if (node.isArray()) node.forEach(value -> {
      if (value.isTextual()) out.add(value.asText());
    });
    return out;
  }

  private static JsonNode json(String part, String what) {
    try {
      JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(part));
      if (node == null || !node.isObject()) throw new SignInException("the ID token's " + what + " is not a JSON object");
      return node;
    } catch (IOException | IllegalArgumentException e) {
      throw new SignInException("the ID token's " + what + " cannot be read: " + e.getMessage(), e);
    }
  }
}
