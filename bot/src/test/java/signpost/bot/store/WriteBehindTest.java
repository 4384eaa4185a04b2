package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The writes an answer leaves behind: given without waiting, committed in order, read back by this replica after a
 * flush and by another once the writer commits it, with no flush; one bad write loses only itself; closing writes what
 * waits.
 */
class WriteBehindTest {

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

  abstract class Contract extends StoreContract {

    private static final Instant TIME = Instant.parse("2026-12-01T09:00:00Z");

    private static Sql.Work<Integer> insert(String id) {
      return c -> Sql.update(c, "INSERT INTO issued_answer (answer_id, issued) VALUES (?, ?)", id, TIME);
    }

    /** A write that holds the writer until released, and says when it has started. */
    private static Sql.Work<Integer> held(CountDownLatch started, CountDownLatch release) {
      return c -> {
        started.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return 0;
      };
    }

    @Test
    void a_caller_returns_before_its_write_is_committed_and_a_flush_returns_after() throws Exception {
      try (WriteBehind later = new WriteBehind(database.sql())) {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        later.submit("hold the writer", held(started, release));
        assertTrue(started.await(10, TimeUnit.SECONDS));

        later.submit("keep a", insert("a"));
        assertEquals(List.of(), column("SELECT answer_id FROM issued_answer"));

        release.countDown();
        later.flush();
        assertEquals(List.of("a"), column("SELECT answer_id FROM issued_answer"));
      }
    }

    @Test
    void writes_from_many_threads_are_all_committed_each_threads_in_the_order_it_gave_them() throws Exception {
      int threads = 8;
      int each = 250;
      ExecutorService callers = Executors.newFixedThreadPool(threads);
      try (WriteBehind later = new WriteBehind(database.sql())) {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          done.add(callers.submit(() -> {
            for (int i = 0; i < each; i++) later.submit("keep an id", insert(thread + "-" + i));
          }));
        }
        for (Future<?> future : done) future.get(30, TimeUnit.SECONDS);
        later.flush();
      } finally {
        callers.shutdownNow();
      }

      List<String> ids = column("SELECT answer_id FROM issued_answer ORDER BY seq");
      assertEquals(threads * each, ids.size());
      for (int t = 0; t < threads; t++) {
        String prefix = t + "-";
        List<String> mine = ids.stream().filter(id -> id.startsWith(prefix)).toList();
        List<String> given = new ArrayList<>();
        for (int i = 0; i < each; i++) given.add(prefix + i);
        assertEquals(given, mine);
      }
    }

    @Test
    void a_write_that_fails_loses_itself_only_and_the_writes_of_its_batch_are_kept() throws Exception {
      try (WriteBehind later = new WriteBehind(database.sql())) {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        later.submit("hold the writer", held(started, release));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        // Queued behind the held write, so the three go in one batch.
        later.submit("keep a", insert("a"));
        later.submit("write to a table that is not there", c -> Sql.update(c, "INSERT INTO no_such_table VALUES (1)"));
        later.submit("keep b", insert("b"));
        release.countDown();
        later.flush();
      }

      assertEquals(List.of("a", "b"), column("SELECT answer_id FROM issued_answer ORDER BY seq"));
    }

    @Test
    void closing_writes_what_is_waiting_and_a_restart_finds_it() throws Exception {
      WriteBehind later = new WriteBehind(database.sql());
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      later.submit("hold the writer", held(started, release));
      assertTrue(started.await(10, TimeUnit.SECONDS));
      for (int i = 0; i < 100; i++) later.submit("keep an id", insert("id-" + i));
      release.countDown();

      later.close();

      assertEquals(100, column("SELECT answer_id FROM issued_answer").size());
    }

