package signpost.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The EDI Contacts' e-mail addresses and the SMTP server, read from the settings and refused at start-up when wrong. */
class EmailSettingsTest {

  private static final Map<String, String> SMTP = Map.of("SIGNPOST_SMTP_HOST", "smtp.example.org",
      "SIGNPOST_SMTP_FROM", "signpost@example.org");

  private static Config config(String... pairs) {
    Map<String, String> settings = new HashMap<>(SMTP);
    for (int i = 0; i + 1 < pairs.length; i += 2) settings.put(pairs[i], pairs[i + 1]);
    return Config.of(settings);
  }

  private static String refusal(String... pairs) {
    return assertThrows(ConfigException.class, () -> config(pairs)).getMessage();
  }

  @Test
  void addresses_are_kept_by_organisation_resolved_to_ids_with_the_servers_defaults() {
    Config config = config("SIGNPOST_EDI_CONTACTS_EMAIL", "North Council=edi@north.gov.uk, south=edi-team@south.gov.uk");

    EmailSettings email = config.withOrganisationsResolved(name -> name.toLowerCase().startsWith("north") ? "north" : name).email();

    assertEquals("edi@north.gov.uk", email.ediContacts("north"));
    assertEquals("edi-team@south.gov.uk", email.ediContacts("south"));
    assertNull(email.ediContacts("east"));
    assertEquals(587, email.port());
    assertTrue(email.startTls(), "STARTTLS is required unless switched off");
    assertEquals(Duration.ofSeconds(5), email.timeout());
    assertEquals(4, email.attempts());
    assertEquals(Duration.ofSeconds(30), email.retry());
  }

  @Test
  void the_tries_and_the_wait_between_them_are_read_and_bounded() {
    EmailSettings email = config("SIGNPOST_EDI_CONTACTS_EMAIL", "north=edi@north.gov.uk", "SIGNPOST_SMTP_HOST", "localhost",
        "SIGNPOST_SMTP_ATTEMPTS", "2", "SIGNPOST_SMTP_RETRY_SECONDS", "0.5").email();

    assertEquals(2, email.attempts());
    assertEquals(Duration.ofMillis(500), email.retry());
    assertEquals("SIGNPOST_SMTP_ATTEMPTS must be 1 to 20: 0",
        refusal("SIGNPOST_EDI_CONTACTS_EMAIL", "north=edi@north.gov.uk", "SIGNPOST_SMTP_ATTEMPTS", "0"));
    assertEquals("SIGNPOST_SMTP_RETRY_SECONDS must be 0 or more seconds: -1",
        refusal("SIGNPOST_EDI_CONTACTS_EMAIL", "north=edi@north.gov.uk", "SIGNPOST_SMTP_RETRY_SECONDS", "-1"));
  }

  @Test
  void the_server_port_starttls_and_timeout_are_read() {
    EmailSettings email = config("SIGNPOST_EDI_CONTACTS_EMAIL", "north=edi@north.gov.uk", "SIGNPOST_SMTP_PORT", "2525",
        "SIGNPOST_SMTP_STARTTLS", "false", "SIGNPOST_SMTP_TIMEOUT_SECONDS", "2.5", "SIGNPOST_SMTP_HOST", "localhost").email();

    assertEquals(2525, email.port());
    assertFalse(email.startTls());
    assertEquals(Duration.ofMillis(2500), email.timeout());
  }

  @Test
  void without_an_address_there_is_no_email_and_a_server_alone_is_refused() {
    assertFalse(Config.of(Map.of()).email().enabled());
    assertEquals("SIGNPOST_SMTP_HOST is set but SIGNPOST_EDI_CONTACTS_EMAIL names no address to send to",
        assertThrows(ConfigException.class, () -> Config.of(SMTP)).getMessage());
  }

