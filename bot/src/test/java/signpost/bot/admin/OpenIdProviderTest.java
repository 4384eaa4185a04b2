package signpost.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import signpost.bot.config.AdminSignIn;
import signpost.bot.config.Config;
import signpost.bot.store.TestClock;

/**
 * The provider's discovery document and keys, fetched from the loopback stand-in: keys cached, fetched again for a key
 * not seen yet (a rotation) but not more often than {@link OpenIdProvider#KEY_REFRESH}, and a provider that does not
 * answer given up on after the timeout.
 */
class OpenIdProviderTest {

  private final TestClock clock = new TestClock();
  private LocalOpenIdProvider stand;
  private OpenIdProvider provider;

  @BeforeEach
  void start() throws Exception {
    stand = new LocalOpenIdProvider();
    provider = new OpenIdProvider(settings(stand.settings("cambridgeshire=g")), clock);
  }

  @AfterEach
  void stop() throws Exception {
    stand.close();
  }

  static AdminSignIn settings(Map<String, String> settings) {
    return Config.of(settings).edge().signIn();
  }

  @Test
  void the_discovery_document_gives_the_endpoints() {
    Discovery found = provider.discovery();
    assertEquals(stand.issuer().toString(), found.issuer());
    assertEquals("/authorize", found.authorization().getPath());
    assertEquals("/token", found.token().getPath());
    assertEquals("/keys", found.keys().getPath());
  }

  @Test
  void keys_are_fetched_once_and_again_when_the_provider_signs_with_a_new_one() {
    provider.key(LocalOpenIdProvider.KEY_ID);
    provider.key(LocalOpenIdProvider.KEY_ID);
    assertEquals(1, stand.keyFetches());

    KeyPair rotated = LocalOpenIdProvider.rsaKey();
    stand.signWith(rotated, "provider-key-2", true);
    clock.advance(OpenIdProvider.KEY_REFRESH);
    assertEquals(rotated.getPublic(), provider.key("provider-key-2"));
    assertEquals(2, stand.keyFetches());
  }

  @Test
  void an_unknown_key_fetches_the_keys_at_most_once_in_the_refresh_interval() {
    provider.key(LocalOpenIdProvider.KEY_ID);
    assertThrows(SignInException.class, () -> provider.key("never-listed"));
    assertThrows(SignInException.class, () -> provider.key("never-listed-either"));
    assertEquals(1, stand.keyFetches());
    clock.advance(OpenIdProvider.KEY_REFRESH);
    assertThrows(SignInException.class, () -> provider.key("never-listed"));
    assertEquals(2, stand.keyFetches());
  }

  @Test
  void a_token_checked_against_the_fetched_key_gives_who_signed_in_and_the_role_claim() {
    IdTokens tokens = new IdTokens(provider, java.time.Clock.systemUTC());
    String token = stand.token(new LocalOpenIdProvider.Person("s-1", "Alex Admin", java.util.List.of("g", "h")), "n-1", (h, c) -> {});
    assertEquals(new Identity("s-1", "Alex Admin", java.util.List.of("g", "h")), tokens.verify(token, "n-1"));
  }

  @Test
  void a_discovery_document_naming_another_issuer_is_refused() {
    stand.announce("https://login.example.org/another-tenant/v2.0");
    SignInException e = assertThrows(SignInException.class, provider::discovery);
    assertTrue(e.getMessage().contains("names issuer \"https://login.example.org/another-tenant/v2.0\", not the configured"),
        e.getMessage());
  }

  @Test
  void a_provider_that_accepts_the_connection_but_never_answers_is_given_up_on_after_the_timeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Map<String, String> settings = new java.util.HashMap<>(stand.settings("cambridgeshire=g"));
      settings.put("SIGNPOST_ADMIN_OIDC_ISSUER", "http://127.0.0.1:" + silent.getLocalPort() + "/tenant/v2.0");
      settings.put("SIGNPOST_ADMIN_OIDC_TIMEOUT_SECONDS", "1");
      long start = System.nanoTime();
      SignInException e = assertThrows(SignInException.class, () -> new OpenIdProvider(settings(settings), clock).discovery());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "took " + took);
      assertTrue(e.getMessage().contains("cannot reach the OpenID provider"), e.getMessage());
    }
  }
}
