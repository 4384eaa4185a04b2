package signpost.bot.edi;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * The e-mails of hand-offs passed on by e-mail, kept in the hand-off's row (an outbox) from before the send is tried
 * until the SMTP server has taken them, shared by every replica: an e-mail left pending by a server that stopped is sent
 * by the next, and a sender claims one before sending it, so that two replicas never both send it.
 */
public interface PendingEmails {

  /** What became of a hand-off's e-mail. */
  enum State {
    /** Still to be sent (or being sent). */ PENDING,
    /** The SMTP server took it. */ SENT,
    /** Its hand-off is gone: withdrawn after its last try failed, or deleted. */ GONE
  }

  /** Keeps a new hand-off with its e-mail pending and due at once, in one insert: it is never kept without it. */
  void insertPending(Handoff handoff);

  /** Returns the ids of up to {@code limit} pending e-mails due by {@code now} that no sender holds, oldest first. */
  List<String> due(Instant now, int limit);

  /**
   * Claims a pending e-mail due by {@code now} until {@code until} when no sender holds it at {@code now}, and returns how many tries of it
   * have failed; empty when it is not pending (sent, or its hand-off deleted) or another sender holds it.
   */
  OptionalInt claimEmail(String id, Instant now, Instant until);

  /** Returns what became of the hand-off's e-mail, whichever sender sent it. */
  State state(String id);

  /** Records that the SMTP server took the e-mail, and lets go of it. */
  void emailSent(String id, Instant time);

  /** Records a failed try, the {@code tries}-th, and lets go of the e-mail until {@code due}. */
  void retryAt(String id, int tries, Instant due);
}
