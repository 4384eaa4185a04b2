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

/**
 * Signs the web chat's offers to pass a question on to the EDI Contacts. Nothing is kept when a question is offered:
 * the offer itself carries the conversation, the organisation and the question exactly as it will be sent, signed with
 * HMAC-SHA256 for the session's person under a key every replica shares. Consent presents it back with the session
 * cookie; an offer made for another session, changed, or past {@link #LIFETIME} names nothing.
 */
public final class HandoffOffers {

  /** How long an offer can be accepted: as long as an answer may be rated 👎, which offers it. */
  public static final Duration LIFETIME = Duration.ofDays(1);
  private static final int MAX_TOKEN = 8192;
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  /**
   * What an offer passes on.
   *
   * @param conversation the web chat conversation's id, where the reply goes
   * @param organisation the organisation's id, whose EDI Contacts are asked
   * @param question the question as shown to the asker and as sent
   */
  public record Offer(String conversation, String organisation, String question) {}

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
      return Optional.of(new Offer(in.readUTF(), in.readUTF(), in.readUTF()));
    } catch (IllegalArgumentException | IOException e) {
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
