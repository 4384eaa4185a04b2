package signpost.bot.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a person's channel and user id into the pseudonymous owner id Signpost keeps: a keyed hash (HMAC-SHA256),
 * the same for the same person on every replica and never reversible without the key. The key is
 * {@code SIGNPOST_PSEUDONYM_KEY} when set, else one made at random by the first replica and kept in the database.
 * Changing the key gives everyone new ids: what they own under the old ones is no longer theirs.
 */
public final class Pseudonyms {

  static final String KEY_NAME = "pseudonym-key";
  private static final String HMAC = "HmacSHA256";
  /** 128 bits: no two people share an id, and the id stays short. */
  private static final int ID_BYTES = 16;

  private final SecretKeySpec key;
  /** A MAC each thread keeps, keyed once: looking one up and keying it cost more than the hash, on every answer. */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::mac);

  private Pseudonyms(byte[] key) {
    this.key = new SecretKeySpec(key, HMAC);
  }

  /** Returns pseudonyms under the configured key, or under the database's, made now if there is none yet. */
  static Pseudonyms load(Sql sql, String configured) {
    if (configured != null) return new Pseudonyms(configured.getBytes(StandardCharsets.UTF_8));
    byte[] made = new byte[32];
    new SecureRandom().nextBytes(made);
    // Replicas starting together race to insert: the first wins and every one reads the winner's key.
    sql.insertIfAbsent("INSERT INTO store_secret (name, secret_value) VALUES (?, ?)", KEY_NAME, Base64.getEncoder().encodeToString(made));
    String kept = sql.one("SELECT secret_value FROM store_secret WHERE name = ?", row -> row.getString(1), KEY_NAME)
        .orElseThrow(() -> new StoreException("the pseudonym key vanished from the database as it was made", null));
    return new Pseudonyms(Base64.getDecoder().decode(kept));
  }

  /**
   * Returns a key for another purpose derived from this one (HMAC of the purpose's name), so that one secret shared
   * by the replicas keys everything and no purpose can forge another's values.
   */
  public byte[] derive(String purpose) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(("derive:" + purpose).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java has no " + HMAC, e);
    }
  }

  /**
   * Returns the pseudonymous id of a user of a channel, 32 hex digits.
   *
   * @param channel where the id comes from, e.g. {@code slack:T0123} or {@code teams:TENANT}: the same user id in two
   *     channels is two people
   * @param user the channel's id of the person
   */
  public String of(String channel, String user) {
    // The length first, so that ("a:b", "c") and ("a", "b:c") never hash alike. doFinal leaves the MAC ready again.
    byte[] hash = macs.get().doFinal((channel.length() + ":" + channel + "|" + user).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, ID_BYTES);
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
