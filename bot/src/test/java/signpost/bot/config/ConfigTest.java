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
  void data_is_kept_in_an_embedded_database_in_the_data_folder_unless_a_database_url_is_given() {
    StoreSettings embedded = Config.of(Map.of()).store();
    StoreSettings postgres = Config.of(Map.of("SIGNPOST_DATA", "/srv/signpost", "SIGNPOST_DB_URL", "jdbc:postgresql://db:5432/signpost",
        "SIGNPOST_DB_USER", "signpost", "SIGNPOST_DB_PASSWORD", "pw", "SIGNPOST_DB_POOL_SIZE", "4", "SIGNPOST_DB_TIMEOUT_SECONDS", "2.5")).store();

    assertEquals(Path.of(System.getProperty("user.home"), ".local", "share", "signpost"), embedded.data());
    assertTrue(embedded.isEmbedded());
    assertEquals(10, embedded.poolSize());
    assertEquals(java.time.Duration.ofSeconds(10), embedded.timeout());
    assertEquals(new StoreSettings(Path.of("/srv/signpost"), "jdbc:postgresql://db:5432/signpost", "signpost", "pw", null, 4,
        java.time.Duration.ofMillis(2500)), postgres);
    assertFalse(postgres.toString().contains("pw"), postgres.toString());
  }

  @Test
  void a_bad_or_half_given_database_setting_is_refused_naming_it() {
    assertEquals("SIGNPOST_DB_URL must be a PostgreSQL JDBC URL such as jdbc:postgresql://db.example.org:5432/signpost (or jdbc:h2:...): "
        + "postgres://db/signpost", assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_DB_URL", "postgres://db/signpost")))
        .getMessage());
    assertEquals("SIGNPOST_DB_USER is set but SIGNPOST_DB_URL is missing",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_DB_USER", "signpost"))).getMessage());
    assertEquals("SIGNPOST_DB_PASSWORD is set but SIGNPOST_DB_URL is missing",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_DB_PASSWORD", "pw"))).getMessage());
    assertEquals("SIGNPOST_PSEUDONYM_KEY must be at least 32 characters (e.g. openssl rand -base64 32): 5 given",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_PSEUDONYM_KEY", "short"))).getMessage());
    assertEquals("SIGNPOST_DB_POOL_SIZE must be positive: 0",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_DB_POOL_SIZE", "0"))).getMessage());
    assertEquals("SIGNPOST_DB_TIMEOUT_SECONDS must be at least 0.25: 0.1",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_DB_TIMEOUT_SECONDS", "0.1"))).getMessage());
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
  void the_edge_defaults_to_loopback_names_and_the_bind_address_and_takes_public_hosts() {
    Config local = Config.of(Map.of("SIGNPOST_HOST", "192.168.1.20"));
    Config published = Config.of(Map.of("SIGNPOST_HOST", "0.0.0.0", "SIGNPOST_PUBLIC_HOSTS", "Chat.Example.org, signpost.example.org",
        "SIGNPOST_HTTP_THREADS", "64", "SIGNPOST_MAX_REQUESTS_PER_CLIENT", "5", "SIGNPOST_MIN_BODY_RATE", "512",
        "SIGNPOST_READ_TIMEOUT_SECONDS", "3"));

    assertEquals(List.of("localhost", "127.0.0.1", "::1", "192.168.1.20"), local.edge().allowedHosts(local.host()));
    assertEquals(List.of("localhost", "127.0.0.1", "::1"), Config.of(Map.of("SIGNPOST_HOST", "0.0.0.0")).edge().allowedHosts("0.0.0.0"));
    assertEquals(List.of("localhost", "127.0.0.1", "::1"), Config.of(Map.of()).edge().allowedHosts("127.0.0.1"));
    assertEquals(List.of("chat.example.org", "signpost.example.org"), published.edge().allowedHosts(published.host()));
    assertEquals(new EdgeSettings(List.of("chat.example.org", "signpost.example.org"), 64, 5, 512, 3), published.edge());
    assertEquals(64, local.edge().threads());
    assertEquals(56, local.edge().maxInFlight());
  }

  @Test
  void an_admin_token_must_be_long_and_is_never_shown_when_the_settings_are_printed() {
    String token = "an-admin-token-of-more-than-32-characters";
    Config config = Config.of(Map.of("SIGNPOST_ADMIN_TOKEN", token));

    assertEquals(token, config.edge().adminToken());
    assertNull(Config.of(Map.of()).edge().adminToken());
    assertFalse(config.toString().contains(token), config.toString());
    assertTrue(config.edge().toString().contains("adminToken=***"), config.edge().toString());
    assertEquals("SIGNPOST_ADMIN_TOKEN must be at least 32 characters (e.g. openssl rand -base64 32): 6 given",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_ADMIN_TOKEN", "secret"))).getMessage());
  }

  @Test
  void malformed_edge_settings_are_refused_with_the_setting_and_the_value() {
    assertEquals("SIGNPOST_PUBLIC_HOSTS takes host names without scheme or port: https://chat.example.org",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_PUBLIC_HOSTS", "https://chat.example.org"))).getMessage());
    assertEquals("SIGNPOST_PUBLIC_HOSTS takes host names without scheme or port: chat.example.org:443",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_PUBLIC_HOSTS", "chat.example.org:443"))).getMessage());
    assertEquals("SIGNPOST_HTTP_THREADS must be 16 or more: 4",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_HTTP_THREADS", "4"))).getMessage());
    assertEquals("SIGNPOST_MAX_REQUESTS_PER_CLIENT must be positive: 0",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_MAX_REQUESTS_PER_CLIENT", "0"))).getMessage());
  }

  @Test
  void metrics_are_served_nowhere_and_logs_are_text_unless_set() {
    Config defaults = Config.of(Map.of());
    Config set = Config.of(Map.of("SIGNPOST_METRICS_PORT", "9464", "SIGNPOST_METRICS_HOST", "0.0.0.0",
        "SIGNPOST_METRICS_TOKEN", "0123456789abcdef-token", "SIGNPOST_LOG_FORMAT", "JSON"));

    assertEquals(ObservabilitySettings.DEFAULT, defaults.observability());
    assertFalse(defaults.observability().metricsPublic());
    assertEquals(new ObservabilitySettings("0.0.0.0", 9464, "0123456789abcdef-token", LogFormat.JSON), set.observability());
    assertTrue(set.observability().metricsPublic());
    assertFalse(set.toString().contains("0123456789abcdef-token"), set.toString());
  }

  @Test
  void malformed_observability_settings_are_refused_naming_the_setting_and_never_the_token() {
    assertEquals("SIGNPOST_LOG_FORMAT must be text or json: xml",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_LOG_FORMAT", "xml"))).getMessage());
    assertEquals("SIGNPOST_METRICS_PORT must be 0 to 65535: 70000",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_METRICS_PORT", "70000"))).getMessage());
    assertEquals("SIGNPOST_METRICS_PORT must differ from SIGNPOST_PORT: both are 3978",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_METRICS_PORT", "3978"))).getMessage());
    assertEquals("SIGNPOST_METRICS_TOKEN must be at least 16 visible ASCII characters without spaces; it has 6",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_METRICS_TOKEN", "hunter"))).getMessage());
    assertEquals("SIGNPOST_METRICS_TOKEN must be at least 16 visible ASCII characters without spaces; it has 21",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_METRICS_TOKEN", "correct horse battery"))).getMessage());
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

  @Test
  void teams_without_an_app_id_is_off_unless_local_development_is_asked_for_whatever_the_address() {
    assertEquals(TeamsMode.OFF, Config.of(Map.of()).teamsMode());
    assertEquals(TeamsMode.OFF, Config.of(Map.of("SIGNPOST_HOST", "127.0.0.1")).teamsMode());
    assertEquals(TeamsMode.OFF, Config.of(Map.of("SIGNPOST_HOST", "0.0.0.0")).teamsMode());
    assertEquals(TeamsMode.LOCAL_DEVELOPMENT, Config.of(Map.of("TEAMS_LOCAL_DEVELOPMENT", "true")).teamsMode());
    assertEquals(TeamsMode.LOCAL_DEVELOPMENT,
        Config.of(Map.of("SIGNPOST_HOST", "0.0.0.0", "TEAMS_LOCAL_DEVELOPMENT", "true")).teamsMode());
    assertEquals(TeamsMode.OFF, Config.of(Map.of("TEAMS_LOCAL_DEVELOPMENT", "true", "TEAMS_ENABLED", "false")).teamsMode());
  }

  @Test
  void the_old_switch_that_opened_unauthenticated_teams_to_the_network_is_refused_by_name() {
    assertTrue(assertThrows(ConfigException.class, () -> Config.of(Map.of("TEAMS_ALLOW_UNAUTHENTICATED", "true"))).getMessage()
        .startsWith("TEAMS_ALLOW_UNAUTHENTICATED is no longer read"));
  }

  @Test
  void timeouts_drain_and_queue_are_read_in_seconds_and_counts() {
    Config config = Config.of(Map.of("BOT_HTTP_TIMEOUT_SECONDS", "1.5", "SLACK_DRAIN_SECONDS", "3", "SLACK_ANSWER_QUEUE", "7"));

    assertEquals(java.time.Duration.ofMillis(1500), config.teams().timeout());
    assertEquals(java.time.Duration.ofSeconds(3), config.slack().drain());
    assertEquals(7, config.slack().answerQueue());
    assertEquals(java.time.Duration.ofSeconds(10), Config.of(Map.of()).teams().timeout());
  }

  @Test
  void a_bot_framework_timeout_longer_than_a_reply_may_hold_its_question_is_refused() {
    assertEquals(java.time.Duration.ofSeconds(30), Config.of(Map.of("BOT_HTTP_TIMEOUT_SECONDS", "30")).teams().timeout());

    String message = assertThrows(ConfigException.class, () -> Config.of(Map.of("BOT_HTTP_TIMEOUT_SECONDS", "45"))).getMessage();

    assertTrue(message.startsWith("BOT_HTTP_TIMEOUT_SECONDS must be 30 or less: 45 s"), message);
  }

  @Test
  void teams_with_an_app_id_is_authenticated_against_the_bot_frameworks_endpoints_unless_told_otherwise() {
    Config multi = Config.of(Map.of("SIGNPOST_HOST", "0.0.0.0", "MICROSOFT_APP_ID", "app", "MICROSOFT_APP_PASSWORD", "secret",
        "TEAMS_TENANTS", "t1=cambridgeshire, t2=derbyshire"));
    Config single = Config.of(Map.of("MICROSOFT_APP_ID", "app", "MICROSOFT_APP_PASSWORD", "secret", "MICROSOFT_APP_TENANT_ID", "t1",
        "BOT_OPENID_METADATA_URL", "http://127.0.0.1:9/openid"));

    assertEquals(TeamsMode.AUTHENTICATED, multi.teamsMode());
    assertEquals("https://login.botframework.com/v1/.well-known/openidconfiguration", multi.teams().openIdMetadataUrl());
    assertEquals("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", multi.teams().tokenUrl());
    assertEquals("derbyshire", multi.teams().organisationOf("t2", "fallback"));
    assertEquals("fallback", multi.teams().organisationOf("t9", "fallback"));
    assertEquals("https://login.microsoftonline.com/t1/oauth2/v2.0/token", single.teams().tokenUrl());
    assertEquals("http://127.0.0.1:9/openid", single.teams().openIdMetadataUrl());
  }

  @Test
  void a_half_configured_or_unsafe_teams_is_refused_naming_the_setting() {
    assertEquals("MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD (the app's client secret) is missing",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("MICROSOFT_APP_ID", "app"))).getMessage());
    assertEquals("MICROSOFT_APP_PASSWORD is set but MICROSOFT_APP_ID is missing",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("MICROSOFT_APP_PASSWORD", "secret"))).getMessage());
    assertEquals("MICROSOFT_APP_TENANT_ID is set but MICROSOFT_APP_ID is missing",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("MICROSOFT_APP_TENANT_ID", "t1"))).getMessage());
    assertEquals("BOT_TOKEN_URL must be an http or https URL: login.example",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("BOT_TOKEN_URL", "login.example"))).getMessage());
    assertTrue(assertThrows(ConfigException.class, () -> Config.of(Map.of("TEAMS_TENANTS", "t1"))).getMessage()
        .startsWith("TEAMS_TENANTS must be TENANT=org pairs"));
    assertEquals("TEAMS_ENABLED is true without MICROSOFT_APP_ID; set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD, "
        + "or TEAMS_LOCAL_DEVELOPMENT=true to accept unauthenticated activities from this machine only",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_HOST", "0.0.0.0", "TEAMS_ENABLED", "true"))).getMessage());
  }

  @Test
  void organisations_in_the_settings_are_resolved_to_ids() {
    Config config = Config.of(Map.of("SIGNPOST_DEFAULT_ORG", "North Council", "SLACK_WORKSPACES", "T1=NORTH",
        "TEAMS_TENANTS", "t1=north council"));

    Config resolved = config.withOrganisationsResolved(name -> name.toLowerCase().startsWith("north") ? "north" : null);

    assertEquals("north", resolved.defaultOrganisation());
    assertEquals(Map.of("T1", "north"), resolved.slack().workspaces());
    assertEquals(Map.of("t1", "north"), resolved.teams().tenants());
    assertEquals(config.withOrganisationsResolved(name -> "north").knowledge(), resolved.knowledge());
  }

  @Test
  void the_edi_contacts_channels_are_kept_by_organisation_resolved_to_ids() {
    Config config = Config.of(Map.of("SIGNPOST_EDI_CONTACTS_SLACK", "North Council=C0EDI1, south=C0EDI2"));

    Config resolved = config.withOrganisationsResolved(name -> name.toLowerCase().startsWith("north") ? "north" : name);

    assertEquals("C0EDI1", resolved.slack().ediContactsChannel("north"));
    assertEquals("C0EDI2", resolved.slack().ediContactsChannel("south"));
    assertEquals(null, resolved.slack().ediContactsChannel("east"));
    assertEquals("SIGNPOST_EDI_CONTACTS_SLACK must be org=channelId pairs separated by commas: north",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_EDI_CONTACTS_SLACK", "north"))).getMessage());
  }

  @Test
  void the_edi_contacts_teams_channels_are_kept_as_conversation_at_service_url_resolved_to_ids() {
    Config config = Config.of(Map.of("SIGNPOST_EDI_CONTACTS_TEAMS",
        "North Council=19:abc@thread.tacv2@https://smba.trafficmanager.net/emea/"));

    Config resolved = config.withOrganisationsResolved(name -> "north");

    assertEquals("19:abc@thread.tacv2@https://smba.trafficmanager.net/emea/", resolved.teams().ediContacts("north"));
    assertEquals(null, resolved.teams().ediContacts("south"));
    assertEquals("SIGNPOST_EDI_CONTACTS_TEAMS for north must be an http or https URL: 19:abc",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_EDI_CONTACTS_TEAMS", "north=19:abc"))).getMessage());
  }

  @Test
  void an_unknown_organisation_in_the_settings_names_the_setting() {
    java.util.function.UnaryOperator<String> none = name -> {
      throw new IllegalArgumentException("unknown organisation: " + name + "; known: north");
    };

    assertEquals("SIGNPOST_DEFAULT_ORG names unknown organisation: atlantis; known: north", assertThrows(ConfigException.class,
        () -> Config.of(Map.of("SIGNPOST_DEFAULT_ORG", "atlantis")).withOrganisationsResolved(none)).getMessage());
    assertEquals("TEAMS_TENANTS maps t1 to unknown organisation: atlantis; known: north", assertThrows(ConfigException.class,
        () -> Config.of(Map.of("TEAMS_TENANTS", "t1=atlantis")).withOrganisationsResolved(none)).getMessage());
  }

  @Test
  void retention_is_set_per_kind_in_days_with_defaults() {
    assertEquals(Retention.DEFAULT, Config.of(Map.of()).store().retention());
    assertEquals(java.time.Duration.ofDays(90), Retention.DEFAULT.questions());
    assertEquals(new Retention(java.time.Duration.ofDays(30), java.time.Duration.ofDays(60), java.time.Duration.ofDays(730),
        java.time.Duration.ofDays(2)), Config.of(Map.of("SIGNPOST_RETAIN_QUESTIONS_DAYS", "30", "SIGNPOST_RETAIN_FEEDBACK_DAYS", "60",
        "SIGNPOST_RETAIN_SCREENINGS_DAYS", "730", "SIGNPOST_RETAIN_CONVERSATIONS_DAYS", "2")).store().retention());
  }

  @Test
  void a_bad_retention_is_refused_naming_the_setting_and_the_value() {
    assertEquals("SIGNPOST_RETAIN_QUESTIONS_DAYS must be a whole number of days from 1 to 36500: 0",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_RETAIN_QUESTIONS_DAYS", "0"))).getMessage());
    assertEquals("SIGNPOST_RETAIN_FEEDBACK_DAYS must be a whole number of days from 1 to 36500: 90d",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_RETAIN_FEEDBACK_DAYS", "90d"))).getMessage());
    assertEquals("SIGNPOST_RETAIN_SCREENINGS_DAYS must be a whole number of days from 1 to 36500: 40000",
        assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_RETAIN_SCREENINGS_DAYS", "40000"))).getMessage());
    assertEquals("SIGNPOST_RETAIN_CONVERSATIONS_DAYS (1) must be at least SIGNPOST_CONVERSATION_IDLE_MINUTES (2880): "
        + "a conversation is kept while it may go on", assertThrows(ConfigException.class,
        () -> Config.of(Map.of("SIGNPOST_CONVERSATION_IDLE_MINUTES", "2880"))).getMessage());
  }
}
