package signpost.bot.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes items that arrive at the same moment in one transaction, and returns to each caller only once its own item
 * is written (or the write failed): what one caller sees is what it would see writing alone, while many callers share
 * one commit instead of queueing for a connection each. A caller that finds no write under way writes everything
 * waiting, its own item with it; the others wait, and one of those left when it is done writes what came meanwhile.
 *
 * @param <T> what is written
 */
final class GroupCommit<T> {

  /** One caller's item and what became of it. */
  private static final class Entry<T> {
    final T item;
    boolean done;
    RuntimeException failure;

    Entry(T item) {
      this.item = item;
    }
  }

  private final Consumer<List<T>> write;
  private List<Entry<T>> waiting = new ArrayList<>();
  private boolean writing;

  /** @param write writes a batch, in the order given, in one transaction; throws when it did not */
  GroupCommit(Consumer<List<T>> write) {
    this.write = write;
  }

  /**
   * Returns once {@code item} is written with the others that were waiting with it.
   *
   * @throws RuntimeException what the write of its batch threw
   */
  void submit(T item) {
    Entry<T> entry = new Entry<>(item);
    List<Entry<T>> batch;
    synchronized (this) {
      waiting.add(entry);
      while (writing && !entry.done) awaitUninterruptibly();
      if (entry.done) {
        outcome(entry);
        return;
      }
      writing = true;
      batch = waiting;
      waiting = new ArrayList<>();
    }
    RuntimeException failure = null;
    try {
      write.accept(batch.stream().map(e -> e.item).toList());
    } catch (RuntimeException e) {
      failure = e;
    } catch (Error e) {
      failure = new IllegalStateException("writing " + batch.size() + " items failed: " + e, e);
      throw e;
    } finally {
      synchronized (this) {
        for (Entry<T> done : batch) {
          done.done = true;
          done.failure = failure;
        }
        // The next caller waiting becomes the writer of what arrived meanwhile.
        writing = false;
        notifyAll();
      }
    }
    outcome(entry);
  }

  private void outcome(Entry<T> entry) {
    if (entry.failure != null) throw entry.failure;
  }

  private void awaitUninterruptibly() {
    boolean interrupted = false;
    while (true) {
      try {
        wait();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }
}
