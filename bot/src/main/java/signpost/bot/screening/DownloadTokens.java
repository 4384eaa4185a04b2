package signpost.bot.screening;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs short-lived download links for a screening record, for channels that cannot send the owner's credentials
 * with a click (a link in Slack or Teams): the token binds the reference, the owner and an expiry time with an
 * HMAC-SHA256 under a key every replica shares. A reference alone grants nothing; a token grants one record to one
 * owner until it expires.
 */
public final class DownloadTokens {

  /** How long a link works. */
  public static final Duration LIFETIME = Duration.ofMinutes(30);
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private final byte[] key;
  private final Clock clock;

  /** @param key at least 32 bytes of secret shared by every replica */
  public DownloadTokens(byte[] key, Clock clock) {
    if (key.length < 32) throw new IllegalArgumentException("a download key needs at least 32 bytes");
    this.key = key.clone();
    this.clock = clock;
  }

  /** Returns a token for the owner to fetch the record until {@link #LIFETIME} from now. */
  public String issue(String reference, String owner) {
    long expires = clock.instant().plus(LIFETIME).getEpochSecond();
    byte[] ownerBytes = owner.getBytes(StandardCharsets.UTF_8);
    ByteBuffer body = ByteBuffer.allocate(8 + ownerBytes.length).putLong(expires).put(ownerBytes);
    return ENCODE.encodeToString(body.array()) + "." + ENCODE.encodeToString(mac(reference, body.array()));
  }

  /** Returns the owner the token was issued to, when it is genuine, for this reference, and not expired. */
  public Optional<String> owner(String token, String reference) {
    if (token == null || reference == null) return Optional.empty();
    int dot = token.indexOf('.');
    if (dot <= 0 || dot == token.length() - 1 || token.length() > 512) return Optional.empty();
    try {
      byte[] body = DECODE.decode(token.substring(0, dot));
      byte[] signature = DECODE.decode(token.substring(dot + 1));
      if (body.length < 9 || !MessageDigest.isEqual(signature, mac(reference, body))) return Optional.empty();
      ByteBuffer buffer = ByteBuffer.wrap(body);
      if (Instant.ofEpochSecond(buffer.getLong()).isBefore(clock.instant())) return Optional.empty();
      return Optional.of(new String(body, 8, body.length - 8, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(String reference, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update("screening-download\0".getBytes(StandardCharsets.UTF_8));
      mac.update(reference.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java has no HmacSHA256", e);
    }
  }
}
