package signpost.bot.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import signpost.bot.config.Retention;
import signpost.bot.edi.QuestionLog;

/**
 * Deletes what is past its retention: questions logged for the EDI team, ratings, screening records and conversations
 * (see {@link Retention}), and the questions of answers no longer open to a 👎. Each kind goes by its own time (asked,
 * rated, last changed, last message), so nothing younger is touched. Safe with several replicas: the deletes are
 * idempotent, and {@link #daily()} lets only the first replica to claim a day run it.
 */
public final class Purge {

  /** The {@link SeenOnce} kind a replica claims a day's purge under. */
  static final String CLAIM = "daily-purge";

  private final Database database;
  private final Retention retention;
  private final Clock clock;

  public Purge(Database database, Retention retention, Clock clock) {
    this.database = database;
    this.retention = retention;
    this.clock = clock;
  }

  /** How many rows of each kind a purge deleted. */
  public record Purged(int questions, int ratings, int screenings, int conversations) {

    /** Returns the rows deleted in all. */
    public int total() {
      return questions + ratings + screenings + conversations;
    }
  }

  /** Deletes everything past its retention now, and returns how much. */
  public Purged run() {
    Instant now = clock.instant();
    database.flush();
    Sql sql = database.sql();
    int questions = sql.update("DELETE FROM unanswered_question WHERE asked < ?", now.minus(retention.questions()))
        + sql.update("DELETE FROM rated_question WHERE asked < ?", now.minus(QuestionLog.RATED_FOR))
        + sql.update("DELETE FROM asked_question WHERE asked < ?", now.minus(QuestionLog.RATED_FOR).minus(DatabaseQuestions.NOTE_EVERY));
    int ratings = sql.update("DELETE FROM rating WHERE rated < ?", now.minus(retention.feedback()));
    int screenings = sql.update("DELETE FROM screening WHERE updated < ?", now.minus(retention.screenings()));
    int conversations = sql.update("DELETE FROM conversation WHERE updated < ?", now.minus(retention.conversations()));
    return new Purged(questions, ratings, screenings, conversations);
  }

  /**
   * Runs the purge unless a replica sharing the database has run it already today (UTC); returns what it deleted,
   * or empty when another replica had the day.
   */
  public Optional<Purged> daily() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return database.seenOnce().first(CLAIM, today.toString()) ? Optional.of(run()) : Optional.empty();
  }
}
