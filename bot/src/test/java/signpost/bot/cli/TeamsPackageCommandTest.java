package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.teamsapp.ShippedTemplate;

class TeamsPackageCommandTest {

  @TempDir Path dir;

  private Cli.Run teamsPackage(String botId, String host, Path template) {
    return Cli.run("teams-package", "--bot-id", botId, "--host", host, "--privacy-url", "https://council.gov.uk/privacy",
        "--manifest", template.toString(), "--out", dir.resolve("signpost-teams.zip").toString());
  }

  @Test
  void it_writes_the_zip_and_says_where_teams_sends_messages() throws IOException {
    Cli.Run run = teamsPackage(ShippedTemplate.BOT_ID, ShippedTemplate.HOST, ShippedTemplate.folder());

    assertEquals(0, run.code(), run.err());
    assertEquals(List.of("wrote " + dir.resolve("signpost-teams.zip") + ": Teams app and bot " + ShippedTemplate.BOT_ID
        + ", messaging endpoint https://signpost.council.gov.uk/api/messages",
        "upload it in Teams: Apps > Manage your apps > Upload an app (or the Teams admin centre for everyone)"), run.outLines());
    Map<String, byte[]> zip = ShippedTemplate.entries(dir.resolve("signpost-teams.zip"));
    JsonNode manifest = new ObjectMapper().readTree(zip.get("manifest.json"));
    assertEquals(ShippedTemplate.BOT_ID, manifest.at("/bots/0/botId").asText());
    assertEquals("https://council.gov.uk/privacy", manifest.at("/developer/privacyUrl").asText());
  }

  @Test
  void a_bad_guid_exits_2_naming_it_and_writes_nothing() {
    Cli.Run run = teamsPackage("not-a-guid", ShippedTemplate.HOST, ShippedTemplate.folder());

    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("signpost: bot id must be a GUID (the Azure Bot's Microsoft App ID), "
        + "e.g. 00000000-0000-0000-0000-000000000000: not-a-guid"), run.err());
    assertFalse(Files.exists(dir.resolve("signpost-teams.zip")));
  }

  @Test
  void a_host_given_as_a_url_exits_2_naming_it() {
    Cli.Run run = teamsPackage(ShippedTemplate.BOT_ID, "https://signpost.council.gov.uk", ShippedTemplate.folder());

    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("signpost: host must be a host name, not a URL (drop https:// and any path): "
        + "https://signpost.council.gov.uk"), run.err());
  }

  @Test
  void a_missing_template_exits_1_naming_the_file_and_writes_nothing() {
    Cli.Run run = teamsPackage(ShippedTemplate.BOT_ID, ShippedTemplate.HOST, dir.resolve("nowhere"));

    assertEquals(1, run.code());
    assertEquals("signpost: the Teams app template has no manifest.json: " + dir.resolve("nowhere/manifest.json")
        + System.lineSeparator(), run.err());
    assertFalse(Files.exists(dir.resolve("signpost-teams.zip")));
  }

  @Test
  void without_a_host_it_exits_2_saying_what_is_needed() {
    Cli.Run run = Cli.run("teams-package", "--bot-id", ShippedTemplate.BOT_ID);

    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("signpost: teams-package needs --host HOST"), run.err());
  }

  @Test
  void help_lists_the_command() {
    assertTrue(Cli.run("help").out().contains(TeamsPackageCommand.USAGE));
  }
}
