package signpost.bot.email;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import signpost.bot.config.Config;
import signpost.bot.config.EmailSettings;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;
import signpost.bot.edi.PendingEmails;

/**
 * "Ask an EDI Contact" by e-mail, for an organisation whose EDI Contacts have an address ({@code
 * SIGNPOST_EDI_CONTACTS_EMAIL}) but no Slack or Teams channel Signpost posts to. A question passed on with consent, or a
 * report of harm its writer chose to pass on, is kept as a hand-off with its e-mail pending (an outbox in the database)
 * before the send is tried, then e-mailed with a link to reply on the admin page.
 *
 * <p>E-mails are sent by an {@link Outbox} begun with {@link #start}: on a small pool of its own, never on a Slack or
 * Teams request thread (an SMTP exchange is several round trips, each allowed the configured timeout); tried again
 * with a doubling wait ({@code SIGNPOST_SMTP_ATTEMPTS}, {@code SIGNPOST_SMTP_RETRY_SECONDS}); and, when a server stops
 * or is killed before one has gone, sent by the next start or another replica. The channel tells the asker the outcome
 * when the send completes.
 */
public final class EmailContacts implements AutoCloseable {

  /** How often the database is looked at for e-mails left pending by a server that stopped, or by a failed try. */
  static final Duration POLL = Duration.ofSeconds(5);

  private final EmailSettings settings;
  private final Mailer mailer;
  private final String admin;
  private volatile Outbox outbox;

  private EmailContacts(EmailSettings settings, String admin) {
    this.settings = settings;
    this.mailer = new Mailer(settings);
    this.admin = admin;
  }

  /**
   * Returns the e-mail fallback of a configuration whose organisations are ids, or null when no organisation has an
   * address. Links go to the first public host over https; without public hosts (this machine only), to the address
   * the server listens on. It sends nothing until {@link #start}ed.
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
   * Begins sending the e-mails pending in the database, those left by a server that stopped first; once only.
   *
   * @param names an organisation's name as people know it, from its id
   */
  public synchronized void start(Handoffs handoffs, PendingEmails pending, Clock clock, Function<String, String> names) {
    start(handoffs, pending, clock, names, POLL);
  }

  synchronized void start(Handoffs handoffs, PendingEmails pending, Clock clock, Function<String, String> names, Duration poll) {
    if (outbox != null) return;
    // A claim outlasts the slowest send (each of its SMTP steps allowed the timeout), so only a dead sender loses one.
    Duration lease = settings.timeout().multipliedBy(12).plusSeconds(10);
    outbox = new Outbox(mailer, pending, handoffs, clock, this::address,
        handoff -> HandoffEmail.of(handoff, names.apply(handoff.organisation()), replyLink(handoff.organisation())),
        settings.attempts(), settings.retry(), lease, poll);
  }

  /**
   * Keeps a hand-off not yet kept (see {@link Handoffs#draft}) with its e-mail pending, and sends it; returns what
   * completes with true once the SMTP server has taken it, or with false once every try has failed: the failure is then
   * logged and the hand-off withdrawn, as nobody has it to reply to. Either way the channel tells the asker. If the
   * server stops before then, it completes never, and the next start sends the e-mail.
   *
   * @throws IllegalArgumentException when the hand-off's organisation has no address
   * @throws IllegalStateException when sending has not {@link #start}ed
   * @throws signpost.bot.store.StoreException when the hand-off cannot be kept (nothing is sent)
   */
  public CompletableFuture<Boolean> pass(Handoff handoff) {
    if (address(handoff.organisation()) == null) {
      throw new IllegalArgumentException("no EDI Contacts e-mail address for " + handoff.organisation());
    }
    Outbox started = outbox;
    if (started == null) throw new IllegalStateException("e-mails to the EDI Contacts are not being sent: start first");
    return started.pass(handoff);
  }

  /**
   * Stops sending, waiting up to three SMTP timeouts for the e-mails being sent; the others stay pending in the
   * database, and the next start sends them.
   */
  @Override
  public synchronized void close() {
    if (outbox != null) outbox.close(settings.timeout().multipliedBy(3));
  }
}
