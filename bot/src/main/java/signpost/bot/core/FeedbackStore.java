package signpost.bot.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where {@link FeedbackLog} keeps the answers that may be rated and the ratings, so they outlive a restart. */
public interface FeedbackStore {

  /** Keeps that an answer was given at {@code time}, as the newest; forgets answers given before {@code forgetBefore}. */
  void issued(String answerId, Instant time, Instant forgetBefore);

  /** Returns when an answer was given, if it is one of the {@code recent} answers given last. */
  Optional<Instant> issuedAt(String answerId, int recent);

  /**
   * Keeps a person's rating, as the newest, in place of their earlier rating of the same answer; then keeps only the
   * {@code kept} newest ratings.
   *
   * @param person who rated within the feedback's channel; kept only as a keyed hash
   */
  void rate(Feedback feedback, String person, Instant time, int kept);

  /** Returns the ratings kept, oldest first. */
  List<Feedback> ratings();
}
