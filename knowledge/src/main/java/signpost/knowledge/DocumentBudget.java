package signpost.knowledge;

import java.time.Duration;
import java.util.Objects;

/**
 * What one document may cost to read: a document over budget is skipped and named, and the rest are read,
 * so one hostile or broken file can neither stop start-up nor hold it for minutes.
 *
 * @param time how long parsing and cutting one document into passages may take
 * @param passages how many passages one document may give
 */
public record DocumentBudget(Duration time, int passages) {

  /** A minute and 20,000 passages: a long policy parses in about a second and gives a few hundred. */
  public static final DocumentBudget DEFAULT = new DocumentBudget(Duration.ofSeconds(60), 20_000);

  public DocumentBudget {
    Objects.requireNonNull(time, "time");
    if (time.isNegative() || time.isZero()) throw new IllegalArgumentException("time must be positive: " + time);
    if (passages < 1) throw new IllegalArgumentException("passages must be 1 or more: " + passages);
  }
}
