package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Answer ids are version 4 UUIDs after the channel's prefix, never repeated across threads. */
class AnswerIdsTest {

  @Test
  void an_id_is_the_prefix_and_a_random_version_4_uuid() {
    String id = AnswerIds.next("slack");

    assertTrue(id.startsWith("slack-"), id);
    UUID uuid = UUID.fromString(id.substring("slack-".length()));
    assertEquals(4, uuid.version());
    assertEquals(2, uuid.variant());
  }

  @Test
  void ids_drawn_on_many_threads_at_once_are_all_different() throws Exception {
    Set<String> ids = ConcurrentHashMap.newKeySet();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    for (int t = 0; t < 8; t++) threads.execute(() -> {
      for (int i = 0; i < 5_000; i++) ids.add(AnswerIds.next("web"));
    });
    threads.shutdown();
    assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));

    assertEquals(40_000, ids.size());
  }
}
