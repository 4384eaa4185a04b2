package signpost.bot.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the most recent entries by key, at most a fixed number: the oldest is dropped first. Thread-safe. The
 * channels use it for the answers "Why?" explains and the deliveries they have already handled.
 */
public final class Recent<V> {

  private final Map<String, V> entries;

  /**
   * Creates an empty store.
   *
   * @throws IllegalArgumentException when {@code capacity} is under 1
   */
  public Recent(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be positive: " + capacity);
    entries = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Keeps the value unless the key is already kept; returns true when it was not. */
  public synchronized boolean add(String key, V value) {
    return entries.putIfAbsent(key, value) == null;
  }

  /** Returns the value kept under the key, if it is still kept. */
  public synchronized Optional<V> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** Returns how many entries are kept. */
  /** Forgets the key, if kept. */
  public synchronized void remove(String key) {
    entries.remove(key);
  }

  public synchronized int size() {
    return entries.size();
  }
}
