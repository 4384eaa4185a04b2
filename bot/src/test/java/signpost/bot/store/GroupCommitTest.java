package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many callers at once share a write, and each returns only once its own item is written. */
class GroupCommitTest {

  private static final int CALLERS = 20;

  @Test
  void callers_at_once_share_writes_and_each_returns_after_its_item_is_written() throws Exception {
    List<List<Integer>> batches = new ArrayList<>();
    Set<Integer> written = new HashSet<>();
    GroupCommit<Integer> commit = new GroupCommit<>(batch -> {
      sleep(50);
      synchronized (written) {
        batches.add(batch);
        written.addAll(batch);
      }
    });
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> seenWritten = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      int item = i;
      seenWritten.add(callers.submit(() -> {
        start.await();
        commit.submit(item);
        synchronized (written) {
          return written.contains(item);
        }
      }));
    }
    start.countDown();
    for (Future<Boolean> seen : seenWritten) assertTrue(seen.get(30, TimeUnit.SECONDS), "a caller returned before its item was written");
    callers.shutdown();

    assertEquals(CALLERS, batches.stream().mapToInt(List::size).sum());
    assertEquals(CALLERS, written.size());
    assertTrue(batches.size() < CALLERS / 2, "no write was shared: " + batches);
  }

  @Test
  void a_failed_write_fails_its_caller_and_the_next_caller_writes() {
    IllegalStateException refused = new IllegalStateException("the database refused");
    List<String> written = new ArrayList<>();
    GroupCommit<String> commit = new GroupCommit<>(batch -> {
      if (batch.contains("bad")) throw refused;
      written.addAll(batch);
    });

    assertSame(refused, assertThrows(IllegalStateException.class, () -> commit.submit("bad")));
    commit.submit("good");

    assertEquals(List.of("good"), written);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
