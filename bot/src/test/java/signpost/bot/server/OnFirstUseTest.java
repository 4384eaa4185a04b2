package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.StoreSettings;
import signpost.bot.metrics.Meters;
import signpost.bot.store.Database;
import signpost.bot.store.StoreException;

/** The assistant's database on a real embedded H2: opened on first use, or beside the loading for a server. */
class OnFirstUseTest {

  @TempDir Path data;

  @Test
  void nothing_is_opened_before_first_use() throws Exception {
    try (OnFirstUse store = new OnFirstUse(StoreSettings.embedded(data), new Meters())) {
      Thread.sleep(300);
      assertFalse(Files.exists(data.resolve("signpost.mv.db")));
      store.database();
      assertTrue(Files.exists(data.resolve("signpost.mv.db")));
    }
  }

  @Test
  void a_database_opened_beside_the_loading_is_open_before_first_use_and_is_the_one_it_gets() throws Exception {
    try (OnFirstUse store = new OnFirstUse(StoreSettings.embedded(data), new Meters())) {
      store.openSoon();
      for (int i = 0; i < 300 && !Files.exists(data.resolve("signpost.mv.db")); i++) Thread.sleep(100);

      assertTrue(Files.exists(data.resolve("signpost.mv.db")), "not opened within 30 s");
      Database first = store.database();
      assertSame(first, store.database());
    }
  }

  @Test
  void a_database_that_failed_to_open_beside_the_loading_fails_its_first_use() throws Exception {
    Path notAFolder = Files.writeString(data.resolve("file"), "a file where the data folder should be");
    try (OnFirstUse store = new OnFirstUse(StoreSettings.embedded(notAFolder), new Meters())) {
      store.openSoon();

      assertThrows(StoreException.class, store::database);
    }
  }
}
