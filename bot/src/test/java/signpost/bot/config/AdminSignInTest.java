package signpost.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The admin sign-in settings: off unless the issuer is set, complete or refused by name, the secret never shown. */
class AdminSignInTest {

  private static final Map<String, String> ENTRA = Map.of(
      "SIGNPOST_ADMIN_OIDC_ISSUER", "https://login.microsoftonline.com/0b1c-tenant/v2.0",
      "SIGNPOST_ADMIN_OIDC_CLIENT_ID", "app-id", "SIGNPOST_ADMIN_OIDC_CLIENT_SECRET", "a-secret-value",
      "SIGNPOST_ADMINS", "cambridgeshire=group-1, cambridgeshire=group-2,derbyshire=group-3");

  private static Map<String, String> with(String key, String value) {
    Map<String, String> settings = new HashMap<>(ENTRA);
    if (value == null) settings.remove(key);
    else settings.put(key, value);
    return settings;
  }

  @Test
  void without_an_issuer_there_is_no_sign_in() {
    assertNull(Config.of(Map.of()).edge().signIn());
  }

  @Test
  void the_settings_are_read_with_the_admins_of_each_organisation_and_defaults() {
    AdminSignIn signIn = Config.of(ENTRA).edge().signIn();

    assertEquals(URI.create("https://login.microsoftonline.com/0b1c-tenant/v2.0/.well-known/openid-configuration"), signIn.discovery());
    assertEquals(Map.of("cambridgeshire", Set.of("group-1", "group-2"), "derbyshire", Set.of("group-3")), signIn.admins());
    assertEquals("groups", signIn.claim());
    assertEquals(Duration.ofHours(8), signIn.session());
    assertEquals(Duration.ofSeconds(10), signIn.timeout());
    AdminSignIn byEmail = Config.of(with("SIGNPOST_ADMIN_CLAIM", "email")).edge().signIn();
    assertEquals("email", byEmail.claim());
  }

  @Test
  void an_incomplete_or_wrong_setting_is_refused_by_name() {
    assertTrue(assertThrows(ConfigException.class, () -> Config.of(with("SIGNPOST_ADMIN_OIDC_CLIENT_SECRET", null)))
        .getMessage().contains("SIGNPOST_ADMIN_OIDC_CLIENT_SECRET is missing"));
    assertTrue(assertThrows(ConfigException.class, () -> Config.of(with("SIGNPOST_ADMINS", null)))
        .getMessage().contains("SIGNPOST_ADMINS names no admin"));
    assertTrue(assertThrows(ConfigException.class, () -> Config.of(with("SIGNPOST_ADMINS", "cambridgeshire")))
        .getMessage().contains("SIGNPOST_ADMINS must be organisation=claim-value pairs"));
    assertTrue(assertThrows(ConfigException.class, () -> Config.of(with("SIGNPOST_ADMIN_OIDC_ISSUER", "http://login.example.org/t")))
        .getMessage().contains("must be an https URL"));
    assertTrue(assertThrows(ConfigException.class, () -> Config.of(Map.of("SIGNPOST_ADMINS", "cambridgeshire=g")))
        .getMessage().contains("SIGNPOST_ADMINS is set but SIGNPOST_ADMIN_OIDC_ISSUER is missing"));
  }

  @Test
  void the_admins_organisations_are_resolved_by_name_or_id_like_the_other_settings() {
    Config config = Config.of(with("SIGNPOST_ADMINS", "Cambridgeshire County Council=group-1"));
    Config resolved = config.withOrganisationsResolved(org -> {
      if (org.equals("Cambridgeshire County Council")) return "cambridgeshire";
      throw new IllegalArgumentException("an unknown organisation: " + org);
    });
    assertEquals(Map.of("cambridgeshire", Set.of("group-1")), resolved.edge().signIn().admins());
    ConfigException e = assertThrows(ConfigException.class,
        () -> Config.of(with("SIGNPOST_ADMINS", "nowhere=g")).withOrganisationsResolved(org -> {
          throw new IllegalArgumentException("an unknown organisation: " + org);
        }));
    assertEquals("SIGNPOST_ADMINS names an unknown organisation: nowhere", e.getMessage());
  }

  @Test
  void the_client_secret_never_shows_in_the_settings_text() {
    assertFalse(Config.of(ENTRA).edge().toString().contains("a-secret-value"));
  }
}
