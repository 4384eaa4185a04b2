package signpost.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import signpost.bot.core.Question;
import signpost.bot.edi.Handoff;
import signpost.bot.store.TestClock;

/**
 * Offers to pass a question (or a report of harm) on are accepted only unchanged, by the person they were made to, for a
 * day.
 */
class HandoffOffersTest {

  private static final HandoffOffers.Offer OFFER =
      new HandoffOffers.Offer("AAAAAAAAAAAAAAAAAAAAAA", "cambridgeshire", "Can I bring my dog to the office? 🐕");

  private final TestClock clock = new TestClock();
  private final HandoffOffers offers = new HandoffOffers(new byte[32], clock);

  @Test
  void an_offer_is_accepted_as_made_by_the_person_it_was_made_to() {
    assertEquals(Optional.of(OFFER), offers.accepted(offers.issue(OFFER, "person-1"), "person-1"));
  }

  @Test
  void an_offer_names_nothing_for_another_person_changed_under_another_key_or_when_it_is_not_a_token() {
    String token = offers.issue(OFFER, "person-1");
    String changed = token.replaceFirst("^.", token.charAt(0) == 'A' ? "B" : "A");

    assertEquals(Optional.empty(), offers.accepted(token, "person-2"));
    assertEquals(Optional.empty(), offers.accepted(changed, "person-1"));
    byte[] other = new byte[32];
    other[0] = 1;
    assertEquals(Optional.empty(), new HandoffOffers(other, clock).accepted(token, "person-1"));
    for (String junk : new String[] {null, "", ".", "abc.", ".abc", "not a token", "%%%.%%%"}) {
      assertEquals(Optional.empty(), offers.accepted(junk, "person-1"), junk);
    }
  }

  @Test
  void an_offer_lasts_a_day() {
    String token = offers.issue(OFFER, "person-1");
    clock.advance(HandoffOffers.LIFETIME);
    assertEquals(Optional.of(OFFER), offers.accepted(token, "person-1"));
    clock.advance(Duration.ofSeconds(1));
    assertEquals(Optional.empty(), offers.accepted(token, "person-1"));
  }

  @Test
  void a_report_offer_keeps_its_kind_and_the_longest_report_fits_in_its_token() {
    HandoffOffers.Offer report = new HandoffOffers.Offer("AAAAAAAAAAAAAAAAAAAAAA", "cambridgeshire",
        "I was harassed at work because I'm gay", Handoff.Kind.DISCLOSURE);
    HandoffOffers.Offer longest = new HandoffOffers.Offer("AAAAAAAAAAAAAAAAAAAAAA", "cambridgeshire",
        "嫌".repeat(Question.MAX_LENGTH), Handoff.Kind.DISCLOSURE);

    assertEquals(Optional.of(report), offers.accepted(offers.issue(report, "person-1"), "person-1"));
    assertEquals(Optional.of(longest), offers.accepted(offers.issue(longest, "person-1"), "person-1"));
    assertEquals(Handoff.Kind.QUESTION, offers.accepted(offers.issue(OFFER, "person-1"), "person-1").orElseThrow().kind());
  }

  @Test
  void a_short_key_is_refused() {
    assertEquals("an offer key needs at least 32 bytes",
        assertThrows(IllegalArgumentException.class, () -> new HandoffOffers(new byte[31], clock)).getMessage());
  }
}
