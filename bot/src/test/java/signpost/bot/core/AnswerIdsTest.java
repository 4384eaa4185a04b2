package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
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
  void an_id_is_the_prefix_and_a_version_7_uuid_of_the_millisecond_it_was_drawn_in() {
    long before = System.currentTimeMillis();
    String id = AnswerIds.next("slack");
    long after = System.currentTimeMillis();

    assertTrue(id.startsWith("slack-"), id);
    UUID uuid = UUID.fromString(id.substring("slack-".length()));
    assertEquals(7, uuid.version());
    assertEquals(2, uuid.variant());
    long millis = uuid.getMostSignificantBits() >>> 16;
    assertTrue(before <= millis && millis <= after, id);
  }

  @Test
  void ids_drawn_later_sort_after_earlier_ones_and_those_of_one_millisecond_differ_in_their_random_bits() throws Exception {
    String first = AnswerIds.next("web");
    Thread.sleep(2);
    String later = AnswerIds.next("web");
    assertTrue(first.compareTo(later) < 0, first + " " + later);

    Set<String> randomParts = new HashSet<>();
    for (int i = 0; i < 1_000; i++) randomParts.add(AnswerIds.next("web").substring("web-".length() + 15));
    assertEquals(1_000, randomParts.size());
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
