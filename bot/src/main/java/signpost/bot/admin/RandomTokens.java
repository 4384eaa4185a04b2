package signpost.bot.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable tokens for sign-in (state, nonce, PKCE verifier), sessions and forms: 32 random bytes, base64url. The
 * PKCE challenge is the S256 one (RFC 7636).
 */
public final class RandomTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private RandomTokens() {}

  /** Returns a new token of 43 base64url characters. */
  public static String next() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return URL.encodeToString(bytes);
  }

  /** Returns the S256 code challenge of a PKCE code verifier: base64url of its SHA-256. */
  public static String challenge(String verifier) {
    return URL.encodeToString(sha256(verifier));
  }

  /** Returns the SHA-256 of the text as hex, how a session token is kept: the database never holds a live one. */
  public static String digest(String text) {
    StringBuilder hex = new StringBuilder(64);
    for (byte b : sha256(text)) hex.append(String.format("%02x", b));
    return hex.toString();
  }

  /** Compares two tokens in constant time; null matches nothing. */
  public static boolean same(String a, String b) {
    return a != null && b != null && MessageDigest.isEqual(sha256(a), sha256(b));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
