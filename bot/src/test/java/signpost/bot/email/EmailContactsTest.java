package signpost.bot.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import signpost.bot.config.Config;

/** Where the e-mail fallback's link goes, and that it is off without an address. */
class EmailContactsTest {

  private static Config config(String... pairs) {
    Map<String, String> settings = new HashMap<>(Map.of("SIGNPOST_EDI_CONTACTS_EMAIL", "cambridgeshire=edi@cambridgeshire.gov.uk",
        "SIGNPOST_SMTP_HOST", "smtp.example.org", "SIGNPOST_SMTP_FROM", "signpost@example.org"));
    for (int i = 0; i + 1 < pairs.length; i += 2) settings.put(pairs[i], pairs[i + 1]);
    return Config.of(settings);
  }

  @Test
  void the_link_goes_to_the_first_public_host_over_https() {
    EmailContacts email = EmailContacts.of(config("SIGNPOST_PUBLIC_HOSTS", "edi.example.org,signpost.example.org"));

    assertEquals(URI.create("https://edi.example.org/admin/handoffs?organisation=cambridgeshire"), email.replyLink("cambridgeshire"));
    assertEquals("edi@cambridgeshire.gov.uk", email.address("cambridgeshire"));
    assertNull(email.address("derbyshire"));
  }

  @Test
  void without_public_hosts_the_link_goes_to_the_address_the_server_listens_on() {
    assertEquals(URI.create("http://127.0.0.1:3978/admin/handoffs?organisation=south+east"),
        EmailContacts.of(config()).replyLink("south east"));
    assertEquals(URI.create("http://localhost:8080/admin/handoffs?organisation=cambridgeshire"),
        EmailContacts.of(config("SIGNPOST_HOST", "0.0.0.0", "SIGNPOST_PORT", "8080")).replyLink("cambridgeshire"));
  }

  @Test
  void without_an_address_there_is_no_email_fallback() {
    assertNull(EmailContacts.of(Config.of(Map.of())));
  }
}
