package signpost.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Messages of one conversation are answered one after the other; of different conversations, at the same time. */
class ConversationLocksTest {

  private final ConversationLocks locks = new ConversationLocks();
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @Test
  void messages_of_different_conversations_are_answered_at_the_same_time() throws Exception {
    CountDownLatch bothInside = new CountDownLatch(2);
    Future<Boolean> first = threads.submit(() -> locks.with("teams:chat-1", () -> meet(bothInside)));
    Future<Boolean> second = threads.submit(() -> locks.with("teams:chat-2", () -> meet(bothInside)));

    assertTrue(first.get(10, TimeUnit.SECONDS), "the first conversation waited for the second");
    assertTrue(second.get(10, TimeUnit.SECONDS), "the second conversation waited for the first");
    assertEquals(0, locks.inUse());
    threads.shutdown();
  }

  @Test
  void two_messages_of_one_conversation_are_answered_one_after_the_other_and_no_lock_is_left() throws Exception {
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean secondRan = new AtomicBoolean();
    Future<?> first = threads.submit(() -> locks.with("teams:chat-1", () -> {
      firstInside.countDown();
      return await(release);
    }));
    assertTrue(firstInside.await(10, TimeUnit.SECONDS));
    Future<?> second = threads.submit(() -> locks.with("teams:chat-1", () -> secondRan.getAndSet(true)));

    Thread.sleep(200);
    assertFalse(secondRan.get(), "the second message was answered while the first was");
    release.countDown();
    first.get(10, TimeUnit.SECONDS);
    second.get(10, TimeUnit.SECONDS);
    assertTrue(secondRan.get());
    assertEquals(0, locks.inUse());
    threads.shutdown();
  }

  /** Counts this thread in and waits for the other: true when both were inside at once. */
  private static boolean meet(CountDownLatch both) {
    both.countDown();
    return await(both);
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
