package signpost.bot.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.store.Database;
import signpost.bot.store.Engine;
import signpost.bot.store.StoreContract;
import signpost.bot.store.TestPostgres;

/** Hand-offs are kept in a real database, seen by another replica, replied to and saved, and deleted after 90 days. */
class HandoffsTest {

  @Nested
  class OnH2 extends Contract {
    @Override
    protected Engine engine() {
      return Engine.H2;
    }
  }

  @Nested
  @ExtendWith(TestPostgres.class)
  class OnPostgreSQL extends Contract {
    @Override
    protected Engine engine() {
      return Engine.POSTGRESQL;
    }
  }

  abstract class Contract extends StoreContract {

    private static final String PLACE = "slack:T_CAMBS:C_GENERAL:1700000100.000100";
    private Handoffs handoffs;

    @BeforeEach
    void handoffs() {
      handoffs = new Handoffs(database.handoffs(), clock);
    }

    @Test
    void a_handoff_is_kept_with_its_asker_place_and_question_for_every_replica() {
      Handoff opened = handoffs.open("cambridgeshire", "p-123", PLACE, "  Can I bring my dog to the office? ");

      try (Database other = reopen()) {
        assertEquals(Optional.of(new Handoff(opened.id(), "cambridgeshire", "p-123", PLACE, Handoff.Kind.QUESTION,
            "Can I bring my dog to the office?", Handoff.Status.SENT, null, null, Instant.parse("2026-12-01T09:00:00Z"), null)),
            new Handoffs(other.handoffs(), clock).find(opened.id()));
      }
    }

    @Test
    void a_report_of_harm_passed_on_is_kept_as_a_disclosure_that_is_never_saveable() {
      Handoff opened = handoffs.open(Handoff.Kind.DISCLOSURE, "cambridgeshire", "p-123", PLACE, "I was harassed at work.");

      try (Database other = reopen()) {
        Handoff found = new Handoffs(other.handoffs(), clock).find(opened.id()).orElseThrow();
        assertEquals(Handoff.Kind.DISCLOSURE, found.kind());
        assertFalse(found.saveable());
      }
      assertTrue(handoffs.open("cambridgeshire", "p-123", PLACE, "Can I bring my dog?").saveable());
    }

    @Test
    void a_reply_is_claimed_then_replied_once_delivered_and_a_saving_changes_its_status() {
      Handoff opened = handoffs.open("cambridgeshire", "p-123", PLACE, "Can I bring my dog to the office?");

      Handoff claimed = handoffs.claim(opened.id(), " Only assistance dogs. ", null).orElseThrow();
      assertEquals(List.of(Handoff.Status.CLAIMED, "Only assistance dogs.", clock.instant()),
          List.of(claimed.status(), claimed.reply(), claimed.claimed()));
      assertTrue(handoffs.deliver(claimed, handoff -> true));
      Handoff replied = handoffs.find(opened.id()).orElseThrow();
      assertEquals(List.of(Handoff.Status.REPLIED, "Only assistance dogs."), List.of(replied.status(), replied.reply()));
      assertEquals(null, replied.claimed());

      handoffs.saved(opened.id());
      assertEquals(Handoff.Status.SAVED, handoffs.find(opened.id()).orElseThrow().status());
    }

    @Test
    void a_name_the_contact_chose_to_show_is_kept_with_the_reply_for_every_replica_and_without_one_the_role_alone() {
      Handoff named = handoffs.open("cambridgeshire", "p-1", PLACE, "Can I bring my dog to the office?");
      Handoff unnamed = handoffs.open("cambridgeshire", "p-2", PLACE, "Is there a prayer room?");

      assertEquals("EDI Contacts (Priya Shah)", handoffs.claim(named.id(), "Only assistance dogs.", " Priya Shah ").orElseThrow().from());
      handoffs.claim(unnamed.id(), "Yes, on the second floor.", null);

      try (Database other = reopen()) {
        Handoffs there = new Handoffs(other.handoffs(), clock);
        assertEquals("Priya Shah", there.find(named.id()).orElseThrow().replyName());
        assertEquals("EDI Contacts (Priya Shah)", there.find(named.id()).orElseThrow().from());
        assertEquals("EDI Contacts", there.find(unnamed.id()).orElseThrow().from());
      }
    }

    @Test
    void of_two_replies_claimed_at_the_same_moment_on_two_replicas_exactly_one_wins_and_its_reply_is_kept() throws Exception {
      race(false);
    }

    @Test
    void of_two_replies_taking_a_claim_past_the_lease_at_the_same_moment_exactly_one_wins() throws Exception {
      race(true);
    }

