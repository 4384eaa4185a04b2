package signpost.bot.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writes an answer need not wait for: the id under which it may be rated, the answer "Why?" explains, its question
 * for the EDI team's log and its citation counts. One thread commits them in the order given, everything waiting in
 * one transaction: alone, a write is committed as soon as the thread takes it; under load, hundreds share a commit,
 * where each answer used to wait on three to six of its own.
 *
 * <p>What this replica reads back it reads after {@link #flush}; another replica sees a write once its batch commits,
 * within moments when the database keeps up (long before a person presses "Why?" or rates). A read that finds nothing
 * does not wait and look again: an unknown id is what a forged rating brings, and must not hold a thread. {@link #close} writes what is waiting; a
 * replica killed outright loses the last moment's writes, so an answer it had just given cannot be explained or rated
 * (the person is told so) and is missing from the counts. A batch that fails is written again one write at a time, so
 * one bad write loses itself only, logged with what it was; a batch that fails because the database cannot be reached
 * is lost whole rather than tried write by write. When {@link #MAX_WAITING} writes wait, a caller waits for room for
 * {@link #ROOM_WAIT} at most, then drops its write (counted in the log): memory stays bounded, and a database that is
 * down or slow costs answers their records, never the answers.
 */
final class WriteBehind implements AutoCloseable {

  static final int MAX_WAITING = 10_000;
  private static final int MAX_BATCH = 2_000;
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
  static final Duration ROOM_WAIT = Duration.ofSeconds(1);
  private static final Logger LOG = LoggerFactory.getLogger(WriteBehind.class);

  /** A write: statements run on the connection of the batch's transaction, and what they do, for a failure's message. */
  record Write(String what, Sql.Work<?> work) {}

  private final Sql sql;
  private final int maxWaiting;
  private final Thread writer;
  private List<Write> waiting = new ArrayList<>();
  private long given;
  private long done;
  private long dropped;
  private boolean closed;
  /** Set when closing gave up waiting: what is still waiting is dropped, and counted in the log. */
  private volatile boolean abandoned;

  WriteBehind(Sql sql) {
    this(sql, MAX_WAITING);
  }

  /** Creates a writer whose callers wait once {@code maxWaiting} writes wait, so that tests can reach the bound. */
  WriteBehind(Sql sql, int maxWaiting) {
    this.sql = sql;
    this.maxWaiting = maxWaiting;
    this.writer = new Thread(this::run, "signpost-store-writer");
    // A daemon: close() writes what is waiting; a JVM stopping without it must not hang on this thread.
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Queues a write and returns at once, unless as many as the bound are waiting: then once there is room. After
   * {@link #close}, writes at once on the caller's thread. A write queued by a write (the next step of a long one) is
   * queued whatever waits, since the writer cannot wait for room it alone makes; once closing, it is not queued.
   */
  void submit(String what, Sql.Work<?> work) {
    Write write = new Write(what, work);
    boolean fromWriter = Thread.currentThread() == writer;
    synchronized (this) {
      long end = System.nanoTime() + ROOM_WAIT.toNanos();
      // A writer stopped by an Error takes nothing more: its callers write their own.
      while (!fromWriter && waiting.size() >= maxWaiting && !closed && writer.isAlive() && System.nanoTime() < end) {
        awaitUninterruptibly();
      }
      if (!fromWriter && waiting.size() >= maxWaiting && !closed && writer.isAlive()) {
        if (dropped++ % 1_000 == 0) {
          LOG.warn("Store: the database is not keeping up; {} answers' records dropped so far, this one to {}", dropped, what);
        }
        return;
      }
      // A stop does not wait for a long write's next steps: they are left to its next run (a purge, the next purge).
      if (fromWriter && closed) return;
      if (fromWriter || writer.isAlive() && !closed) {
        waiting.add(write);
        given++;
        if (waiting.size() == 1) notifyAll();
        return;
      }
    }
    writeAlone(write);
  }

  /** Returns once every write submitted before the call is committed (or failed and was logged). */
  void flush() {
    if (Thread.currentThread() == writer) return;
    synchronized (this) {
      long target = given;
      while (done < target && writer.isAlive()) awaitUninterruptibly();
    }
  }

  /** Writes what is waiting, then stops the thread; later writes are written on their callers' threads. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    try {
      writer.join(CLOSE_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!writer.isAlive()) return;
    abandoned = true;
    int dropped;
    synchronized (this) {
      dropped = waiting.size();
      waiting = new ArrayList<>();
      notifyAll();
    }
    LOG.warn("Store: stopped after waiting {} s with {} answers' records not written (ids, \"Why?\" answers, question log)",
        CLOSE_WAIT.toSeconds(), dropped);
  }

  private void run() {
    while (true) {
      List<Write> batch;
      synchronized (this) {
        while (waiting.isEmpty() && !closed) awaitUninterruptibly();
        if (waiting.isEmpty()) return;
        if (waiting.size() <= MAX_BATCH) {
          batch = waiting;
          waiting = new ArrayList<>();
        } else {
          batch = new ArrayList<>(waiting.subList(0, MAX_BATCH));
          waiting = new ArrayList<>(waiting.subList(MAX_BATCH, waiting.size()));
        }
        notifyAll(); // room for callers waiting on a full queue
      }
      try {
        write(batch);
      } finally {
        synchronized (this) {
          done += batch.size();
          notifyAll();
        }
      }
    }
  }

  private void write(List<Write> batch) {
    try {
      sql.transaction("write " + batch.size() + " answers' records", c -> {
        for (Write write : batch) write.work().run(c);
        return batch.size();
      });
      return;
    } catch (RuntimeException e) {
      if (abandoned) return;
      if (unreachable(e)) {
        LOG.warn("Store: {} answers' records were not written: {}", batch.size(), e.getMessage());
        return;
      }
      if (batch.size() > 1) LOG.info("Store: {}; writing them one at a time", e.getMessage());
    }
    int lost = 0;
    String first = null;
    for (int i = 0; i < batch.size(); i++) {
      try {
        sql.transaction(batch.get(i).what(), batch.get(i).work());
      } catch (RuntimeException e) {
        lost++;
        if (first == null) first = e.getMessage();
        if (unreachable(e)) {
          lost += batch.size() - i - 1; // the rest would wait for the database each in turn
          break;
        }
      }
    }
    if (lost == 1) LOG.warn("Store: {}", first);
    else if (lost > 1) LOG.warn("Store: {} of {} writes failed, the first so: {}", lost, batch.size(), first);
  }

  private void writeAlone(Write write) {
    try {
      sql.transaction(write.what(), write.work());
    } catch (RuntimeException e) {
      LOG.warn("Store: {}", e.getMessage());
    }
  }

  /** Returns true when the failure is the database out of reach (SQLState class 08, or no connection in time). */
  static boolean unreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) return true;
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) return true;
    }
    return false;
  }

  /** Waits to be told of a change, or a tenth of a second, so a writer that died is noticed. */
  private void awaitUninterruptibly() {
    boolean interrupted = false;
    while (true) {
      try {
        wait(100);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }
}
