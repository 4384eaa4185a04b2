package signpost.bot.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import signpost.bot.edi.Handoff;

/**
 * Signs the web chat's offers to pass a question, or a report of harm, on to the EDI Contacts. Nothing is kept when one
 * is offered: the offer itself carries the conversation, the organisation, the text exactly as it will be sent and its
 * kind, signed with HMAC-SHA256 for the session's person under a key every replica shares. Consent presents it back with the session
 * cookie; an offer made for another session, changed, or past {@link #LIFETIME} names nothing.
 */
public final class HandoffOffers {

  /** How long an offer can be accepted: as long as an answer may be rated 👎, which offers it. */
  public static final Duration LIFETIME = Duration.ofDays(1);
  // A report of harm is up to 2,000 characters as written, each up to 3 bytes, base64 four thirds of that.
  private static final int MAX_TOKEN = 12_288;
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  /**
   * What an offer passes on.
   *
   * @param conversation the web chat conversation's id, where the reply goes
   * @param organisation the organisation's id, whose EDI Contacts are asked
   * @param question the question (or the report of harm, as written) as shown to the person and as sent
   * @param kind a question, or a report of harm offered under the support reply
   */
  public record Offer(String conversation, String organisation, String question, Handoff.Kind kind) {

    /** Returns the offer of a question. */
    public Offer(String conversation, String organisation, String question) {
      this(conversation, organisation, question, Handoff.Kind.QUESTION);
    }
  }

  private final byte[] key;
  private final Clock clock;

  /** @param key at least 32 bytes of secret shared by every replica */
  public HandoffOffers(byte[] key, Clock clock) {
    if (key.length < 32) throw new IllegalArgumentException("an offer key needs at least 32 bytes");
    this.key = key.clone();
    this.clock = clock;
  }

  /** Returns the token of an offer made to {@code owner}, good for {@link #LIFETIME}. */
  public String issue(Offer offer, String owner) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeLong(clock.instant().plus(LIFETIME).getEpochSecond());
      out.writeUTF(offer.conversation());
      out.writeUTF(offer.organisation());
      out.writeUTF(offer.question());
      out.writeUTF(offer.kind().name());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] body = bytes.toByteArray();
    return ENCODE.encodeToString(body) + "." + ENCODE.encodeToString(mac(owner, body));
  }

  /** Returns the offer a token names, when it is genuine, was made to {@code owner}, and has not expired. */
  public Optional<Offer> accepted(String token, String owner) {
    int dot = token == null ? -1 : token.indexOf('.');
    if (dot <= 0 || dot == token.length() - 1 || token.length() > MAX_TOKEN || owner == null) return Optional.empty();
    try {
      byte[] body = DECODE.decode(token.substring(0, dot));
      if (!MessageDigest.isEqual(DECODE.decode(token.substring(dot + 1)), mac(owner, body))) return Optional.empty();
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
      if (Instant.ofEpochSecond(in.readLong()).isBefore(clock.instant())) return Optional.empty();
      Offer offer = new Offer(in.readUTF(), in.readUTF(), in.readUTF());
      // An offer made before reports could be passed on from the web chat ends with its question: a question.
      return Optional.of(in.available() > 0 ? new Offer(offer.conversation(), offer.organisation(), offer.question(),
          Handoff.Kind.valueOf(in.readUTF())) : offer);
    } catch (IllegalArgumentException | IOException e) {
      // A kind this version does not know is an IllegalArgumentException too.
      return Optional.empty();
    }
  }

  private byte[] mac(String owner, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(("web-handoff-offer\0" + owner + "\0").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java has no HmacSHA256", e);
    }
  }
}