    /** Races two replies on two replicas for 20 questions, each waiting or (stale) claimed past the lease. */
    private void race(boolean stale) throws Exception {
      try (Database other = reopen()) {
        Handoffs there = new Handoffs(other.handoffs(), clock);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
          for (int round = 0; round < 20; round++) {
            String id = handoffs.open("cambridgeshire", "p-" + round, PLACE, "Can I bring my dog to the office?").id();
            if (stale) {
              handoffs.claim(id, "A reply whose replica stopped.", null).orElseThrow();
              clock.advance(Handoffs.LEASE.plusSeconds(1));
            }
            CyclicBarrier together = new CyclicBarrier(2);
            Future<Optional<Handoff>> here = pool.submit(() -> {
              together.await();
              return handoffs.claim(id, "Only assistance dogs.", "Priya Shah");
            });
            Future<Optional<Handoff>> away = pool.submit(() -> {
              together.await();
              return there.claim(id, "Yes, if it is calm.", null);
            });
            Optional<Handoff> first = here.get(10, TimeUnit.SECONDS);
            Optional<Handoff> second = away.get(10, TimeUnit.SECONDS);

            assertTrue(first.isPresent() ^ second.isPresent(), "round " + round + ": " + first + " and " + second);
            Handoff won = first.orElseGet(second::orElseThrow);
            Handoff kept = handoffs.find(id).orElseThrow();
            assertEquals(List.of(Handoff.Status.CLAIMED, won.reply(), won.from()), List.of(kept.status(), kept.reply(), kept.from()));
          }
        } finally {
          pool.shutdownNow();
        }
      }
    }

    @Test
    void a_fresh_claim_blocks_another_reply_on_any_replica_and_the_question_is_not_listed_as_waiting() {
      Handoff opened = handoffs.open("cambridgeshire", "p-1", PLACE, "Can I bring my dog to the office?");
      handoffs.claim(opened.id(), "Only assistance dogs.", "Priya Shah").orElseThrow();
      clock.advance(Handoffs.LEASE);

      try (Database other = reopen()) {
        Handoffs there = new Handoffs(other.handoffs(), clock);
        assertEquals(Optional.empty(), there.claim(opened.id(), "Yes, if it is calm.", null));
        assertEquals(List.of(), there.waiting("cambridgeshire"));
        assertFalse(there.awaitsReply(there.find(opened.id()).orElseThrow()));
      }
      assertEquals("Only assistance dogs.", handoffs.find(opened.id()).orElseThrow().reply());
    }

    @Test
    void a_claim_past_the_lease_is_waiting_again_and_taken_by_the_next_reply_which_its_late_replica_cannot_undo() {
      Handoff opened = handoffs.open("cambridgeshire", "p-1", PLACE, "Can I bring my dog to the office?");
      Handoff stuck = handoffs.claim(opened.id(), "Only assistance dogs.", "Priya Shah").orElseThrow();
      clock.advance(Handoffs.LEASE.plusMillis(1));

      try (Database other = reopen()) {
        Handoffs there = new Handoffs(other.handoffs(), clock);
        assertEquals(List.of(opened.id()), there.waiting("cambridgeshire").stream().map(Handoff::id).toList());
        assertTrue(there.awaitsReply(there.find(opened.id()).orElseThrow()));
        Handoff taken = there.claim(opened.id(), "Yes, if it is calm.", null).orElseThrow();
        assertEquals(List.of(), there.waiting("cambridgeshire"));

        // The stopped replica's claim, were it to come back, neither releases nor replaces the one that took it.
        assertThrows(IllegalStateException.class, () -> handoffs.deliver(stuck, handoff -> {
          throw new IllegalStateException("the channel is down");
        }));
        assertEquals(List.of(Handoff.Status.CLAIMED, "Yes, if it is calm."),
            List.of(handoffs.find(opened.id()).orElseThrow().status(), handoffs.find(opened.id()).orElseThrow().reply()));

        assertTrue(there.deliver(taken, handoff -> true));
        assertEquals(List.of(Handoff.Status.REPLIED, "Yes, if it is calm.", "EDI Contacts"), List.of(
            there.find(opened.id()).orElseThrow().status(), there.find(opened.id()).orElseThrow().reply(),
            there.find(opened.id()).orElseThrow().from()));
      }
    }

    @Test
    void a_delivered_reply_is_never_claimed_again_however_long_after() {
      Handoff opened = handoffs.open("cambridgeshire", "p-1", PLACE, "Can I bring my dog to the office?");
      assertTrue(handoffs.deliver(handoffs.claim(opened.id(), "Only assistance dogs.", null).orElseThrow(), handoff -> true));
      clock.advance(Handoffs.LEASE.multipliedBy(10));

      assertEquals(Optional.empty(), handoffs.claim(opened.id(), "A second reply.", null));
      assertEquals(List.of(), handoffs.waiting("cambridgeshire"));
      assertFalse(handoffs.awaitsReply(handoffs.find(opened.id()).orElseThrow()));
      assertEquals("Only assistance dogs.", handoffs.find(opened.id()).orElseThrow().reply());
    }

