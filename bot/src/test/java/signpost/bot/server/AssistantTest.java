package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.Config;
import signpost.bot.config.ConfigException;

class AssistantTest {

  @TempDir Path dir;

  private Config config(String defaultOrganisation) throws IOException {
    Files.writeString(dir.resolve("manifest.yaml"), "organisations:\n  north:\n    name: North Borough Council\n");
    Files.writeString(dir.resolve("plan.md"), "# Plan\n\n## Aims\n\nThe council publishes equality objectives every four years.\n");
    return Config.of(Map.of("SIGNPOST_KNOWLEDGE", dir.toString(), "SIGNPOST_CACHE", "none", "SIGNPOST_PORT", "0",
        "SIGNPOST_DEFAULT_ORG", defaultOrganisation));
  }

  @Test
  void a_default_organisation_given_by_name_is_served_as_its_id() throws IOException {
    try (Assistant assistant = Assistant.start(config("north BOROUGH council"))) {
      assertEquals("north", assistant.config().defaultOrganisation());
    }
  }

  @Test
  void an_unknown_default_organisation_stops_start_up_listing_the_known_ones() throws IOException {
    ConfigException e = assertThrows(ConfigException.class, () -> Assistant.start(config("Atlantis")));

    assertEquals("SIGNPOST_DEFAULT_ORG names unknown organisation: Atlantis; known: north", e.getMessage());
  }
}
