package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the buttons under a support reply carry of a message: whole when it fits Slack's limit, else cut and said so. */
class HandoffBlocksTest {

  private static final String CONVERSATION = "slack:T_CAMBS:C_GENERAL:1700000100.000100";

  @Test
  void a_message_that_fits_a_button_is_carried_whole() {
    HandoffBlocks.Told told = HandoffBlocks.Told.fitted(CONVERSATION, "U_ASKER", "I was \"joked\" about at work.")
        .orElseThrow();

    assertFalse(told.cut());
    assertEquals(told, HandoffBlocks.Told.parse(told.value()).orElseThrow());
    assertFalse(HandoffBlocks.supportConsent(told, told.value(), false).toString().contains("too long"));
  }

  @Test
  void a_conversation_key_that_leaves_no_room_offers_nothing() {
    assertTrue(HandoffBlocks.Told.fitted("slack:" + "x".repeat(2_000), "U_ASKER", "I was harassed.").isEmpty());
  }

  @Test
  void a_message_too_long_for_a_button_is_cut_with_an_ellipsis_and_the_consent_says_so() {
    String message = "\"Quoted\" words\n".repeat(125);

    HandoffBlocks.Told told = HandoffBlocks.Told.fitted(CONVERSATION, "U_ASKER", message).orElseThrow();

    assertTrue(told.cut());
    assertTrue(told.value().length() <= QuickReply.MAX_VALUE, told.value().length() + " characters");
    assertTrue(told.value().length() > QuickReply.MAX_VALUE - 10, "cut more than needed: " + told.value().length());
    assertTrue(told.message().endsWith(HandoffBlocks.CUT_MARK), told.message());
    assertTrue(message.startsWith(told.message().substring(0, told.message().length() - 1)));
    assertTrue(HandoffBlocks.supportConsent(told, told.value(), false).toString().contains("too long to pass on whole"));
  }
}