  @Test
  void a_malformed_address_stops_the_start_naming_the_setting() {
    assertEquals("SIGNPOST_EDI_CONTACTS_EMAIL for north must be one e-mail address such as edi@example.org: edi at north",
        refusal("SIGNPOST_EDI_CONTACTS_EMAIL", "north=edi at north"));
    assertEquals("SIGNPOST_EDI_CONTACTS_EMAIL for north must be one e-mail address such as edi@example.org: "
        + "EDI <edi@north.gov.uk>", refusal("SIGNPOST_EDI_CONTACTS_EMAIL", "north=EDI <edi@north.gov.uk>"));
    assertEquals("SIGNPOST_EDI_CONTACTS_EMAIL must be org=address pairs separated by commas: north",
        refusal("SIGNPOST_EDI_CONTACTS_EMAIL", "north"));
    assertEquals("SIGNPOST_SMTP_FROM must be one e-mail address such as edi@example.org: signpost",
        refusal("SIGNPOST_EDI_CONTACTS_EMAIL", "north=edi@north.gov.uk", "SIGNPOST_SMTP_FROM", "signpost"));
  }

  @Test
  void an_unknown_organisation_stops_the_start_naming_the_setting() {
    UnaryOperator<String> none = name -> {
      throw new IllegalArgumentException("unknown organisation: " + name + "; known: north");
    };

    assertEquals("SIGNPOST_EDI_CONTACTS_EMAIL names unknown organisation: atlantis; known: north",
        assertThrows(ConfigException.class, () -> config("SIGNPOST_EDI_CONTACTS_EMAIL", "atlantis=edi@atlantis.gov.uk")
            .withOrganisationsResolved(none)).getMessage());
  }

  @Test
  void a_missing_server_or_sender_or_half_a_sign_in_is_named() {
    assertEquals("SIGNPOST_EDI_CONTACTS_EMAIL is set but SIGNPOST_SMTP_HOST is missing", assertThrows(ConfigException.class,
        () -> Config.of(Map.of("SIGNPOST_EDI_CONTACTS_EMAIL", "north=edi@north.gov.uk"))).getMessage());
    assertEquals("SIGNPOST_EDI_CONTACTS_EMAIL is set but SIGNPOST_SMTP_FROM is missing", assertThrows(ConfigException.class,
        () -> Config.of(Map.of("SIGNPOST_EDI_CONTACTS_EMAIL", "north=edi@north.gov.uk", "SIGNPOST_SMTP_HOST", "smtp.example.org")))
        .getMessage());
    assertEquals("SIGNPOST_SMTP_USER is set but SIGNPOST_SMTP_PASSWORD is missing",
        refusal("SIGNPOST_EDI_CONTACTS_EMAIL", "north=edi@north.gov.uk", "SIGNPOST_SMTP_USER", "signpost"));
    assertEquals("SIGNPOST_SMTP_TIMEOUT_SECONDS must be positive: PT0S",
        refusal("SIGNPOST_EDI_CONTACTS_EMAIL", "north=edi@north.gov.uk", "SIGNPOST_SMTP_TIMEOUT_SECONDS", "0"));
  }

  @Test
  void a_password_is_never_sent_in_clear_to_another_host_nor_shown() {
    assertEquals("SIGNPOST_SMTP_STARTTLS is false but SIGNPOST_SMTP_PASSWORD is set: the password would cross the network to "
        + "smtp.example.org in clear", refusal("SIGNPOST_EDI_CONTACTS_EMAIL", "north=edi@north.gov.uk", "SIGNPOST_SMTP_USER",
        "signpost", "SIGNPOST_SMTP_PASSWORD", "s3cret-pass", "SIGNPOST_SMTP_STARTTLS", "false"));

    EmailSettings email = config("SIGNPOST_EDI_CONTACTS_EMAIL", "north=edi@north.gov.uk", "SIGNPOST_SMTP_USER", "signpost",
        "SIGNPOST_SMTP_PASSWORD", "s3cret-pass").email();
    assertFalse(email.toString().contains("s3cret-pass"), email.toString());
  }
}
