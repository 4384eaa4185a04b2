package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writes whose callers wait for their commit: alone, committed at once; arriving while a commit is under way, committed
 * together in the next one, each caller returning once its own write is in; one bad write fails only its caller.
 */
class GroupCommitTest {

  @Nested
  class OnH2 extends Contract {
    @Override
    protected Engine engine() {
      return Engine.H2;
    }
  }

  @Nested
  @ExtendWith(TestPostgres.class)
  class OnPostgreSQL extends Contract {
    @Override
    protected Engine engine() {
      return Engine.POSTGRESQL;
    }
  }

  @Test
  void a_batch_that_cannot_reach_the_database_fails_every_caller_at_once_not_one_by_one() throws Exception {
    try (HikariDataSource pool = UnreachableTest.poolWithoutDatabase()) {
      Sql sql = new Sql(pool);
      GroupCommit commits = new GroupCommit(sql);
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      AtomicInteger alone = new AtomicInteger();
      ExecutorService callers = Executors.newFixedThreadPool(6);
      try {
        callers.submit(() -> commits.write(held(started, release)));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
          writes.add(callers.submit(() -> commits.write(new GroupCommit.Write("keep an id", c -> Sql.update(c, "SELECT 1"), () -> {
            alone.incrementAndGet();
            sql.update("SELECT 1");
          }))));
        }
        awaitWaiting(commits, 5);

        release.countDown();

        for (Future<?> write : writes) {
          ExecutionException failed = assertThrows(ExecutionException.class, () -> write.get(10, TimeUnit.SECONDS));
          assertTrue(WriteBehind.unreachable(failed.getCause()), failed.toString());
        }
        assertEquals(0, alone.get(), "the batch was tried write by write, each waiting for the database in turn");
      } finally {
        callers.shutdownNow();
      }
    }
  }

  /** A write that holds the commit under way until released. */
  private static GroupCommit.Write held(CountDownLatch started, CountDownLatch release) {
    Runnable hold = () -> {
      started.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    return new GroupCommit.Write("hold", c -> {
      hold.run();
      return 0;
    }, hold);
  }

  private static void awaitWaiting(GroupCommit commits, int count) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (commits.waiting() < count) {
      if (System.nanoTime() > end) throw new AssertionError("expected " + count + " writes waiting, got " + commits.waiting());
      Thread.sleep(5);
    }
  }

  abstract class Contract extends StoreContract {

    private static final Instant TIME = Instant.parse("2026-12-01T09:00:00Z");
    private static final String INSERT = "INSERT INTO issued_answer (answer_id, issued) VALUES (?, ?)";

    private GroupCommit.Write insert(String id) {
      return new GroupCommit.Write("keep " + id, c -> Sql.update(c, INSERT, id, TIME), () -> database.sql().update(INSERT, id, TIME));
    }

    private static GroupCommit.Write broken() {
      return new GroupCommit.Write("break", c -> {
        throw new SQLException("a bad write");
      }, () -> {
        throw new StoreException("could not break: a bad write", null);
      });
    }

    @Test
    void a_write_alone_is_committed_before_its_caller_returns() throws Exception {
      GroupCommit commits = new GroupCommit(database.sql());

      commits.write(insert("a"));

      assertEquals(List.of("a"), column("SELECT answer_id FROM issued_answer"));
      assertEquals(1, commits.batches());
    }

    @Test
    void writes_arriving_during_a_commit_share_the_next_and_each_caller_returns_once_its_write_is_in() throws Exception {
      GroupCommit commits = new GroupCommit(database.sql());
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      ExecutorService callers = Executors.newFixedThreadPool(6);
      try {
        Future<?> holding = callers.submit(() -> commits.write(held(started, release)));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        List<Future<?>> writes = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d", "e")) writes.add(callers.submit(() -> commits.write(insert(id))));
        awaitWaiting(commits, 5);
        assertEquals(List.of(), column("SELECT answer_id FROM issued_answer"), "written before the commit under way ended");

        release.countDown();
        holding.get(10, TimeUnit.SECONDS);
        for (Future<?> write : writes) write.get(10, TimeUnit.SECONDS);

        assertEquals(List.of("a", "b", "c", "d", "e"), column("SELECT answer_id FROM issued_answer ORDER BY answer_id"));
        assertEquals(2, commits.batches(), "the five waiting writes were not committed together");
      } finally {
        callers.shutdownNow();
      }
    }

    @Test
    void a_bad_write_in_a_batch_fails_its_caller_only() throws Exception {
      GroupCommit commits = new GroupCommit(database.sql());
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      ExecutorService callers = Executors.newFixedThreadPool(4);
      try {
        callers.submit(() -> commits.write(held(started, release)));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Future<?> a = callers.submit(() -> commits.write(insert("a")));
        Future<?> bad = callers.submit(() -> commits.write(broken()));
        Future<?> b = callers.submit(() -> commits.write(insert("b")));
        awaitWaiting(commits, 3);

        release.countDown();

        a.get(10, TimeUnit.SECONDS);
        b.get(10, TimeUnit.SECONDS);
        ExecutionException failed = assertThrows(ExecutionException.class, () -> bad.get(10, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof StoreException, failed.toString());
        assertEquals(List.of("a", "b"), column("SELECT answer_id FROM issued_answer ORDER BY answer_id"));
      } finally {
        callers.shutdownNow();
      }
    }
  }
}
