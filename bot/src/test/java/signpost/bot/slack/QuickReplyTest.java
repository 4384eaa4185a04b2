package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A quick-reply button's value: the conversation and the reply, read back as written; anything else holds none. */
class QuickReplyTest {

  @Test
  void a_value_holds_the_conversation_and_the_reply_and_reads_back_as_written() {
    QuickReply reply = new QuickReply("slack:T01:C02:1700000000.000100", "In 6 months, \"roughly\"");

    assertEquals("{\"conversation\":\"slack:T01:C02:1700000000.000100\",\"text\":\"In 6 months, \\\"roughly\\\"\"}", reply.value());
    assertEquals(Optional.of(reply), QuickReply.parse(reply.value()));
  }

  @Test
  void a_value_that_is_not_a_quick_reply_holds_none() {
    assertEquals(Optional.empty(), QuickReply.parse("slack-Ev_MENTION"));
    assertEquals(Optional.empty(), QuickReply.parse("{\"conversation\":\"slack:T01:C02\"}"));
    assertEquals(Optional.empty(), QuickReply.parse("{\"text\":\"Staff\"}"));
    assertEquals(Optional.empty(), QuickReply.parse(null));
  }

  @Test
  void a_reply_too_long_for_a_buttons_value_is_refused_naming_it() {
    String text = "x".repeat(QuickReply.MAX_VALUE);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new QuickReply("slack:T01:D03", text).value());

    assertEquals("a quick reply is too long for a button: " + text, e.getMessage());
  }
}
