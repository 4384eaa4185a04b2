package signpost.bot.email;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.config.Config;
import signpost.bot.config.EmailSettings;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;

/**
 * "Ask an EDI Contact" by e-mail, for an organisation whose EDI Contacts have an address ({@code
 * SIGNPOST_EDI_CONTACTS_EMAIL}) but no Slack or Teams channel Signpost posts to. A question passed on with consent, or a
 * report of harm its writer chose to pass on, is kept as a hand-off first and then e-mailed, with a link to reply on the
 * admin page.
 *
 * <p>The e-mail is sent on a small pool of its own, never on a Slack or Teams request thread: an SMTP exchange is several
 * round trips, each allowed the configured timeout, which together could outlast what Slack (3 s) and Teams wait for an
 * answer. The channel tells the asker the outcome when the send completes. The queue is bounded: when it is full, a send
 * fails at once rather than waiting without limit.
 */
public final class EmailContacts implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmailContacts.class);

  static final int THREADS = 2;
  static final int QUEUE = 100;

  private final EmailSettings settings;
  private final Mailer mailer;
  private final String admin;
  private final ThreadPoolExecutor senders;

  private EmailContacts(EmailSettings settings, String admin) {
    this.settings = settings;
    this.mailer = new Mailer(settings);
    this.admin = admin;
    AtomicInteger count = new AtomicInteger();
    this.senders = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), task -> {
      Thread thread = new Thread(task, "signpost-email-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Returns the e-mail fallback of a configuration whose organisations are ids, or null when no organisation has an
   * address. Links go to the first public host over https; without public hosts (this machine only), to the address
   * the server listens on.
   */
  public static EmailContacts of(Config config) {
    if (!config.email().enabled()) return null;
    List<String> hosts = config.edge().publicHosts();
    String host = config.host().equals("0.0.0.0") ? "localhost" : config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return new EmailContacts(config.email(), hosts.isEmpty() ? "http://" + host + ":" + config.port() : "https://" + hosts.get(0));
  }

  /** Returns the e-mail address of the organisation's EDI Contacts, or null when it has none. */
  public String address(String organisation) {
    return settings.ediContacts(organisation);
  }

  /** Returns where on the admin page the organisation's hand-offs are replied to; it asks an admin to sign in first. */
  public URI replyLink(String organisation) {
    return URI.create(admin + "/admin/handoffs?organisation=" + URLEncoder.encode(organisation, StandardCharsets.UTF_8));
  }

  /**
   * Sends a hand-off just kept to its organisation's address on the senders' pool, and returns what completes with true
   * once the server has taken it, or with false when it could not be sent (the pool's queue full included): then the
   * failure is logged once and the hand-off withdrawn, as nobody has it to reply to. Either way the channel tells the
   * asker.
   *
   * @param organisationName the asker's organisation as people know it
   * @param handoffs where the hand-off is kept
   * @throws IllegalArgumentException when the hand-off's organisation has no address
   */
  public CompletableFuture<Boolean> pass(Handoff handoff, String organisationName, Handoffs handoffs) {
    String to = address(handoff.organisation());
    if (to == null) throw new IllegalArgumentException("no EDI Contacts e-mail address for " + handoff.organisation());
    HandoffEmail email = HandoffEmail.of(handoff, organisationName, replyLink(handoff.organisation()));
    CompletableFuture<Void> sent;
    try {
      sent = CompletableFuture.runAsync(() -> mailer.send(to, email.subject(), email.text()), senders);
    } catch (RejectedExecutionException e) {
      sent = CompletableFuture.failedFuture(new EmailException("it was not tried: " + QUEUE + " e-mails are already waiting", e));
    }
    return sent.handle((done, failure) -> failure == null || withdrawn(handoff, failure, handoffs));
  }

  /** Logs why a hand-off could not be e-mailed, withdraws it, and returns false. */
  private static boolean withdrawn(Handoff handoff, Throwable failure, Handoffs handoffs) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    LOG.warn("A {} for the EDI Contacts of {} could not be e-mailed, so its hand-off {} is withdrawn: {}",
        handoff.kind() == Handoff.Kind.DISCLOSURE ? "report" : "question", handoff.organisation(), handoff.id(),
        cause.getMessage());
    try {
      handoffs.withdraw(handoff.id());
    } catch (RuntimeException e) {
      LOG.error("The hand-off {} that could not be e-mailed could not be withdrawn either; it is deleted with the others "
          + "after {} days: {}", handoff.id(), Handoffs.KEPT.toDays(), e.toString());
    }
    return false;
  }

  /** Stops taking e-mails and waits a little for those being sent. */
  @Override
  public void close() {
    senders.shutdown();
    try {
      if (!senders.awaitTermination(settings.timeout().toMillis() * 3, TimeUnit.MILLISECONDS)) senders.shutdownNow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      senders.shutdownNow();
    }
  }
}
