package signpost.bot.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.config.Config;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;
import signpost.bot.store.Database;
import signpost.bot.store.Engine;
import signpost.bot.store.ShiftedClock;
import signpost.bot.store.StoreContract;
import signpost.bot.store.TestPostgres;

/**
 * The e-mails to the EDI Contacts are an outbox in a real database (H2 and PostgreSQL), sent through a real SMTP server on
 * loopback (GreenMail): kept before they are tried, sent by the next start when a server stops or is killed first, sent
 * once by two senders on one database (the asker told by the one they consented on, whichever sent it), tried again
 * after a failure, and given up (the hand-off withdrawn) after the last.
 */
class OutboxTest {

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

  abstract static class Contract extends StoreContract {

    private static final String PLACE = "web:c-1";
    private static final Duration POLL = Duration.ofMillis(100);
    private final List<AutoCloseable> open = new ArrayList<>();
    private int port;
    private Handoffs handoffs;

    @BeforeEach
    void choosePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = socket.getLocalPort();
      }
      handoffs = new Handoffs(database.handoffs(), Clock.systemUTC());
    }

    @AfterEach
    void closeAll() throws Exception {
      for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
    }

    @Test
    void an_email_kept_by_a_server_killed_before_it_tried_is_sent_by_the_next_start() throws Exception {
      // What a killed server leaves: the hand-off committed with its e-mail pending, and no sender.
      Handoff left = draft("Can I bring my dog to the office?");
      database.pendingEmails().insertPending(left);
      GreenMail smtp = smtpUp();

      sending(database, 4, "30");

      assertTrue(smtp.waitForIncomingEmail(10_000, 1));
      assertTrue(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).contains("> Can I bring my dog to the office?"));
      assertEquals("SENT", awaitState(left.id(), "SENT"));
      assertEquals(List.of(left.id()), handoffs.waiting("cambridgeshire").stream().map(Handoff::id).toList(),
          "sent, it waits for the contacts' reply");
    }

    @Test
    void an_email_pending_when_a_server_stops_with_the_smtp_server_down_is_sent_by_the_next_start() throws Exception {
      EmailContacts first = sending(database, 4, "2");
      Handoff handoff = draft("Is there a prayer room?");
      CompletableFuture<Boolean> told = first.pass(handoff);
      awaitState(handoff.id(), "PENDING", 1);
      first.close();
      assertFalse(told.isDone(), "nobody is told it failed: it is still to be sent");

      GreenMail smtp = smtpUp();
      try (Database restarted = reopen()) {
        sending(restarted, 4, "2");
        assertTrue(smtp.waitForIncomingEmail(15_000, 1), "the next start sends it once it is due");
        assertEquals("SENT", awaitState(handoff.id(), "SENT"));
      }
      TimeUnit.MILLISECONDS.sleep(500);
      assertEquals(1, smtp.getReceivedMessages().length);
    }

    @Test
    void two_senders_on_one_database_send_each_email_once() throws Exception {
      List<String> questions = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        questions.add("Question number " + i + " about the office?");
        database.pendingEmails().insertPending(draft(questions.get(i)));
      }
      GreenMail smtp = smtpUp();
      Database replica = reopen();
      open.add(replica);

      sending(database, 4, "30");
      sending(replica, 4, "30");

      assertTrue(smtp.waitForIncomingEmail(20_000, 30));
      TimeUnit.MILLISECONDS.sleep(1000);
      List<String> sent = new ArrayList<>();
      for (MimeMessage message : smtp.getReceivedMessages()) {
        String body = GreenMailUtil.getBody(message);
        sent.add(questions.stream().filter(q -> body.contains("> " + q)).findFirst().orElse(body));
      }
      assertEquals(30, sent.size(), "each e-mail sent once: " + sent);
      assertEquals(new HashSet<>(questions), new HashSet<>(sent));
    }

    @Test
    void a_send_that_fails_is_tried_again_after_a_wait_and_the_asker_is_told_once_it_has_gone() throws Exception {
      EmailContacts email = sending(database, 4, "1");
      Handoff handoff = draft("Who are the EDI Contacts?");

      CompletableFuture<Boolean> told = email.pass(handoff);
      awaitState(handoff.id(), "PENDING", 1);
      assertFalse(told.isDone());
      GreenMail smtp = smtpUp();

      assertTrue(told.get(15, TimeUnit.SECONDS));
      assertEquals(1, smtp.getReceivedMessages().length);
      assertEquals("SENT", awaitState(handoff.id(), "SENT"));
    }

    @Test
    void the_asker_is_told_when_another_replica_sent_the_email_after_a_failed_try() throws Exception {
      EmailContacts here = sending(database, Clock.systemUTC(), Duration.ofMinutes(1), 4, "5");
      Handoff handoff = draft("Is there a quiet room?");
      CompletableFuture<Boolean> told = here.pass(handoff);
      awaitState(handoff.id(), "PENDING", 1);
      GreenMail smtp = smtpUp();
      Database replica = reopen();
      open.add(replica);
      // The other replica's clock runs ahead, so it finds the e-mail due first and sends it.
      ShiftedClock ahead = new ShiftedClock();
      ahead.shift(Duration.ofSeconds(10));

      sending(replica, ahead, POLL, 4, "5");

      assertTrue(smtp.waitForIncomingEmail(10_000, 1));
      assertTrue(told.get(15, TimeUnit.SECONDS), "told by the replica it consented on");
      assertEquals(1, smtp.getReceivedMessages().length);
    }

    @Test
    void with_the_smtp_server_down_beyond_the_tries_the_asker_is_told_and_the_handoff_withdrawn() throws Exception {
      EmailContacts email = sending(database, 3, "0.1");
      Handoff handoff = draft("Can I work from home?");

      long start = System.nanoTime();
      boolean sent = email.pass(handoff).get(15, TimeUnit.SECONDS);

      assertFalse(sent);
      assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 300, "tried three times, waiting 0.1 s then 0.2 s");
      assertEquals(List.of(), column("SELECT id FROM handoff"), "nothing is left as if sent");
    }

    private Handoff draft(String question) {
      return handoffs.draft(Handoff.Kind.QUESTION, "cambridgeshire", "p-1", PLACE, question);
    }

    private EmailContacts sending(Database on, int attempts, String retrySeconds) {
      return sending(on, Clock.systemUTC(), POLL, attempts, retrySeconds);
    }

    private EmailContacts sending(Database on, Clock clock, Duration poll, int attempts, String retrySeconds) {
      EmailContacts email = EmailContacts.of(Config.of(Map.of("SIGNPOST_EDI_CONTACTS_EMAIL",
          "cambridgeshire=edi@cambridgeshire.gov.uk", "SIGNPOST_SMTP_HOST", "127.0.0.1", "SIGNPOST_SMTP_PORT",
          String.valueOf(port), "SIGNPOST_SMTP_FROM", "signpost@example.org", "SIGNPOST_SMTP_STARTTLS", "false",
          "SIGNPOST_SMTP_TIMEOUT_SECONDS", "2", "SIGNPOST_SMTP_ATTEMPTS", String.valueOf(attempts),
          "SIGNPOST_SMTP_RETRY_SECONDS", retrySeconds)));
      email.start(new Handoffs(on.handoffs(), clock), on.pendingEmails(), clock, organisation -> "Cambridgeshire County Council",
          poll);
      open.add(email);
      return email;
    }

    private GreenMail smtpUp() {
      GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
      open.add(smtp::stop);
      return smtp;
    }

    private String awaitState(String id, String state) throws Exception {
      return awaitState(id, state, 0);
    }

    /** Waits until the hand-off's e-mail is in {@code state} after at least {@code tries} failed tries. */
    private String awaitState(String id, String state, int tries) throws Exception {
      String query = "SELECT email_state || ':' || email_tries FROM handoff WHERE id = '" + id + "'";
      for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15); System.nanoTime() < end; ) {
        List<String> row = column(query);
        if (!row.isEmpty() && row.get(0).startsWith(state + ":") && Integer.parseInt(row.get(0).split(":")[1]) >= tries) {
          return state;
        }
        TimeUnit.MILLISECONDS.sleep(50);
      }
      throw new AssertionError("the e-mail of " + id + " is not " + state + " after " + tries + " tries: " + column(query));
    }
  }
}
