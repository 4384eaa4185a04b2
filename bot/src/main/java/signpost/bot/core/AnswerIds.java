package signpost.bot.core;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * New ids for the answers a channel gives ({@code slack-…}, {@code teams-…}, {@code web-…}): time-ordered UUIDs
 * (version 7, RFC 9562): the millisecond, then 74 random bits, each thread drawing from a generator of its own. An id
 * is what lets someone rate or explain an answer, so it must not be guessed: 74 random bits within a millisecond are
 * as far out of reach as a version 4's 122. Time-ordered, the answers' rows go to the end of every index on their id;
 * random, each batch of the store's writer changed index pages all over, and its commit wrote them all. The JDK's
 * {@link UUID#randomUUID()} draws from one shared generator behind a lock, for which every answer queued under load.
 */
public final class AnswerIds {

  /** A DRBG each: the default generator on Linux (NativePRNG) reads through one lock shared by all its instances. */
  private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(AnswerIds::generator);

  private AnswerIds() {}

  /** Returns {@code prefix-} and a new time-ordered (version 7) UUID. */
  public static String next(String prefix) {
    byte[] bytes = new byte[16];
    RANDOM.get().nextBytes(bytes);
    long millis = System.currentTimeMillis();
    for (int i = 0; i < 6; i++) bytes[i] = (byte) (millis >>> (40 - 8 * i));
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x70); // version 7
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
