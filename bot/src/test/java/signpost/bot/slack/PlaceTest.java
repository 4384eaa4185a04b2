package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Conversation keys of Slack threads and direct messages, and a button's key read back only where it was pressed. */
class PlaceTest {

  @Test
  void a_channel_thread_is_keyed_by_workspace_channel_and_first_message_and_a_direct_message_by_its_channel() {
    assertEquals("slack:T01:C02:1700000000.000100", Place.thread("T01", "C02", "1700000000.000100").key());
    assertEquals("slack:T01:D03", Place.direct("T01", "D03", "1700000000.000200").key());
  }

  @Test
  void a_key_read_back_in_its_own_workspace_and_channel_gives_the_place_to_reply() {
    assertEquals(Optional.of(Place.thread("T01", "C02", "1700000000.000100")),
        Place.of("slack:T01:C02:1700000000.000100", "T01", "C02", "1700000000.000100"));
    assertEquals(Optional.of(Place.direct("T01", "D03", "1700000000.000900")), Place.of("slack:T01:D03", "T01", "D03", "1700000000.000900"));
    assertEquals(Optional.of(Place.direct("T01", "D03", null)), Place.of("slack:T01:D03", "T01", "D03", null));
  }

  @Test
  void a_key_naming_another_workspace_or_channel_or_malformed_gives_nothing() {
    assertEquals(Optional.empty(), Place.of("slack:T01:C02:1700000000.000100", "T09", "C02", null));
    assertEquals(Optional.empty(), Place.of("slack:T01:C02:1700000000.000100", "T01", "C09", null));
    assertEquals(Optional.empty(), Place.of("slack:T01:C022:1700000000.000100", "T01", "C02", null));
    assertEquals(Optional.empty(), Place.of("slack:T01:C02:", "T01", "C02", null));
    assertEquals(Optional.empty(), Place.of("slack:T01:C02:1:2", "T01", "C02", null));
    assertEquals(Optional.empty(), Place.of("teams:T01:C02", "T01", "C02", null));
    assertEquals(Optional.empty(), Place.of(null, "T01", "C02", null));
  }
}
