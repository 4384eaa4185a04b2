package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A form-encoded Slack body gives each field asked for decoded, the first of its name, and nothing for another's name. */
class SignedOnlyFormTest {

  private static final String COMMAND = "token=x&team_id=T0BENCH&user_id=U01&command=%2Fedi"
      + "&text=What+is+the+PSED%3F+%C3%A9&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1&text=second";

  @Test
  void a_field_is_decoded_and_the_first_of_its_name_is_given() {
    SignedOnly.Form form = new SignedOnly.Form(COMMAND);

    assertEquals("/edi", form.get("command"));
    assertEquals("What is the PSED? é", form.get("text"));
    assertEquals("T0BENCH", form.get("team_id"));
    assertEquals("https://hooks.slack.com/commands/1", form.get("response_url"));
    assertTrue(SignedOnly.handled(form));
  }

  @Test
  void a_name_that_only_starts_another_is_not_that_field_and_a_missing_one_is_null() {
    SignedOnly.Form form = new SignedOnly.Form("user_id_extra=1&team=T1&payloads=x");

    assertNull(form.get("user_id"));
    assertNull(form.get("team_id"));
    assertNull(form.get("payload"));
    assertFalse(SignedOnly.handled(form));
    assertNull(new SignedOnly.Form("").get("command"));
  }

  @Test
  void a_field_without_a_value_or_with_broken_encoding_is_empty() {
    assertEquals("", new SignedOnly.Form("ssl_check&token=x").get("ssl_check"));
    assertEquals("", new SignedOnly.Form("token=x&ssl_check=").get("ssl_check"));
    assertEquals("", new SignedOnly.Form("text=%zz&command=%2Fedi").get("text"));
    assertTrue(SignedOnly.handled(new SignedOnly.Form("ssl_check=1&token=x")));
  }
}
