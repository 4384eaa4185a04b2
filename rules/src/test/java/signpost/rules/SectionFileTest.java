package signpost.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionFileTest {

  enum Colour { RED, DARK_BLUE }

  private static List<SectionFile.Entry<Colour>> parse(String text) throws IOException {
    return SectionFile.parse("colours.txt", new BufferedReader(new StringReader(text)), Colour.class, "colour", "shade");
  }

  @Test
  void entries_keep_their_section_and_line_and_skip_comments_and_blanks() throws IOException {
    List<SectionFile.Entry<Colour>> entries = parse("# shades\n[RED]\n  scarlet  \n\n[dark-blue]\n# navy is next\nnavy\n");

    assertEquals(List.of(new SectionFile.Entry<>(Colour.RED, 3, "scarlet"),
        new SectionFile.Entry<>(Colour.DARK_BLUE, 7, "navy")), entries);
  }

  @Test
  void an_entry_before_any_section_names_its_line() {
    RulesException e = assertThrows(RulesException.class, () -> parse("\nscarlet\n"));

    assertEquals("colours.txt:2: shade before any [COLOUR]: scarlet", e.getMessage());
  }

  @Test
  void an_unknown_section_names_its_line_and_the_choices() {
    RulesException e = assertThrows(RulesException.class, () -> parse("[RED]\nscarlet\n[GREEN]\n"));

    assertEquals("colours.txt:3: unknown colour [GREEN]; expected one of [RED, DARK_BLUE]", e.getMessage());
  }

  @Test
  void a_missing_resource_is_named() {
    RulesException e = assertThrows(RulesException.class,
        () -> SectionFile.load("/no/such.txt", "colour table", Colour.class, "colour", "shade"));

    assertEquals("missing colour table /no/such.txt", e.getMessage());
  }
}
