package signpost.bot.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the ratings given since start and logs each one (question id, rating, channel: nothing personal). A rating
 * is accepted only for an answer this server gave in the last {@link #ISSUED_FOR} (the most recent
 * {@link #MAX_ISSUED} answers), and each person rates an answer once: rating it again replaces their rating. At most
 * {@link #MAX_KEPT} ratings are kept in memory, the oldest dropped first. Who rated is kept only as a one-way hash,
 * and only to tell a second rating from a first.
 */
public final class FeedbackLog {

  public static final int MAX_ISSUED = 10_000;
  public static final int MAX_KEPT = 10_000;
  public static final Duration ISSUED_FOR = Duration.ofDays(1);
  private static final Logger LOG = LoggerFactory.getLogger(FeedbackLog.class);

  /** What became of a rating. */
  public enum Outcome {
    /** Kept, in place of the same person's earlier rating of the answer if there was one. */
    RECORDED,
    /** Refused: no answer with that id was given here recently. */
    UNKNOWN_ANSWER
  }

  private final Clock clock;
  private final Map<String, Instant> issued = bounded(MAX_ISSUED);
  private final Map<String, Feedback> ratings = bounded(MAX_KEPT);

  public FeedbackLog() {
    this(Clock.systemUTC());
  }

  public FeedbackLog(Clock clock) {
    this.clock = clock;
  }

  /** Notes that an answer with this id was given, so it may be rated; null is ignored. */
  public synchronized void issued(String answerId) {
    if (answerId == null) return;
    issued.remove(answerId);
    issued.put(answerId, clock.instant());
  }

  /**
   * Records a rating by one person of an answer this server gave.
   *
   * @param person who rated within the channel (a Slack or Teams user id, or the channel's name where each answer
   *     has one reader); kept only hashed
   */
  public synchronized Outcome record(Feedback feedback, String person) {
    Instant given = issued.get(feedback.questionId());
    if (given == null || clock.instant().isAfter(given.plus(ISSUED_FOR))) return Outcome.UNKNOWN_ANSWER;
    String key = feedback.questionId() + "|" + hash(feedback.channel() + "|" + person);
    // Removing first puts a changed rating last, as the newest.
    ratings.remove(key);
    ratings.put(key, feedback);
    LOG.info("Feedback on {}: {} via {}", LogText.safe(feedback.questionId()), feedback.helpful() ? "helpful" : "not helpful",
        feedback.channel());
    return Outcome.RECORDED;
  }

  /** Returns the ratings kept, oldest first. */
  public synchronized List<Feedback> all() {
    return List.copyOf(ratings.values());
  }

  private static <V> Map<String, V> bounded(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }
}
