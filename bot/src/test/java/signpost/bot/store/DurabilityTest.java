package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A process killed with SIGKILL while it saves loses nothing it acknowledged: a child JVM saves screenings in a loop
 * and prints each reference once its save returns; after {@code kill -9}, every printed reference is in the database.
 */
class DurabilityTest {

  /** Enough acknowledged saves that the kill lands in the middle of the loop, well after start-up. */
  static final int ACKNOWLEDGED = 150;

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

    @Test
    void a_process_killed_while_saving_loses_no_acknowledged_screening() throws Exception {
      // The child needs the database to itself: H2 lets one process at a time use the file.
      database.close();
      List<String> acknowledged;
      try (ChildJvm child = ChildJvm.saving(settings, folder.resolve("child-errors.txt"))) {
        child.awaitLines(1 + ACKNOWLEDGED, Duration.ofSeconds(30));

        assertEquals(137, child.kill(), "killed by SIGKILL");
        acknowledged = child.lines().subList(1, child.lines().size());
      }

      database = reopen();
      assertTrue(acknowledged.size() >= ACKNOWLEDGED, acknowledged.size() + " acknowledged");
      List<String> lost = acknowledged.stream().filter(reference -> database.screenings().find(reference).isEmpty()).toList();
      assertEquals(List.of(), lost, "lost of " + acknowledged.size() + " acknowledged");
      String last = acknowledged.get(acknowledged.size() - 1);
      assertEquals(Optional.of(ScreeningStoreTest.full(last, "owner-" + (acknowledged.size() - 1) % 7)), database.screenings().find(last));
    }
  }
}
