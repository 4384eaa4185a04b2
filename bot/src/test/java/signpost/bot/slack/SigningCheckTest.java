package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.app_backend.SlackSignature;
import org.junit.jupiter.api.Test;

/** Slack's signature check: the example from Slack's documentation, and each way a request can fail it. */
class SigningCheckTest {

  // From "Verifying requests from Slack" (api.slack.com/authentication/verifying-requests-from-slack).
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String TIMESTAMP = "1531420618";
  private static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
      + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2F"
      + "hooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121"
      + ".803a0bc887a14d10d2c447fce8b6703c";
  private static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
  private static final long AT = Long.parseLong(TIMESTAMP) * 1000;

  private final SigningCheck check = new SigningCheck(SECRET);

  @Test
  void slacks_documented_example_is_valid() {
    assertTrue(check.isValid(TIMESTAMP, BODY, SIGNATURE, AT + 1000));
  }

  @Test
  void it_accepts_what_bolts_own_generator_signs() {
    String body = "{\"type\":\"event_callback\",\"event_id\":\"Ev1\"}";
    String signature = new SlackSignature.Generator(SECRET).generate(TIMESTAMP, body);
    assertTrue(check.isValid(TIMESTAMP, body, signature, AT));
  }

  @Test
  void a_changed_body_a_wrong_secret_or_a_changed_timestamp_is_refused() {
    assertFalse(check.isValid(TIMESTAMP, BODY.replace("roadrunner", "coyote"), SIGNATURE, AT));
    assertFalse(new SigningCheck("another-secret").isValid(TIMESTAMP, BODY, SIGNATURE, AT));
    assertFalse(check.isValid("1531420619", BODY, SIGNATURE, AT));
  }

  @Test
  void the_second_check_of_a_request_on_its_thread_compares_it_with_the_first_instead_of_hashing_it_again() {
    // SignedOnly checks a request, then Bolt's middleware checks it again, each with a check of its own.
    SigningCheck first = new SigningCheck(SECRET);
    SigningCheck second = new SigningCheck(SECRET);
    assertTrue(first.isValid(TIMESTAMP, BODY, SIGNATURE, AT));

    assertTrue(second.isValid(TIMESTAMP, new String(BODY.toCharArray()), SIGNATURE, AT));
    assertEquals(0, second.hashes());
    assertFalse(second.isValid(TIMESTAMP, BODY + "&x=1", SIGNATURE, AT));
    assertFalse(second.isValid(TIMESTAMP, BODY, SIGNATURE, AT + SigningCheck.WINDOW_MILLIS + 1_000));
    assertEquals(1, second.hashes());
    assertFalse(new SigningCheck("another-secret").isValid(TIMESTAMP, BODY, SIGNATURE, AT));
  }

  @Test
  void a_timestamp_five_minutes_or_more_away_either_way_is_refused() {
    assertTrue(check.isValid(TIMESTAMP, BODY, SIGNATURE, AT + SigningCheck.WINDOW_MILLIS - 1));
    assertFalse(check.isValid(TIMESTAMP, BODY, SIGNATURE, AT + SigningCheck.WINDOW_MILLIS));
    assertFalse(check.isValid(TIMESTAMP, BODY, SIGNATURE, AT - SigningCheck.WINDOW_MILLIS));
    assertFalse(check.isValid("yesterday", BODY, SIGNATURE, AT));
  }

  @Test
  void malformed_or_missing_signatures_are_refused_without_error() {
    assertFalse(check.isValid(TIMESTAMP, BODY, null, AT));
    assertFalse(check.isValid(null, BODY, SIGNATURE, AT));
    assertFalse(check.isValid(TIMESTAMP, null, SIGNATURE, AT));
    assertFalse(check.isValid(TIMESTAMP, BODY, SIGNATURE.replace("v0=", "v1="), AT));
    assertFalse(check.isValid(TIMESTAMP, BODY, SIGNATURE.substring(0, 66), AT));
    assertFalse(check.isValid(TIMESTAMP, BODY, SIGNATURE.substring(0, 66) + "z", AT));
  }

  @Test
  void a_blank_secret_is_a_mistake() {
    assertThrows(IllegalArgumentException.class, () -> new SigningCheck(" "));
  }
}
