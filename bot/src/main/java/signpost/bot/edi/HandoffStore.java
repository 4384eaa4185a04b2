package signpost.bot.edi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where hand-offs are kept, shared by every replica, so a contact's reply reaches the asker whichever replica takes it. */
public interface HandoffStore {

  /** Keeps a new hand-off. */
  void insert(Handoff handoff);

  /**
   * Claims a hand-off for one reply, atomically across replicas, when it is {@link Handoff.Status#SENT} or
   * {@link Handoff.Status#CLAIMED} before {@code staleBefore} (a claim whose replica stopped before delivering): records
   * the reply, the name the contact chose to show with it (or null), the status {@link Handoff.Status#CLAIMED} and
   * {@code time} as when it was claimed. Returns false, changing nothing, when there is no such hand-off, or it is
   * claimed since {@code staleBefore}, or replied to already.
   */
  boolean claim(String id, String reply, String name, Instant time, Instant staleBefore);

  /**
   * Records that the reply of the claim made at {@code claimed} reached the asker: {@link Handoff.Status#REPLIED}, for
   * good. Returns false, changing nothing, when the hand-off is no longer held by that claim (it went stale and another
   * reply took it).
   */
  boolean delivered(String id, Instant claimed, Instant time);

  /**
   * Releases the claim made at {@code claimed}, whose reply could not be delivered: back to {@link Handoff.Status#SENT},
   * without the reply, so that it can be replied to again. Returns false, changing nothing, when the hand-off is no
   * longer held by that claim.
   */
  boolean release(String id, Instant claimed, Instant time);

  /** Records that the reply was saved as a curated answer; false when there is no such hand-off. */
  boolean saved(String id, Instant time);

  /** Returns the hand-off with this id. */
  Optional<Handoff> find(String id);

  /**
   * Returns the organisation's hand-offs waiting for a reply, newest first: {@link Handoff.Status#SENT}, or
   * {@link Handoff.Status#CLAIMED} before {@code staleBefore}.
   */
  List<Handoff> waiting(String organisation, Instant staleBefore);

  /** Returns the hand-offs of one asker whose reply goes to a place starting with {@code replyTo}, newest first. */
  List<Handoff> askedBy(String asker, String replyTo);

  /** Deletes one hand-off, e.g. one that could not be passed on after all; false when there is no such hand-off. */
  boolean delete(String id);

  /** Deletes the hand-offs passed on before {@code before} and returns how many. */
  int purge(Instant before);
}
