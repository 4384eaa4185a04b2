package signpost.bot.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import signpost.bot.core.Hex;

/**
 * Checks that a request was signed by Slack: {@code v0=} and the hex HMAC-SHA256 of {@code v0:timestamp:body}
 * (the body's UTF-8 bytes) under the signing secret, with a timestamp within five minutes of now either way.
 * Slack's algorithm, as Bolt's own verifier, which it replaces because that one formats every byte with
 * {@code String.format}, a tenth of a slash command's cost, and compares with {@code equals}, which leaks
 * timing; this one compares in constant time and keeps one keyed {@link Mac} per thread.
 *
 * <p>{@link SignedOnly} checks each request before Bolt sees it, and Bolt's own middleware checks it again on the same
 * thread: a thread remembers the last request it found signed (its secret, timestamp, signature and body), so the
 * second check compares text instead of hashing the body again. Only a request found signed is remembered, and only
 * the very same one passes by it.
 */
final class SigningCheck extends SlackSignature.Verifier {

  static final long WINDOW_MILLIS = 5 * 60 * 1000;
  private static final String PREFIX = "v0=";
  private static final int HEX_LENGTH = 64;

  /** The last request a thread found signed, under which secret. */
  private record Signed(String secret, String timestamp, String signature, String body) {}

  private static final ThreadLocal<Signed> LAST_SIGNED = new ThreadLocal<>();

  private final String secret;
  private final ThreadLocal<Mac> macs;
  private final LongAdder hashes = new LongAdder();

  /** @throws IllegalArgumentException when the secret is blank */
  SigningCheck(String secret) {
    super(new SlackSignature.Generator(secret));
    this.secret = secret;
    SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), SlackSignature.ALGORITHM);
    this.macs = ThreadLocal.withInitial(() -> keyed(key));
  }

  @Override
  public boolean isValid(String timestamp, String body, String signature, long nowMillis) {
    if (timestamp == null || signature == null || body == null) return false;
    if (signature.length() != PREFIX.length() + HEX_LENGTH || !signature.startsWith(PREFIX)) return false;
    if (!recent(timestamp, nowMillis)) return false;
    Signed last = LAST_SIGNED.get();
    if (last != null && last.signature().equals(signature) && last.timestamp().equals(timestamp) && last.body().equals(body)
        && last.secret().equals(secret)) {
      return true;
    }
    if (!hashed(timestamp, body, signature)) return false;
    LAST_SIGNED.set(new Signed(secret, timestamp, signature, body));
    return true;
  }

  /** Returns true when the signature is the keyed hash of the timestamp and body. */
  private boolean hashed(String timestamp, String body, String signature) {
    hashes.increment();
    byte[] given;
    try {
      given = Hex.bytes(signature, PREFIX.length(), signature.length());
    } catch (IllegalArgumentException notHex) {
      return false;
    }
    Mac mac = macs.get();
    mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
    return MessageDigest.isEqual(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)), given);
  }

  /** Returns how many bodies this check has hashed. */
  long hashes() {
    return hashes.sum();
  }

  private static boolean recent(String timestamp, long nowMillis) {
    try {
      return Math.abs(nowMillis - Long.parseLong(timestamp) * 1000) < WINDOW_MILLIS;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Mac keyed(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(SlackSignature.ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java has no " + SlackSignature.ALGORITHM, e);
    }
  }
}
