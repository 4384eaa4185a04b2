package signpost.bot.conversation;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock for each conversation being answered, so that two messages of one conversation (a double-click on a quick
 * reply) are taken one after the other while messages of different conversations never wait for each other. A lock
 * lives only while a message of its conversation is being answered or waits to be. Thread-safe.
 */
final class ConversationLocks {

  /** A conversation's lock and how many messages hold it or wait for it; changed only inside the map's compute. */
  private static final class Held {
    final ReentrantLock lock = new ReentrantLock();
    int users;
  }

  private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

  /** Runs {@code work} holding the conversation's lock and returns what it returns. */
  <T> T with(String conversation, Supplier<T> work) {
    Held h = held.compute(conversation, (key, now) -> {
      Held taken = now == null ? new Held() : now;
      taken.users++;
      return taken;
    });
    h.lock.lock();
    try {
      return work.get();
    } finally {
      h.lock.unlock();
      held.computeIfPresent(conversation, (key, now) -> --now.users == 0 ? null : now);
    }
  }

  /** Returns how many conversations have a message being answered or waiting. */
  int inUse() {
    return held.size();
  }
}
