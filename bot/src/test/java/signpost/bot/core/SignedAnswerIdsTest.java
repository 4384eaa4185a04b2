package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A signed answer id says what it was signed with, to the second, and nothing once any part of it is changed. */
class SignedAnswerIdsTest {

  private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private final SignedAnswerIds ids = new SignedAnswerIds("the replicas' shared key".getBytes(StandardCharsets.UTF_8));
  private final Instant given = Instant.parse("2026-12-03T10:15:30.750Z");

  @Test
  void an_id_reads_back_as_signed_to_the_second_and_fits_a_rating() {
    String key = ids.questionKey("cambridgeshire", "What does the PSED mean for my team?");
    String id = ids.sign("slack-0190a8f2-7c1e-7abc-8def-0123456789ab", given, DIGEST, key);

    assertEquals(Optional.of(new SignedAnswerIds.Signed("slack-0190a8f2-7c1e-7abc-8def-0123456789ab",
        Instant.parse("2026-12-03T10:15:30Z"), DIGEST, key)), ids.read(id));
    assertTrue(id.length() <= 200, id);
    assertTrue(id.matches("[A-Za-z0-9_.-]+"), "only characters a button value and a URL carry as they are: " + id);
  }

  @Test
  void an_id_without_a_text_or_a_question_reads_back_without_a_digest_or_a_key() {
    assertEquals(Optional.of(new SignedAnswerIds.Signed("teams-1", Instant.parse("2026-12-03T10:15:30Z"), null, null)),
        ids.read(ids.sign("teams-1", given, null, null)));
  }

  @Test
  void an_id_signed_before_ids_named_their_question_reads_as_one_without_a_key() {
    // As the Signpost before signed it: <question id>.<seconds>.<digest>.<signature>, under the same key.
    String before = signedTheOldWay("the replicas' shared key", "slack-1." + Long.toString(given.getEpochSecond(), 36)
        + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(Hex.bytes(DIGEST)));
    assertEquals(Optional.of(new SignedAnswerIds.Signed("slack-1", Instant.parse("2026-12-03T10:15:30Z"), DIGEST, null)),
        ids.read(before));
  }

  @Test
  void a_question_key_is_the_same_for_the_same_organisation_and_text_on_every_replica_and_tells_nothing_without_the_key() {
    SignedAnswerIds replica = new SignedAnswerIds("the replicas' shared key".getBytes(StandardCharsets.UTF_8));
    SignedAnswerIds stranger = new SignedAnswerIds("another key altogether".getBytes(StandardCharsets.UTF_8));
    String key = ids.questionKey("cambridgeshire", "Who signs off an EqIA?");

    assertEquals(key, replica.questionKey("cambridgeshire", "Who signs off an EqIA?"));
    assertTrue(key.matches("[A-Za-z0-9_-]{22}"), key);
    assertNotEquals(key, ids.questionKey("derbyshire", "Who signs off an EqIA?"));
    assertNotEquals(key, ids.questionKey(null, "Who signs off an EqIA?"));
    assertNotEquals(key, ids.questionKey("cambridgeshire", "Who signs off an EqIA"));
    assertNotEquals(key, stranger.questionKey("cambridgeshire", "Who signs off an EqIA?"));
    assertThrows(IllegalArgumentException.class, () -> ids.sign("slack-1", given, null, "not a key"));
  }

  /** Returns text signed as ids were before they named their question: HMAC-SHA256, first 128 bits, URL-safe Base64. */
  private static String signedTheOldWay(String key, String signed) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] signature = java.util.Arrays.copyOf(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)), 16);
      return signed + '.' + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void any_character_changed_and_another_key_read_as_nothing() {
    String id = ids.sign("slack-1", given, DIGEST, ids.questionKey("cambridgeshire", "What is the PSED?"));
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      String changed = id.substring(0, i) + (c == 'A' ? 'B' : 'A') + id.substring(i + 1);
      assertEquals(Optional.empty(), ids.read(changed), changed);
    }
    SignedAnswerIds other = new SignedAnswerIds("another key altogether".getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.empty(), other.read(id));
  }

  @Test
  void ids_that_are_not_signed_read_as_nothing() {
    for (String id : new String[] {"web-1", "slack-1.2.3", "a.b.c.d", "a.b.c.d.e", "a.b.c.d.e.f", "...", ".1.2.3", "slack-1.zz.!!.??", ""}) {
      assertEquals(Optional.empty(), ids.read(id), id);
    }
    assertEquals(Optional.empty(), ids.read(null));
  }

  @Test
  void a_question_id_with_a_dot_or_a_short_key_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> ids.sign("web.1", given, null, null));
    assertThrows(IllegalArgumentException.class, () -> new SignedAnswerIds(new byte[8]));
  }
}
