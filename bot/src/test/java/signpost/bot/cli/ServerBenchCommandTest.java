package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import signpost.bot.cli.BenchServers.Loaded;

class ServerBenchCommandTest {

  @Test
  void serversNamedAreTheOnlyOnesLoaded() {
    assertEquals(EnumSet.of(Loaded.EDI_CACHED, Loaded.BOLT), ServerBenchCommand.servers("bolt, edi-cached"));
  }

  @Test
  void everyServerIsLoadedWhenNoneIsNamed() {
    assertEquals(EnumSet.allOf(Loaded.class), ServerBenchCommand.servers(null));
  }

  @Test
  void anUnknownServerIsRefusedWithTheNamesThatExist() {
    UsageException refused = assertThrows(UsageException.class, () -> ServerBenchCommand.servers("edi-cached,bolt-alone"));
    assertTrue(refused.getMessage().contains("teams-uncached"), refused.getMessage());
    assertTrue(refused.getMessage().contains("bolt-alone"), refused.getMessage());
  }
}
