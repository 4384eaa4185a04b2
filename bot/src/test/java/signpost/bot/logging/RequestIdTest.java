package signpost.bot.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A request id is taken from outside only when plain, holds for a scope, and goes with a task to another thread. */
class RequestIdTest {

  @Test
  void only_a_short_plain_id_is_taken_from_outside() {
    assertEquals(Optional.of("Ev08ABC123"), RequestId.plain("Ev08ABC123"));
    assertEquals(Optional.of("f:1763633702351"), RequestId.plain("f:1763633702351"));
    assertEquals(Optional.empty(), RequestId.plain("line\n2026-01-01 INFO forged"));
    assertEquals(Optional.empty(), RequestId.plain("a b"));
    assertEquals(Optional.empty(), RequestId.plain("x".repeat(101)));
    assertEquals(Optional.empty(), RequestId.plain(""));
    assertEquals(Optional.empty(), RequestId.plain(null));
    assertNotEquals("a b", RequestId.orNew("a b"));
    assertTrue(RequestId.plain(RequestId.orNew(null)).isPresent());
  }

  @Test
  void a_scope_puts_back_the_id_that_was_current_before_it() {
    try (RequestId.Scope outer = RequestId.open("outer")) {
      try (RequestId.Scope inner = RequestId.open("inner")) {
        assertEquals("inner", RequestId.current());
      }
      try (RequestId.Scope none = RequestId.open(null)) {
        assertEquals("outer", RequestId.current());
      }
      assertEquals("outer", RequestId.current());
    }
    assertNull(RequestId.current());
  }

  @Test
  void a_carried_task_runs_under_the_id_of_the_thread_that_handed_it_over_and_leaves_the_worker_as_it_was() throws Exception {
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try {
      AtomicReference<String> seen = new AtomicReference<>();
      try (RequestId.Scope scope = RequestId.open("req-42")) {
        worker.submit(RequestId.carried(() -> seen.set(RequestId.current()))).get();
      }
      String after = worker.submit(RequestId::current).get();

      assertEquals("req-42", seen.get());
      assertNull(after);
    } finally {
      worker.shutdownNow();
    }
  }
}
