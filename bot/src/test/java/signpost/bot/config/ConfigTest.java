package signpost.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

  @Test
  void defaults_serve_on_loopback_port_3978_with_slack_off() {
    Config config = Config.of(Map.of());

    assertEquals("127.0.0.1", config.host());
    assertEquals(3978, config.port());
    assertEquals(1024 * 1024, config.maxBodyBytes());
    assertFalse(config.slack().enabled());
    assertEquals("https://slack.com/api/", config.slack().apiUrl());
    assertNull(config.rules());
    assertEquals(Path.of(System.getProperty("user.home"), ".cache", "signpost"), config.cache());
    assertNull(Config.of(Map.of("SIGNPOST_CACHE", "none")).cache());
  }

  @Test
  void slack_is_on_with_its_secrets_and_maps_workspaces_to_organisations() {
    Config config = Config.of(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_BOT_TOKEN", "xoxb-1",
        "SLACK_API_URL", "http://127.0.0.1:9/api/", "SLACK_WORKSPACES", "T1=cambridgeshire, T2=derbyshire"));

    assertTrue(config.slack().enabled());
    assertEquals("derbyshire", config.slack().organisationOf("T2", null));
    assertEquals("fallback", config.slack().organisationOf("T9", "fallback"));
    assertEquals("http://127.0.0.1:9/api/", config.slack().apiUrl());
  }

  @Test
  void a_half_configured_slack_is_refused_naming_the_missing_setting() {
    assertEquals("Slack is switched on but SLACK_SIGNING_SECRET is missing (or set SLACK_SOCKET_MODE=true)",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SLACK_BOT_TOKEN", "xoxb-1"))).getMessage());
    assertEquals("Slack is switched on but SLACK_BOT_TOKEN is missing",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SLACK_SIGNING_SECRET", "s"))).getMessage());
    assertEquals("SLACK_SOCKET_MODE is true but SLACK_APP_TOKEN (xapp-...) is missing",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SOCKET_MODE", "true")))
            .getMessage());
  }

  @Test
  void malformed_values_are_refused_with_the_setting_and_the_value() {
    assertEquals("SIGNPOST_PORT must be a whole number: eighty",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_PORT", "eighty"))).getMessage());
    assertEquals("SIGNPOST_PORT must be 0 to 65535: 70000",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_PORT", "70000"))).getMessage());
    assertEquals("SLACK_SOCKET_MODE must be true or false: yes",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SLACK_SOCKET_MODE", "yes"))).getMessage());
    assertEquals("SLACK_API_URL must end in /: http://x/api",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SLACK_API_URL", "http://x/api"))).getMessage());
    assertTrue(assertThrows(ConfigException.class, () -> Config.of(Map.of("SLACK_WORKSPACES", "T1"))).getMessage()
        .startsWith("SLACK_WORKSPACES must be TEAM=org pairs"));
  }

  @Test
  void the_environment_wins_over_the_file(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("signpost.properties");
    Files.writeString(file, "SIGNPOST_PORT=4000\nSIGNPOST_DEFAULT_ORG=derbyshire\nSIGNPOST_KNOWLEDGE=/a" + java.io.File.pathSeparator + "/b\n");

    Config config = Config.load(Map.of("SIGNPOST_PORT", "5000"), file);

    assertEquals(5000, config.port());
    assertEquals("derbyshire", config.defaultOrganisation());
    assertEquals(List.of(Path.of("/a"), Path.of("/b")), config.knowledge());
  }

  @Test
  void a_missing_config_file_is_named() {
    assertTrue(assertThrows(ConfigException.class, () -> Config.load(Map.of(), Path.of("/no/such/file.properties")))
        .getMessage().startsWith("cannot read config file /no/such/file.properties"));
  }
}
