package signpost.bot.edi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where hand-offs are kept, shared by every replica, so a contact's reply reaches the asker whichever replica takes it. */
public interface HandoffStore {

  /** Keeps a new hand-off. */
  void insert(Handoff handoff);

  /**
   * Claims a hand-off still {@link Handoff.Status#SENT} for one reply, atomically across replicas: records the reply, the
   * name the contact chose to show with it (or null) and the status {@link Handoff.Status#REPLIED} only when the row is
   * still waiting. Returns false, changing nothing, when there is no such hand-off or it was replied to already.
   */
  boolean claim(String id, String reply, String name, Instant time);

  /**
   * Releases a claimed hand-off whose reply could not be delivered: back to {@link Handoff.Status#SENT}, without the
   * reply, so that it can be replied to again. Returns false when it is not {@link Handoff.Status#REPLIED}.
   */
  boolean release(String id, Instant time);

  /** Records that the reply was saved as a curated answer; false when there is no such hand-off. */
  boolean saved(String id, Instant time);

  /** Returns the hand-off with this id. */
  Optional<Handoff> find(String id);

  /** Returns the organisation's hand-offs still {@link Handoff.Status#SENT}, newest first. */
  List<Handoff> sent(String organisation);

  /** Returns the hand-offs of one asker whose reply goes to a place starting with {@code replyTo}, newest first. */
  List<Handoff> askedBy(String asker, String replyTo);

  /** Deletes one hand-off, e.g. one that could not be passed on after all; false when there is no such hand-off. */
  boolean delete(String id);

  /** Deletes the hand-offs passed on before {@code before} and returns how many. */
  int purge(Instant before);
}
