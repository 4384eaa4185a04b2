package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which service URLs replies may go to: http(s) always, and this machine only in local development mode. */
class ServiceUrlsTest {

  @Test
  void names_that_merely_start_like_loopback_are_not_loopback() {
    for (String host : List.of("127.attacker.example", "127.0.0.1.nip.io", "localhost.example", "127.0.0.256", "0x7f.0.0.1",
        "example.org", "[2001:db8::1]", "10.0.0.1")) {
      assertFalse(ServiceUrls.loopbackLiteral(host), host);
    }
    for (String host : List.of("127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "[::1]", "::1")) {
      assertTrue(ServiceUrls.loopbackLiteral(host), host);
    }
  }

  @Test
  void local_development_mode_replies_only_to_this_machine_over_http() {
    assertNull(ServiceUrls.refusal("http://127.0.0.1:56000/", true));
    assertNull(ServiceUrls.refusal("http://localhost:3978/connector", true));
    assertNull(ServiceUrls.refusal("http://[::1]:3978/", true));
    assertEquals("in local development mode serviceUrl must point at this machine (127.0.0.1, [::1] or localhost)",
        ServiceUrls.refusal("http://127.attacker.example/", true));
    assertEquals("serviceUrl must be an http or https URL", ServiceUrls.refusal("file:///etc/passwd", true));
    assertEquals("serviceUrl must name a host and no user", ServiceUrls.refusal("http://user@127.0.0.1/", true));
  }

  @Test
  void with_authentication_any_https_host_is_allowed_but_other_schemes_are_not() {
    assertNull(ServiceUrls.refusal("https://smba.trafficmanager.net/emea/", false));
    assertEquals("serviceUrl must be an http or https URL", ServiceUrls.refusal("file:///etc/passwd", false));
    assertEquals("serviceUrl must be an http or https URL", ServiceUrls.refusal("jar:file:/x.jar!/", false));
  }
}