    @Test
    void a_reply_no_channel_takes_or_one_fails_to_deliver_is_released_to_be_replied_to_again() {
      Handoff opened = handoffs.open("cambridgeshire", "p-1", PLACE, "Can I bring my dog to the office?");

      Handoff claimed = handoffs.claim(opened.id(), "Only assistance dogs.", "Priya Shah").orElseThrow();
      assertFalse(handoffs.deliver(claimed, handoff -> false));
      assertEquals(List.of(opened.id()), handoffs.waiting("cambridgeshire").stream().map(Handoff::id).toList());
      assertEquals(opened, handoffs.find(opened.id()).orElseThrow());

      Handoff again = handoffs.claim(opened.id(), "Only assistance dogs.", null).orElseThrow();
      IllegalStateException down = new IllegalStateException("the channel is down");
      assertEquals(down, assertThrows(IllegalStateException.class, () -> handoffs.deliver(again, handoff -> {
        throw down;
      })));
      assertEquals(Handoff.Status.SENT, handoffs.find(opened.id()).orElseThrow().status());

      Handoff delivered = handoffs.claim(opened.id(), "Only assistance dogs.", null).orElseThrow();
      assertTrue(handoffs.deliver(delivered, handoff -> true));
      assertEquals(Optional.empty(), handoffs.claim(opened.id(), "A second reply.", null), "a reply delivered was claimed again");
      assertEquals("Only assistance dogs.", handoffs.find(opened.id()).orElseThrow().reply());
    }

    @Test
    void those_waiting_for_a_reply_are_listed_by_organisation_newest_first_and_a_withdrawn_one_is_gone() {
      Handoff first = handoffs.open("cambridgeshire", "p-1", PLACE, "Can I bring my dog to the office?");
      Handoff second = handoffs.open("cambridgeshire", "p-2", PLACE, "Is there a prayer room?");
      Handoff answered = handoffs.open("cambridgeshire", "p-3", PLACE, "Who runs the knitting club?");
      handoffs.open("derbyshire", "p-4", PLACE, "Is there a staff network for carers?");
      handoffs.claim(answered.id(), "The social committee.", null);

      assertEquals(List.of(second.id(), first.id()), handoffs.waiting("cambridgeshire").stream().map(Handoff::id).toList());
      handoffs.withdraw(second.id());
      assertEquals(Optional.empty(), handoffs.find(second.id()));
      assertEquals(List.of(first.id()), handoffs.waiting("cambridgeshire").stream().map(Handoff::id).toList());
      assertEquals("no hand-off has the id: " + second.id(),
          assertThrows(IllegalArgumentException.class, () -> handoffs.withdraw(second.id())).getMessage());
    }

    @Test
    void an_askers_handoffs_to_one_kind_of_place_are_found_newest_first_whatever_became_of_them() {
      Handoff first = handoffs.open("cambridgeshire", "p-1", "web:conversation-one", "Is there a prayer room?");
      Handoff second = handoffs.open("derbyshire", "p-1", "web:conversation-two", "Who runs the carers' network?");
      handoffs.open("cambridgeshire", "p-1", PLACE, "Can I bring my dog to the office?");
      handoffs.open("cambridgeshire", "p-2", "web:conversation-three", "Is there a quiet room?");
      handoffs.open("cambridgeshire", "p-1", "webx:%", "Is there a gym?");
      handoffs.claim(first.id(), "Yes, on the second floor.", null);

      assertEquals(List.of(second.id(), first.id()), handoffs.askedBy("p-1", "web:").stream().map(Handoff::id).toList());
      assertEquals("Yes, on the second floor.", handoffs.askedBy("p-1", "web:").get(1).reply());
      assertEquals(List.of(), handoffs.askedBy("p-1", "web:%"));
    }

    @Test
    void an_unknown_id_or_a_blank_reply_is_refused() {
      assertEquals("no hand-off has the id: nope",
          assertThrows(IllegalArgumentException.class, () -> handoffs.claim("nope", "Yes.", null)).getMessage());
      assertEquals("no hand-off has the id: nope",
          assertThrows(IllegalArgumentException.class, () -> handoffs.saved("nope")).getMessage());
      Handoff opened = handoffs.open("cambridgeshire", "p-123", PLACE, "Can I bring my dog to the office?");
      assertThrows(IllegalArgumentException.class, () -> handoffs.claim(opened.id(), " ", null));
    }

    @Test
    void a_purge_deletes_the_handoffs_asked_over_90_days_ago_and_no_others() {
      Handoff old = handoffs.open("cambridgeshire", "p-1", PLACE, "First question?");
      clock.advance(Duration.ofDays(2));
      Handoff recent = handoffs.open("cambridgeshire", "p-2", PLACE, "Second question?");
      clock.advance(Handoffs.KEPT.minusDays(1));

      assertEquals(1, handoffs.purge());
      assertTrue(handoffs.find(old.id()).isEmpty());
      assertTrue(handoffs.find(recent.id()).isPresent());
    }
  }
}
