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

  private Cli.Run teamsPackage(String botId, String host, Path template, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("teams-package", "--bot-id", botId, "--host", host, "--privacy-url",
        "https://council.gov.uk/privacy", "--manifest", template.toString(), "--out", dir.resolve("signpost-teams.zip").toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
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
  void without_host_or_bot_id_it_takes_the_first_public_host_and_the_app_id_from_the_settings() throws IOException {
    Path settings = Files.writeString(dir.resolve("signpost.env"), "SIGNPOST_PUBLIC_HOSTS=Signpost.Council.gov.uk,signpost.internal.council.gov.uk\n"
        + "MICROSOFT_APP_ID=" + ShippedTemplate.BOT_ID + "\nMICROSOFT_APP_PASSWORD=client-secret\n");

    Cli.Run run = Cli.run("teams-package", "--config", settings.toString(), "--manifest", ShippedTemplate.folder().toString(),
        "--out", dir.resolve("signpost-teams.zip").toString());

    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().contains("messaging endpoint https://signpost.council.gov.uk/api/messages"), run.out());
    JsonNode manifest = new ObjectMapper().readTree(ShippedTemplate.entries(dir.resolve("signpost-teams.zip")).get("manifest.json"));
    assertEquals("[\"signpost.council.gov.uk\"]", manifest.path("validDomains").toString());
    assertEquals("https://signpost.council.gov.uk/", manifest.at("/developer/websiteUrl").asText());
    assertEquals(ShippedTemplate.BOT_ID, manifest.at("/bots/0/botId").asText());
  }

  @Test
  void a_host_that_is_not_a_public_host_is_packaged_with_a_warning() throws IOException {
    Path settings = Files.writeString(dir.resolve("signpost.env"), "SIGNPOST_PUBLIC_HOSTS=signpost.council.gov.uk\n");

    Cli.Run run = teamsPackage(ShippedTemplate.BOT_ID, "bot.council.gov.uk", ShippedTemplate.folder(), "--config", settings.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals("signpost: warning: bot.council.gov.uk is not in SIGNPOST_PUBLIC_HOSTS (signpost.council.gov.uk), the names the "
        + "web chat's APIs answer to and record links use" + System.lineSeparator(), run.err());
  }

  @Test
  void a_public_host_teams_cannot_reach_exits_2_naming_the_setting() throws IOException {
    Path settings = Files.writeString(dir.resolve("signpost.env"), "SIGNPOST_PUBLIC_HOSTS=localhost,signpost.council.gov.uk\n");

    Cli.Run run = Cli.run("teams-package", "--bot-id", ShippedTemplate.BOT_ID, "--config", settings.toString(),
        "--out", dir.resolve("signpost-teams.zip").toString());

    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("signpost: host must be a public host name such as signpost.council.gov.uk: localhost "
        + "(the host is the first of SIGNPOST_PUBLIC_HOSTS)"), run.err());
    assertFalse(Files.exists(dir.resolve("signpost-teams.zip")));
  }

  @Test
  void help_lists_the_command() {
    assertTrue(Cli.run("help").out().contains(TeamsPackageCommand.USAGE));
  }
}
