package signpost.bot.core;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * New ids for the answers a channel gives ({@code slack-…}, {@code teams-…}, {@code web-…}): random UUIDs, as
 * unguessable as {@link UUID#randomUUID()}'s, each thread drawing from a generator of its own. The JDK's draws every
 * UUID from one shared generator behind a lock, for which every answer of every channel queued under load.
 */
public final class AnswerIds {

  /** A DRBG each: the default generator on Linux (NativePRNG) reads through one lock shared by all its instances. */
  private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(AnswerIds::generator);

  private AnswerIds() {}

  /** Returns {@code prefix-} and a new random (version 4) UUID. */
  public static String next(String prefix) {
    byte[] bytes = new byte[16];
    RANDOM.get().nextBytes(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) high = (high << 8) | (bytes[i] & 0xff);
    for (int i = 8; i < 16; i++) low = (low << 8) | (bytes[i] & 0xff);
    return prefix + "-" + new UUID(high, low);
  }

  private static SecureRandom generator() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }
}
