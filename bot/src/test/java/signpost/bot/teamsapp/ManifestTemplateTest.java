package signpost.bot.teamsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTemplateTest {

  private static final Map<String, String> VALUES = Map.of("${BOT_ID}", "b0t", "${HOST}", "example.org");

  @TempDir Path dir;

  private Path template(String json) throws IOException {
    Files.writeString(dir.resolve("manifest.json"), json);
    return dir;
  }

  @Test
  void placeholders_are_filled_in_every_string_however_deep_and_nothing_else_changes() throws IOException {
    JsonNode filled = ManifestTemplate.fill(template(
        "{\"id\": \"${BOT_ID}\", \"n\": 3, \"a\": [\"${HOST}\", {\"u\": \"https://${HOST}/x?${BOT_ID}\"}]}"), VALUES);

    assertEquals("{\"id\":\"b0t\",\"n\":3,\"a\":[\"example.org\",{\"u\":\"https://example.org/x?b0t\"}]}", filled.toString());
  }

  @Test
  void an_unknown_placeholder_is_named_with_where_it_is() throws IOException {
    Path folder = template("{\"bots\": [{\"botId\": \"${BOT}\"}]}");

    TeamsAppException e = assertThrows(TeamsAppException.class, () -> ManifestTemplate.fill(folder, VALUES));

    assertEquals(folder.resolve("manifest.json") + ": unknown placeholder ${BOT} at /bots/0/botId; known: [${BOT_ID}, ${HOST}]",
        e.getMessage());
  }

  @Test
  void a_manifest_that_is_not_json_is_refused_with_its_line() throws IOException {
    Path folder = template("{\n  \"id\": \"x\",\n  oops\n}");

    TeamsAppException e = assertThrows(TeamsAppException.class, () -> ManifestTemplate.fill(folder, VALUES));

    assertTrue(e.getMessage().startsWith(folder.resolve("manifest.json") + ":3: not valid JSON: "), e.getMessage());
  }
}
