package signpost.bot.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes whose callers wait until they are committed, committed together when they arrive together: the first caller
 * to find no commit under way commits everything waiting, its own write with the others, in one transaction, while
 * later callers wait for the next. Alone, a write is committed at once on its caller's thread, as before; under load,
 * the writes of many answers share one commit (the embedded database writes its file at every commit), and take one
 * pool connection instead of one each.
 *
 * <p>Each caller returns only once its write is committed, or throws its own failure: when a batch fails (another
 * replica inserted the same key between a write's two statements, a bad value), each of its writes is done again
 * alone, so one write's failure is never another's. A batch that fails because the database cannot be reached fails
 * every caller at once, rather than each waiting for it in turn.
 */
final class GroupCommit {

  /** A write as it runs in a batch's transaction, and as it runs alone when the batch fails. */
  record Write(String what, Sql.Work<?> inBatch, Runnable alone) {}

  private static final class Pending {
    final Write write;
    boolean done;
    RuntimeException failure;

    Pending(Write write) {
      this.write = write;
    }
  }

  private final Sql sql;
  private List<Pending> waiting = new ArrayList<>();
  private boolean committing;
  private long batches;

  GroupCommit(Sql sql) {
    this.sql = sql;
  }

  /**
   * Returns once the write is committed.
   *
   * @throws StoreException when it could not be written
   */
  void write(Write write) {
    Pending mine = new Pending(write);
    List<Pending> batch;
    synchronized (this) {
      waiting.add(mine);
      while (committing && !mine.done) awaitUninterruptibly();
      if (!mine.done) {
        committing = true;
        batch = waiting;
        waiting = new ArrayList<>();
      } else {
        batch = null;
      }
    }
    if (batch != null) {
      try {
        commit(batch);
      } finally {
        synchronized (this) {
          for (Pending pending : batch) pending.done = true;
          committing = false;
          notifyAll();
        }
      }
    }
    if (mine.failure != null) throw mine.failure;
  }

  /** Returns how many batches have been committed or tried, for tests. */
  synchronized long batches() {
    return batches;
  }

  /** Returns how many writes wait for the commit under way to end, for tests. */
  synchronized int waiting() {
    return waiting.size();
  }

  private void commit(List<Pending> batch) {
    synchronized (this) {
      batches++;
    }
    if (batch.size() > 1) {
      try {
        sql.transaction(batch.size() + " writes", c -> {
          for (Pending pending : batch) pending.write.inBatch().run(c);
          return batch.size();
        });
        return;
      } catch (RuntimeException e) {
        if (WriteBehind.unreachable(e)) {
          // One by one, each would wait for the database in turn while every caller waits.
          for (Pending pending : batch) pending.failure = e;
          return;
        }
        // Done again one by one below: each caller gets its own outcome.
      }
    }
    for (Pending pending : batch) {
      try {
        pending.write.alone().run();
      } catch (RuntimeException e) {
        pending.failure = e;
      }
    }
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
