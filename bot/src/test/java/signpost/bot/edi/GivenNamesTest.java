package signpost.bot.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The given names file is read one name a line and a bad line is reported with its file and line. */
class GivenNamesTest {

  @Test
  void the_shipped_list_holds_common_names_but_not_names_that_are_also_words() {
    assertTrue(GivenNames.load().containsAll(java.util.Set.of("Sarah", "Mohammed", "Priya", "Janet")));
    assertTrue(GivenNames.load().stream().noneMatch(java.util.Set.of("Grace", "Hope", "May", "Will", "Mark")::contains));
  }

  @Test
  void comments_and_blank_lines_are_skipped() throws Exception {
    assertEquals(java.util.Set.of("Ann", "Anne-Marie"),
        GivenNames.read(new BufferedReader(new StringReader("# names\n\nAnn\n  Anne-Marie  \n")), "names.txt"));
  }

  @Test
  void a_line_that_is_not_one_capitalised_name_is_refused_with_file_and_line() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GivenNames.read(new BufferedReader(new StringReader("Ann\nmary jane\n")), "names.txt"));

    assertEquals("names.txt:2: not one capitalised given name: mary jane", e.getMessage());
  }
}
