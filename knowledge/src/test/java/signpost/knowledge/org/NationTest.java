package signpost.knowledge.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NationTest {

  @Test
  void nation_is_read_in_any_case() {
    assertEquals(Nation.ENGLAND, Nation.parse("England"));
    assertEquals(Nation.WALES, Nation.parse(" wales "));
    assertEquals(Nation.SCOTLAND, Nation.parse("SCOTLAND"));
  }

  @Test
  void a_place_outside_great_britain_is_rejected_with_its_name() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nation.parse("Northern Ireland"));
    assertEquals("nation must be England, Wales or Scotland: Northern Ireland", e.getMessage());
  }
}
