package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLineTest {

  @Test
  void plain_fields_are_split_on_commas_and_trimmed() {
    assertEquals(List.of("a", "b", "", "c"), CsvLine.split("a, b,,c "));
  }

  @Test
  void quoted_fields_keep_their_commas_and_doubled_quotes() {
    assertEquals(List.of("Rule", "a, b and \"c\"", ""), CsvLine.split("Rule,\"a, b and \"\"c\"\"\","));
  }

  @Test
  void an_unclosed_quote_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> CsvLine.split("Rule,\"never closed"));
  }
}
