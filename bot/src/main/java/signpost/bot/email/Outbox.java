package signpost.bot.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;
import signpost.bot.edi.PendingEmails;

/**
 * Sends the pending e-mails of the hand-offs kept in the database: those passed on here, at once, and every {@code poll}
 * those left pending by a server that stopped or another replica. Each is claimed before it is sent, so that no two
 * senders send it; a failed send is tried again after {@code retry}, doubling, until {@code attempts} have failed, when
 * the hand-off is withdrawn. Whoever waits here for an e-mail (the channel that passed it on) is told the outcome, also
 * when another replica sent it or gave it up.
 */
final class Outbox implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  static final int THREADS = 2;
  static final int QUEUE = 100;
  /** How many due e-mails one look at the database takes. */
  static final int BATCH = 20;

  private final Mailer mailer;
  private final PendingEmails pending;
  private final Handoffs handoffs;
  private final Clock clock;
  private final Function<String, String> addresses;
  private final Function<Handoff, HandoffEmail> compose;
  private final int attempts;
  private final Duration retry;
  private final Duration lease;
  private final Map<String, CompletableFuture<Boolean>> waiting = new ConcurrentHashMap<>();
  private final Set<String> queued = ConcurrentHashMap.newKeySet();
  private final ThreadPoolExecutor senders;
  private final ScheduledExecutorService timer;

  /**
   * @param addresses an organisation's EDI Contacts address, or null when it has none (any more)
   * @param compose the e-mail of a hand-off
   * @param lease how long a claim holds: longer than a send can take, so that only a sender that died loses it
   */
  Outbox(Mailer mailer, PendingEmails pending, Handoffs handoffs, Clock clock, Function<String, String> addresses,
         Function<Handoff, HandoffEmail> compose, int attempts, Duration retry, Duration lease, Duration poll) {
    this.mailer = mailer;
    this.pending = pending;
    this.handoffs = handoffs;
    this.clock = clock;
    this.addresses = addresses;
    this.compose = compose;
    this.attempts = attempts;
    this.retry = retry;
    this.lease = lease;
    AtomicInteger count = new AtomicInteger();
    this.senders = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
        task -> daemon(task, "signpost-email-" + count.incrementAndGet()));
    this.timer = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "signpost-email-outbox"));
    timer.scheduleWithFixedDelay(this::sendDue, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Keeps a hand-off with its e-mail pending, then sends it, and returns what completes with true once the SMTP server
   * has taken it, or false once it has failed {@code attempts} times (the hand-off withdrawn).
   */
  CompletableFuture<Boolean> pass(Handoff handoff) {
    pending.insertPending(handoff);
    // Waited for once kept, so that a look at what became of it never finds it not yet kept, and so gone.
    CompletableFuture<Boolean> outcome = new CompletableFuture<>();
    waiting.put(handoff.id(), outcome);
    queue(handoff.id());
    return outcome;
  }

  /**
   * Queues the e-mails due now (any that do not fit in the queue wait in the database for the next look), and tells
   * whoever waits here for an e-mail that another replica sent or gave up.
   */
  private void sendDue() {
    try {
      for (String id : pending.due(clock.instant(), BATCH)) queue(id);
      for (String id : waiting.keySet()) settled(id);
    } catch (RuntimeException e) {
      LOG.warn("Could not look for pending e-mails to the EDI Contacts; the next look tries again: {}", e.getMessage());
    }
  }

  /** Completes the wait for an e-mail that is no longer pending, whoever sent it or gave it up. */
  private void settled(String id) {
    if (!waiting.containsKey(id)) return;
    PendingEmails.State state = pending.state(id);
    if (state != PendingEmails.State.PENDING) done(id, state == PendingEmails.State.SENT);
  }

  private void queue(String id) {
    if (!queued.add(id)) return;
    try {
      senders.execute(() -> {
        queued.remove(id);
        send(id);
      });
    } catch (RejectedExecutionException e) {
      queued.remove(id);
    }
  }

  /** Sends one e-mail if this sender can claim it, and records what came of it. */
  private void send(String id) {
    Instant now = clock.instant();
    OptionalInt failed;
    Optional<Handoff> handoff;
    try {
      failed = pending.claimEmail(id, now, now.plus(lease));
      // Not claimed: another sender holds it, or sent it or gave it up, which whoever waits here is told.
      if (failed.isEmpty()) settled(id);
      handoff = failed.isPresent() ? handoffs.find(id) : Optional.empty();
    } catch (RuntimeException e) {
      LOG.warn("Could not claim the pending e-mail of hand-off {}; it is tried again later: {}", id, e.getMessage());
      return;
    }
    if (handoff.isEmpty()) return;
    String to = addresses.apply(handoff.get().organisation());
    int tries = failed.getAsInt() + 1;
    try {
      if (to == null) throw new EmailException("its organisation has no EDI Contacts address any more", null);
      HandoffEmail email = compose.apply(handoff.get());
      mailer.send(to, email.subject(), email.text());
    } catch (RuntimeException e) {
      failed(handoff.get(), tries, to == null || tries >= attempts, e);
      return;
    }
    recorded(() -> pending.emailSent(id, clock.instant()), id);
    done(id, true);
  }

  /** Schedules the next try of an e-mail that failed, or, after the last, withdraws its hand-off. */
  private void failed(Handoff handoff, int tries, boolean last, RuntimeException cause) {
    String what = handoff.kind() == Handoff.Kind.DISCLOSURE ? "report" : "question";
    if (!last) {
      Duration wait = retry.multipliedBy(1L << Math.min(tries - 1, 20));
      LOG.warn("A {} for the EDI Contacts of {} could not be e-mailed (try {} of {}); hand-off {} is tried again in {} s: {}",
          what, handoff.organisation(), tries, attempts, handoff.id(), wait.toSeconds(), cause.getMessage());
      recorded(() -> pending.retryAt(handoff.id(), tries, clock.instant().plus(wait)), handoff.id());
      try {
        timer.schedule(() -> queue(handoff.id()), wait.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException stopping) {
        // Stopping: the e-mail stays pending for the next start.
      }
      return;
    }
    LOG.warn("A {} for the EDI Contacts of {} could not be e-mailed after {} tries, so its hand-off {} is withdrawn: {}",
        what, handoff.organisation(), tries, handoff.id(), cause.getMessage());
    try {
      handoffs.withdraw(handoff.id());
    } catch (RuntimeException e) {
      LOG.error("The hand-off {} that could not be e-mailed could not be withdrawn either; it is deleted with the others "
          + "after {} days: {}", handoff.id(), Handoffs.KEPT.toDays(), e.toString());
    }
    done(handoff.id(), false);
  }

  private void done(String id, boolean sent) {
    CompletableFuture<Boolean> outcome = waiting.remove(id);
    if (outcome != null) outcome.complete(sent);
  }

  private static void recorded(Runnable write, String id) {
    try {
      write.run();
    } catch (RuntimeException e) {
      LOG.error("What became of the e-mail of hand-off {} could not be recorded; it may be sent again: {}", id, e.getMessage());
    }
  }

  /** Stops sending and waits up to {@code grace} for the e-mails being sent; the others stay pending for the next start. */
  void close(Duration grace) {
    timer.shutdownNow();
    // Those queued and not yet begun stay pending in the database, for the next start.
    senders.getQueue().clear();
    senders.shutdown();
    try {
      if (!senders.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) senders.shutdownNow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      senders.shutdownNow();
    }
  }

  @Override
  public void close() {
    close(Duration.ZERO);
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }
}
