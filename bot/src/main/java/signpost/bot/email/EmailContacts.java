package signpost.bot.email;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import signpost.bot.config.Config;
import signpost.bot.config.EmailSettings;
import signpost.bot.edi.Handoff;

/**
 * "Ask an EDI Contact" by e-mail, for an organisation whose EDI Contacts have an address ({@code
 * SIGNPOST_EDI_CONTACTS_EMAIL}) but no Slack or Teams channel Signpost posts to. A question passed on with consent is
 * kept as a hand-off first and then e-mailed, with a link to reply on the admin page.
 *
 * <p>The e-mail is sent on a small pool of its own, never on a Slack or Teams request thread: an SMTP exchange is several
 * round trips, each allowed the configured timeout, which together could outlast what Slack (3 s) and Teams wait for an
 * answer. The channel tells the asker the outcome when the send completes. The queue is bounded: when it is full, a send
 * fails at once rather than waiting without limit.
 */
public final class EmailContacts implements AutoCloseable {

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

  /** Returns where on the admin page the organisation's questions are replied to; it asks an admin to sign in first. */
  public URI replyLink(String organisation) {
    return URI.create(admin + "/admin/handoffs?organisation=" + URLEncoder.encode(organisation, StandardCharsets.UTF_8));
  }

  /**
   * Sends the hand-off to its organisation's address on the senders' pool and returns what completes when the server
   * has taken it, or fails with an {@link EmailException} when it could not be sent (the pool's queue full included).
   *
   * @param organisationName the asker's organisation as people know it
   * @throws IllegalArgumentException when the hand-off's organisation has no address
   */
  public CompletableFuture<Void> send(Handoff handoff, String organisationName) {
    String to = address(handoff.organisation());
    if (to == null) throw new IllegalArgumentException("no EDI Contacts e-mail address for " + handoff.organisation());
    HandoffEmail email = HandoffEmail.of(handoff, organisationName, replyLink(handoff.organisation()));
    try {
      return CompletableFuture.runAsync(() -> mailer.send(to, email.subject(), email.text()), senders);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(new EmailException("the e-mail to " + to + " was not sent: " + QUEUE
          + " e-mails are already waiting", e));
    }
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
