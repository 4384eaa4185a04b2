package signpost.bot.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Channel tokens already checked in full, kept by the SHA-256 of the token (never the token itself) so that the next
 * activity carrying the same token skips the RSA check: the Bot Framework sends one token with every activity for up
 * to an hour. A token is trusted again only for the channel and service URL it was checked for, only while the
 * signing keys are the ones it was checked with, and only until its {@code exp} plus the clock skew the check allows;
 * a token without {@code exp} is never kept. At most a given number of tokens are kept ({@link #CAPACITY} in
 * {@code serve}), the least recently used dropped first.
 */
final class TrustedTokens {

  static final int CAPACITY = 10_000;

  private record Entry(String channelId, String serviceUrl, long keys, Instant until, String issuer, String type,
      Map<String, String> claims) {}

  private final Clock clock;
  private final Duration skew;
  private final Map<String, Entry> entries;

  /**
   * @param skew how long after its {@code exp} the full check still accepts a token
   * @param capacity how many tokens to keep at most
   */
  TrustedTokens(Clock clock, Duration skew, int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    this.clock = clock;
    this.skew = skew;
    this.entries = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * Returns a fresh copy of the identity a token was checked with, or null when it must be checked in full: never
   * checked, checked for another channel or service URL or under other keys ({@code keys}), or expired.
   */
  ClaimsIdentity trusted(String token, String channelId, String serviceUrl, long keys) {
    String hash = hash(token);
    synchronized (entries) {
      Entry entry = entries.get(hash);
      if (entry == null) return null;
      if (entry.keys != keys || !clock.instant().isBefore(entry.until)) {
        entries.remove(hash);
        return null;
      }
      if (!entry.channelId.equals(channelId) || !entry.serviceUrl.equals(serviceUrl)) return null;
      return new ClaimsIdentity(entry.issuer, entry.type, new HashMap<>(entry.claims));
    }
  }

  /** Trusts a token that the full check has just accepted under the signing keys {@code keys}, until it expires. */
  void trust(String token, String channelId, String serviceUrl, long keys, ClaimsIdentity identity) {
    Date expires;
    try {
      expires = JWT.decode(token).getExpiresAt();
    } catch (JWTDecodeException e) {
      return;
    }
    if (expires == null || channelId == null || serviceUrl == null) return;
    Entry entry = new Entry(channelId, serviceUrl, keys, expires.toInstant().plus(skew), identity.getIssuer(), identity.getType(),
        // The SDK gives claims that are not strings (exp, nbf, iat) a null value, which Map.copyOf refuses.
        Collections.unmodifiableMap(new HashMap<>(identity.claims())));
    synchronized (entries) {
      entries.put(hash(token), entry);
    }
  }

  /** Stops trusting a token, after the full check refused it. */
  void forget(String token) {
    String hash = hash(token);
    synchronized (entries) {
      entries.remove(hash);
    }
  }

  /** Returns how many tokens are kept. */
  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
