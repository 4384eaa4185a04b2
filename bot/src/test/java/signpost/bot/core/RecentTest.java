package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Recent keeps a key once, and only the most recent keys. */
class RecentTest {

  @Test
  void the_same_key_is_kept_once_and_the_oldest_is_dropped_first() {
    Recent<Boolean> seen = new Recent<>(2);

    assertEquals(List.of(true, false, true, true, true),
        List.of(seen.add("a", true), seen.add("a", true), seen.add("b", true), seen.add("c", true), seen.add("a", true)));
    assertEquals(2, seen.size());
  }
}
