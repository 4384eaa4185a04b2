package signpost.bot.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ids Slack and Teams answers carry in their buttons, signed so that no row need be kept for each answer: an id
 * says when the answer was given, which text "Why?" explains and which question a 👎 logs, and a keyed hash
 * (HMAC-SHA256, under a key every replica shares) proves Signpost gave it. A rating or "Why?" on any replica checks the
 * signature and the time, and finds the text and the question by their digests, each kept once however often it is
 * given or asked.
 *
 * <p>An id reads {@code <question id>.<seconds>.<digest>.<question key>.<signature>}: the question's own id (e.g.
 * {@code slack-…}), the second it was given in base 36, the SHA-256 of the answer's text in URL-safe Base64 (empty for
 * an answer with nothing to explain), the {@linkplain #questionKey key of its question} (empty when none is kept), and
 * the first 128 bits of the keyed hash of all that before it, in URL-safe Base64. About 145 characters, within the 200
 * a rating's id may have. An id signed before ids named their question ({@code <question id>.<seconds>.<digest>.
 * <signature>}) reads as one without a question key.
 */
public final class SignedAnswerIds {

  /**
   * What a signed id says: whose question it answered, when, the digest of its text and the key of its question (each
   * null when none).
   */
  public record Signed(String questionId, Instant given, String digest, String questionKey) {}

  private static final String HMAC = "HmacSHA256";
  private static final int SIGNATURE_BYTES = 16;
  private static final int QUESTION_KEY_BYTES = 16;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  /** A MAC each thread keeps, keyed once (looking one up and keying it costs more than the hash). */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::mac);

  /** @param key the secret every replica shares, e.g. derived from the pseudonym key */
  public SignedAnswerIds(byte[] key) {
    if (key.length < 16) throw new IllegalArgumentException("an answer id key needs 16 bytes or more, not " + key.length);
    this.key = new SecretKeySpec(key.clone(), HMAC);
  }

  /**
   * Returns the id of an answer to question {@code questionId} given at {@code given}, whose text has this SHA-256
   * digest in hexadecimal (null when the answer has nothing "Why?" can show) and whose question is kept under
   * {@code questionKey} (null when it is not).
   */
  public String sign(String questionId, Instant given, String hexDigest, String questionKey) {
    if (questionId == null || questionId.isEmpty() || questionId.indexOf('.') >= 0) {
      throw new IllegalArgumentException("a question id to sign must be non-empty and without '.': " + questionId);
    }
    if (questionKey != null && !isQuestionKey(questionKey)) throw new IllegalArgumentException("not a question key: " + questionKey);
    String digest = hexDigest == null ? "" : ENCODER.encodeToString(Hex.bytes(hexDigest));
    String signed = questionId + '.' + Long.toString(given.getEpochSecond(), 36) + '.' + digest + '.'
        + (questionKey == null ? "" : questionKey);
    return signed + '.' + ENCODER.encodeToString(signature(signed));
  }

  /**
   * Returns the key a question is kept under for a 👎, the same on every replica: the first 128 bits of the keyed hash
   * of its organisation and its text, in URL-safe Base64 (22 characters). Keyed, so that an id shown in a button tells
   * nothing of the question to whoever guesses at it.
   *
   * @param organisation the organisation's id, or null for none
   */
  public String questionKey(String organisation, String text) {
    String keyed = "question\n" + (organisation == null ? "" : organisation) + '\n' + text;
    return ENCODER.encodeToString(Arrays.copyOf(macs.get().doFinal(keyed.getBytes(StandardCharsets.UTF_8)), QUESTION_KEY_BYTES));
  }

  /** Returns true for text of a question key's form: 22 URL-safe Base64 characters. */
  private static boolean isQuestionKey(String text) {
    if (text.length() != 22) return false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) return false;
    }
    return true;
  }

  /**
   * Returns what a signed id says, or empty when it is not one or its signature does not hold: made by another key,
   * changed on its way, or not a signed id at all.
   */
  public Optional<Signed> read(String id) {
    int dots = id == null ? 0 : count(id, '.');
    // Three: an id signed before ids named their question.
    if (dots != 3 && dots != 4) return Optional.empty();
    int last = id.lastIndexOf('.');
    int keyAt = dots == 4 ? id.lastIndexOf('.', last - 1) : last;
    int digestAt = id.lastIndexOf('.', keyAt - 1);
    int secondsAt = id.lastIndexOf('.', digestAt - 1);
    String expected = ENCODER.encodeToString(signature(id.substring(0, last)));
    // Compared as text: Base64 lets a last character differ in bits that decode to nothing, a signature must not.
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), id.substring(last + 1).getBytes(StandardCharsets.UTF_8))
        || secondsAt == 0) {
      return Optional.empty();
    }
    String questionKey = id.substring(keyAt == last ? last : keyAt + 1, last);
    if (!questionKey.isEmpty() && !isQuestionKey(questionKey)) return Optional.empty();
    byte[] digest;
    long seconds;
    try {
      digest = DECODER.decode(id.substring(digestAt + 1, keyAt));
      seconds = Long.parseLong(id.substring(secondsAt + 1, digestAt), 36);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (digest.length != 0 && digest.length != 32) return Optional.empty();
    return Optional.of(new Signed(id.substring(0, secondsAt), Instant.ofEpochSecond(seconds),
        digest.length == 0 ? null : HexFormat.of().formatHex(digest), questionKey.isEmpty() ? null : questionKey));
  }

  private byte[] signature(String signed) {
    // doFinal leaves the MAC ready for the next.
    return Arrays.copyOf(macs.get().doFinal(signed.getBytes(StandardCharsets.UTF_8)), SIGNATURE_BYTES);
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == c) n++;
    return n;
  }

  private Mac mac() {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java has no " + HMAC, e);
    }
  }
}
