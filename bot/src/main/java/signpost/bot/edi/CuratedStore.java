package signpost.bot.edi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where curated answers are kept, shared by every replica: each write raises a revision, so a replica can tell with one
 * cheap read whether the answers it searches are still the latest.
 */
public interface CuratedStore {

  /** Keeps a new, live curated answer, written at {@code time}. */
  void insert(CuratedAnswer answer, Instant time);

  /** Replaces the question, answer and review-by date of an answer; returns false when there is none with this id. */
  boolean update(String id, String question, String answer, LocalDate reviewBy, Instant time);

  /** Marks an answer retired at {@code time}; returns false when there is none with this id. */
  boolean retire(String id, Instant time);

  /** Returns the curated answer with this id, live or retired. */
  Optional<CuratedAnswer> find(String id);

  /** Returns the organisation's curated answers, live and retired, newest first. */
  List<CuratedAnswer> list(String organisation);

  /** Returns every live curated answer, of every organisation. */
  List<CuratedAnswer> live();

  /** Returns the revision: one higher after every insert, update and retirement. */
  long revision();
}
