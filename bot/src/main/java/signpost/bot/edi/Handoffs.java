package signpost.bot.edi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.core.Question;

/**
 * "Ask an EDI Contact": the questions passed on to an organisation's EDI Contacts with the asker's consent, kept so
 * that a contact's reply, on whichever replica it arrives, reaches the asker, and can be saved as a curated answer.
 * Each is kept {@link #KEPT} from when it was asked.
 */
public final class Handoffs {

  /** How long a hand-off is kept: long enough for a contact to reply after a holiday, no longer. */
  public static final Duration KEPT = Duration.ofDays(90);
  /** Who a reply is from, as the asker sees it, unless the contact chooses to show their name. */
  public static final String ROLE = "EDI Contacts";
  /** Said to someone who asks for a person before asking anything that could be passed on. */
  public static final String TYPE_IT = "Please type the question you would like passed on to your organisation's EDI "
      + "Contacts. If I can't answer it, or you rate my answer 👎, I'll offer to pass it on.";
  /** Said when a question could not be passed on after the asker consented (the e-mail to the contacts failed). */
  public static final String NOT_SENT = "Sorry, your question could not be passed on to the EDI Contacts just now. "
      + "Please try again later.";
  /** Said when a report of harm could not be passed on after its writer consented (the e-mail to the contacts failed). */
  public static final String REPORT_NOT_SENT = "Sorry, your message could not be passed on to the EDI Contacts just now, "
      + "and nothing of it was kept. Please try again later. If you are in danger or need help urgently, use the routes "
      + "in my reply above.";
  /** Said in the consent to pass on a report of harm when the organisation's EDI Contacts are reached by e-mail. */
  public static final String REPORT_BY_EMAIL = "It goes to them by e-mail: Signpost deletes what it keeps after "
      + KEPT.toDays() + " days, but the e-mail stays in their mailbox for as long as they keep it.";
  /** Said when a reply or save is pressed outside the contacts' channel, or on a hand-off past {@link #KEPT}. */
  public static final String GONE =
      "This question can be replied to and saved only in the EDI Contacts' channel, for 90 days after it was asked.";

  /** Said to a contact whose reply lost to another's, sent at the same moment or before: theirs is not sent. */
  public static final String ALREADY = "Another EDI Contact has replied to this already, so your reply was not sent.";

  /** Said when "Save as an answer" is pressed on a report of harm, which is never saved (see {@link Handoff#saveable()}). */
  public static final String NOT_SAVED = "A report a person passed on about what happened to them is not saved as an answer.";

  /**
   * How long a reply's claim holds while it is delivered: longer than any channel's timeouts (Slack's Web API client,
   * the Bot Framework connector's, each some seconds), so a claim older than this was left by a replica that stopped
   * before delivering, and the next contact's reply may take it.
   */
  public static final Duration LEASE = Duration.ofMinutes(2);

  /** The longest name shown with a reply; a longer one (a display name is the platform's, not ours) is cut. */
  public static final int MAX_NAME = 200;

  private static final Logger LOG = LoggerFactory.getLogger(Handoffs.class);

  private final HandoffStore store;
  private final Clock clock;

  /** Returns what the person is told when their hand-off could not be passed on: {@link #NOT_SENT} or {@link #REPORT_NOT_SENT}. */
  public static String notSent(Handoff handoff) {
    return notSent(handoff.kind());
  }

  /** Returns what the person is told when what they chose to pass on, of this kind, could not be passed on. */
  public static String notSent(Handoff.Kind kind) {
    return kind == Handoff.Kind.DISCLOSURE ? REPORT_NOT_SENT : NOT_SENT;
  }

