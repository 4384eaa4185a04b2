package signpost.knowledge;

import java.time.Duration;
import java.util.Objects;

/**
 * What one document may cost to read: a document over budget is skipped and named, and the rest are read,
 * so one hostile or broken file can neither stop start-up nor hold it for minutes.
 *
 * @param time how long parsing and cutting one document into passages may take
 * @param passages how many passages one document may give
 * @param memory how many bytes of memory reading one document may allocate in all (garbage included): a file
 *     that makes its parser allocate gigabytes is refused long before it can exhaust the heap
 */
public record DocumentBudget(Duration time, int passages, long memory) {

  /**
   * A minute, 20,000 passages and 4 GiB allocated: a long policy parses in about a second, gives a few hundred
   * passages and allocates a few hundred megabytes.
   */
  public static final DocumentBudget DEFAULT = new DocumentBudget(Duration.ofSeconds(60), 20_000, 4L << 30);

  private static final long DEFAULT_MEMORY = DEFAULT.memory();

  /** Returns a budget of time and passages with the default memory. */
  public DocumentBudget(Duration time, int passages) {
    this(time, passages, DEFAULT_MEMORY);
  }

  public DocumentBudget {
    if (memory < 1) throw new IllegalArgumentException("memory must be 1 byte or more: " + memory);
    Objects.requireNonNull(time, "time");
    if (time.isNegative() || time.isZero()) throw new IllegalArgumentException("time must be positive: " + time);
    if (passages < 1) throw new IllegalArgumentException("passages must be 1 or more: " + passages);
  }
}