    @Test
    void when_the_bound_is_reached_a_caller_waits_for_room_rather_than_growing_the_queue() throws Exception {
      try (WriteBehind later = new WriteBehind(database.sql(), 3)) {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        later.submit("hold the writer", held(started, release));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 3; i++) later.submit("keep an id", insert("id-" + i));

        Thread fourth = new Thread(() -> later.submit("keep id-3", insert("id-3")));
        fourth.start();
        fourth.join(100); // well within WriteBehind.ROOM_WAIT, after which its write would be dropped
        assertTrue(fourth.isAlive(), "the caller over the bound returned while the queue was full");

        release.countDown();
        fourth.join(10_000);
        later.flush();
        assertEquals(List.of("id-0", "id-1", "id-2", "id-3"), column("SELECT answer_id FROM issued_answer ORDER BY seq"));
      }
    }

    @Test
    void a_write_queues_its_next_step_behind_the_writes_waiting_even_with_the_queue_full_and_without_waiting() throws Exception {
      try (WriteBehind later = new WriteBehind(database.sql(), 2)) {
        // A long write in two steps: while its first step runs, answers fill the queue; the step queues the second
        // from the writer's own thread, behind them.
        later.submit("first step", c -> {
          Thread answers = new Thread(() -> {
            later.submit("keep id-0", insert("id-0"));
            later.submit("keep id-1", insert("id-1"));
          });
          answers.start();
          try {
            answers.join(10_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          long start = System.nanoTime();
          later.submit("second step", insert("step-2"));
          assertTrue(System.nanoTime() - start < WriteBehind.ROOM_WAIT.toNanos() / 2, "the writer waited for room only it makes");
          return insert("step-1").run(c);
        });

        for (int i = 0; i < 3; i++) later.flush(); // the second step is queued after the first flush starts
        assertEquals(List.of("step-1", "id-0", "id-1", "step-2"), column("SELECT answer_id FROM issued_answer ORDER BY seq"));
      }
    }

    @Test
    void another_replica_finds_an_answers_id_once_the_writer_commits_it_with_no_flush_asked_for() throws Exception {
      try (Database other = reopen()) {
        database.feedback().issued("slack-on-its-way", clock.instant(), clock.instant().minus(Duration.ofDays(1)));

        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean found = false;
        while (!found && System.nanoTime() < end) {
          found = other.feedback().issuedAt("slack-on-its-way", 10).isPresent();
          if (!found) sleep(Duration.ofMillis(10));
        }
        assertTrue(found, "the other replica never saw the id");
      }
    }

    @Test
    void an_id_no_answer_was_given_under_is_not_found_and_the_look_does_not_wait() {
      long start = System.nanoTime();
      assertTrue(database.feedback().issuedAt("forged-id", 10).isEmpty());
      assertTrue(System.nanoTime() - start < Duration.ofSeconds(2).toNanos(), "looking for an unknown id waited");
    }

    @Test
    void with_the_queue_full_a_caller_waits_a_moment_at_most_and_its_write_is_dropped_not_the_answer_held() throws Exception {
      try (WriteBehind later = new WriteBehind(database.sql(), 2)) {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        later.submit("hold the writer", held(started, release));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        later.submit("keep id-0", insert("id-0"));
        later.submit("keep id-1", insert("id-1"));

        Thread third = new Thread(() -> later.submit("keep id-2", insert("id-2")));
        third.start();
        third.join(Duration.ofSeconds(10).toMillis());
        assertTrue(!third.isAlive(), "a caller was held while the database did not keep up");

        release.countDown();
        later.flush();
        assertEquals(List.of("id-0", "id-1"), column("SELECT answer_id FROM issued_answer ORDER BY seq"));
      }
    }

    @Test
    void this_replica_reads_the_answers_it_has_just_given() {
      database.feedback().issued("web-1", clock.instant(), clock.instant().minus(Duration.ofDays(1)));
      assertTrue(database.feedback().issuedAt("web-1", 10).isPresent());
    }

    private static void sleep(Duration duration) {
      try {
        Thread.sleep(duration.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
