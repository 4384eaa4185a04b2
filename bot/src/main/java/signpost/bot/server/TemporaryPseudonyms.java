package signpost.bot.server;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** TEMPORARY until the store's Pseudonyms (key kept in the database) lands. */
final class TemporaryPseudonyms {
  private final byte[] key;

  TemporaryPseudonyms(byte[] key) {
    this.key = key.clone();
  }

  String of(String channel, String user) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal((channel + "\0" + user).getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
