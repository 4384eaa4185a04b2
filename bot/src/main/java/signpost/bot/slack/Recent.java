package signpost.bot.slack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The most recent entries by key, at most a fixed number: the oldest is dropped first. Thread-safe. */
final class Recent<V> {

  private final Map<String, V> entries;

  Recent(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be positive: " + capacity);
    entries = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Keeps the value unless the key is already kept; returns true when it was not. */
  synchronized boolean add(String key, V value) {
    return entries.putIfAbsent(key, value) == null;
  }

  synchronized Optional<V> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  synchronized int size() {
    return entries.size();
  }
}
