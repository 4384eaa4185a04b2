package signpost.bot.teamsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PackageValuesTest {

  private static String refusal(String botId, String host, String privacy) {
    return assertThrows(IllegalArgumentException.class, () -> new PackageValues(botId, host, privacy, null)).getMessage();
  }

  @Test
  void a_bot_id_that_is_not_a_guid_is_refused_with_the_value() {
    assertEquals("bot id must be a GUID (the Azure Bot's Microsoft App ID), e.g. 00000000-0000-0000-0000-000000000000: "
        + "6f1c2a4e-3b5d-4e7f-8a9b", refusal("6f1c2a4e-3b5d-4e7f-8a9b", ShippedTemplate.HOST, null));
  }

  @Test
  void a_host_given_as_a_url_is_refused_with_the_value() {
    assertEquals("host must be a host name, not a URL (drop https:// and any path): https://signpost.council.gov.uk/",
        refusal(ShippedTemplate.BOT_ID, "https://signpost.council.gov.uk/", null));
  }

  @Test
  void a_host_with_a_port_or_without_a_domain_is_refused() {
    assertEquals("host must be a public host name such as signpost.council.gov.uk: signpost:3978",
        refusal(ShippedTemplate.BOT_ID, "signpost:3978", null));
    assertEquals("host must be a public host name such as signpost.council.gov.uk: localhost",
        refusal(ShippedTemplate.BOT_ID, "localhost", null));
  }

  @Test
  void a_privacy_notice_that_is_not_https_is_refused() {
    assertEquals("privacy URL must be an https:// URL: http://council.gov.uk/privacy",
        refusal(ShippedTemplate.BOT_ID, ShippedTemplate.HOST, "http://council.gov.uk/privacy"));
  }

  @Test
  void the_bot_id_and_host_are_lower_cased_and_the_home_page_stands_in_for_privacy_and_terms() {
    PackageValues values = PackageValues.of(ShippedTemplate.BOT_ID.toUpperCase(), "Signpost.Council.GOV.uk");

    assertEquals(ShippedTemplate.BOT_ID, values.botId());
    assertEquals("signpost.council.gov.uk", values.host());
    assertEquals("https://signpost.council.gov.uk/", values.privacyUrl());
    assertEquals("https://signpost.council.gov.uk/", values.termsUrl());
  }
}
