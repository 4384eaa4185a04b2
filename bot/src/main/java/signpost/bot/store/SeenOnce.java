package signpost.bot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Tells the first sight of something from a repeat, across every replica sharing the database: the first INSERT of a
 * (kind, key) pair wins on a unique key, so a retry delivered to another replica is still handled once. Entries are
 * kept for {@link #KEPT}, then forgotten by a purge that the checks themselves run at most once an {@link #PURGE_EVERY}.
 */
public final class SeenOnce {

  /** Long past any retry: Slack retries an event within minutes, Teams redelivers within the hour. */
  public static final Duration KEPT = Duration.ofDays(7);
  static final Duration PURGE_EVERY = Duration.ofHours(1);

  private final Sql sql;
  private final Clock clock;
  private Instant nextPurge = Instant.MIN;

  SeenOnce(Sql sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
  }

  /**
   * Returns true the first time a (kind, key) pair is seen, false every time after (until it is forgotten).
   *
   * @param kind what is seen, e.g. {@code slack-event}
   * @param key which one, e.g. the event id
   * @throws IllegalArgumentException when the kind is over 50 characters or the key over 1000
   */
  public boolean first(String kind, String key) {
    check(kind, key);
    purgeNowAndThen();
    return sql.insertIfAbsent("INSERT INTO seen_once (kind, seen_key, seen) VALUES (?, ?, ?)", kind, key, clock.instant());
  }

  /** Forgets a pair, so that it is seen for the first time again: for work that was refused and must be redone. */
  public void forget(String kind, String key) {
    sql.update("DELETE FROM seen_once WHERE kind = ? AND seen_key = ?", kind, key);
  }

  /** Forgets every pair first seen longer ago than {@code age}; returns how many. */
  public int purge(Duration age) {
    return sql.update("DELETE FROM seen_once WHERE seen < ?", clock.instant().minus(age));
  }

  private void purgeNowAndThen() {
    Instant now = clock.instant();
    synchronized (this) {
      if (now.isBefore(nextPurge)) return;
      nextPurge = now.plus(PURGE_EVERY);
    }
    purge(KEPT);
  }

  private static void check(String kind, String key) {
    if (kind.length() > 50) throw new IllegalArgumentException("kind must be at most 50 characters: " + kind);
    if (key.length() > 1000) throw new IllegalArgumentException("key must be at most 1000 characters: " + key.length());
  }
}