  public Handoffs(HandoffStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Keeps a question passed on with consent and returns it, status {@link Handoff.Status#SENT}.
   *
   * @param asker the asker's pseudonym
   * @param replyTo where the reply goes (see {@link Handoff#replyTo()})
   * @throws IllegalArgumentException when the question is blank or too long, or a value is missing
   */
  public Handoff open(String organisation, String asker, String replyTo, String question) {
    return open(Handoff.Kind.QUESTION, organisation, asker, replyTo, question);
  }

  /**
   * Keeps what a person chose to pass on, a question or a report of harm, and returns it, status
   * {@link Handoff.Status#SENT}.
   *
   * @param asker the asker's pseudonym
   * @param replyTo where the reply goes (see {@link Handoff#replyTo()})
   * @throws IllegalArgumentException when the text is blank or too long, or a value is missing
   */
  public Handoff open(Handoff.Kind kind, String organisation, String asker, String replyTo, String question) {
    Handoff handoff = draft(kind, organisation, asker, replyTo, question);
    store.insert(handoff);
    return handoff;
  }

  /**
   * Returns what {@link #open} would keep, status {@link Handoff.Status#SENT}, without keeping it: for the e-mail
   * fallback, which keeps it with its e-mail pending (see {@link PendingEmails#insertPending}).
   *
   * @throws IllegalArgumentException when the text is blank or too long, or a value is missing
   */
  public Handoff draft(Handoff.Kind kind, String organisation, String asker, String replyTo, String question) {
    if (kind == null) throw new IllegalArgumentException("a hand-off needs a kind");
    if (organisation == null || organisation.isBlank()) throw new IllegalArgumentException("a hand-off needs an organisation");
    if (asker == null || replyTo == null) throw new IllegalArgumentException("a hand-off needs an asker and a place to reply");
    String asked = new Question(null, question, organisation).text();
    return new Handoff(UUID.randomUUID().toString(), organisation, asker, replyTo, kind, asked, Handoff.Status.SENT, null,
        null, clock.instant(), null);
  }

  /**
   * Claims the hand-off for this reply and returns it, {@link Handoff.Status#CLAIMED} with the reply, or empty when
   * another contact's reply holds it (claimed less than {@link #LEASE} ago, on any replica) or was delivered: of replies
   * at once, exactly one is claimed, and only a claimed reply may be delivered (see {@link #deliver}). A claim older
   * than the lease, whose replica stopped before delivering, is taken.
   *
   * @param name the name the contact chose to show with the reply, or null for the {@link #ROLE} alone; cut to
   *     {@link #MAX_NAME} characters
   * @throws IllegalArgumentException when there is no hand-off with this id (or it is past {@link #KEPT}), or the reply
   *     is blank
   */
  public Optional<Handoff> claim(String id, String reply, String name) {
    if (reply == null || reply.isBlank()) throw new IllegalArgumentException("a reply must not be blank");
    Instant now = clock.instant();
    if (!store.claim(id, reply.strip(), shown(name), now, now.minus(LEASE))) {
      find(id).orElseThrow(() -> unknown(id));
      return Optional.empty();
    }
    return Optional.of(find(id).orElseThrow(() -> unknown(id)));
  }

  /**
   * Delivers a claimed reply through the channels and returns true, the hand-off then {@link Handoff.Status#REPLIED} for
   * good; when no channel takes it (false) or the one that should fails (its exception, rethrown), releases the claim
   * first, so the hand-off waits for a reply again.
   *
   * @throws IllegalArgumentException when the hand-off is not a claim returned by {@link #claim}
   */
  public boolean deliver(Handoff claimed, ReplyDelivery channels) {
    if (claimed.status() != Handoff.Status.CLAIMED || claimed.claimed() == null) {
      throw new IllegalArgumentException("only a claimed reply is delivered, not one " + claimed.status() + ": " + claimed.id());
    }
    boolean delivered;
    try {
      delivered = channels.deliver(claimed);
    } catch (RuntimeException e) {
      release(claimed);
      throw e;
    }
    if (!delivered) {
      release(claimed);
    } else if (!store.delivered(claimed.id(), claimed.claimed(), clock.instant())) {
      LOG.warn("The reply to hand-off {} was delivered after its claim of {} had gone stale and another reply took it: "
          + "its asker may have two replies", claimed.id(), claimed.claimed());
    }
    return delivered;
  }

  /**
   * Returns true when the hand-off waits for a reply: {@link Handoff.Status#SENT}, or claimed more than {@link #LEASE}
   * ago by a reply whose replica stopped before delivering it.
   */
  public boolean awaitsReply(Handoff handoff) {
    return handoff.status() == Handoff.Status.SENT || handoff.status() == Handoff.Status.CLAIMED
        && handoff.claimed().isBefore(clock.instant().minus(LEASE));
  }

  /**
   * Releases a claimed reply that will not be delivered after all (e.g. refused as busy before delivery was tried), so
   * the hand-off waits for a reply again at once rather than after {@link #LEASE}.
   */
  public void release(Handoff claimed) {
    if (!store.release(claimed.id(), claimed.claimed(), clock.instant())) {
      LOG.warn("The claim of {} on hand-off {} was not released: it had gone stale and another reply took it",
          claimed.claimed(), claimed.id());
    }
  }

  /** Returns the name as shown with a reply: stripped, cut to {@link #MAX_NAME}, and null when there is none. */
  private static String shown(String name) {
    if (name == null || name.isBlank()) return null;
    String stripped = name.strip();
    return stripped.length() <= MAX_NAME ? stripped : stripped.substring(0, MAX_NAME);
  }

  /**
   * Records that the hand-off's reply was saved as a curated answer.
   *
   * @throws IllegalArgumentException when there is no hand-off with this id
   */
  public void saved(String id) {
    if (!store.saved(id, clock.instant())) throw unknown(id);
  }

  /**
   * Deletes a hand-off that could not be passed on after all (its e-mail was not sent), so that it is neither kept nor
   * listed as waiting for a reply.
   *
   * @throws IllegalArgumentException when there is no hand-off with this id
   */
  public void withdraw(String id) {
    if (!store.delete(id)) throw unknown(id);
  }

  /**
   * Returns the organisation's hand-offs waiting for a reply, newest first: those not replied to, and those whose
   * claim is older than {@link #LEASE} (see {@link #awaitsReply}).
   */
  public List<Handoff> waiting(String organisation) {
    return store.waiting(organisation, clock.instant().minus(LEASE));
  }

  /**
   * Returns the hand-offs of one asker whose replies go to places starting with {@code replyTo} (e.g. every web chat),
   * newest first, whatever became of them, while they are kept.
   */
  public List<Handoff> askedBy(String asker, String replyTo) {
    return store.askedBy(asker, replyTo);
  }

  /** Returns the hand-off with this id, if it is still kept. */
  public Optional<Handoff> find(String id) {
    return id == null ? Optional.empty() : store.find(id);
  }

  /** Deletes the hand-offs asked more than {@link #KEPT} ago and returns how many. */
  public int purge() {
    return store.purge(clock.instant().minus(KEPT));
  }

  private static IllegalArgumentException unknown(String id) {
    return new IllegalArgumentException("no hand-off has the id: " + id);
  }
}
