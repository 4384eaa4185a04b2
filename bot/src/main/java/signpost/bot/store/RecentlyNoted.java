package signpost.bot.store;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When this replica last wrote that something kept once under a key (an answer's text, a question) was given again:
 * the answers given most often are the cached ones, and noting each would be a write for every answer, so a key is
 * noted at most every {@link #EVERY}, and whatever is kept under it is forgotten that much later than its answers. The
 * {@link #REMEMBERED} keys noted last are remembered, more than the answer cache holds. Thread-safe.
 */
final class RecentlyNoted {

  /** How often that a key was given again is written. */
  static final Duration EVERY = Duration.ofMinutes(10);
  private static final int REMEMBERED = 4_096;

  /** When each recent key was last noted; guarded by itself. */
  private final Map<String, Instant> noted = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
      return size() > REMEMBERED;
    }
  };

  /** Returns true, and takes it as noted at {@code at}, unless the key was noted less than {@link #EVERY} before. */
  boolean due(String key, Instant at) {
    synchronized (noted) {
      Instant last = noted.get(key);
      if (last != null && !at.isAfter(last.plus(EVERY))) return false;
      noted.put(key, at);
      return true;
    }
  }
}
