package signpost.bot.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;

class WinAnsiTextTest {

  @Test
  void every_character_becomes_one_helvetica_can_draw() throws IOException {
    PDType1Font helvetica = new PDType1Font(FontName.HELVETICA);
    for (int c = 0; c <= 0x1FFFF; c++) {
      // Throws IllegalArgumentException for any character WinAnsi or Helvetica cannot draw.
      helvetica.encode(WinAnsiText.clean(Character.toString(c)));
    }
  }

  @Test
  void western_european_letters_typographic_quotes_dashes_and_the_euro_stay_as_written() {
    String text = "Ynys Môn, Caerdydd, Zoë, naïve, “quoted” ‘too’ – and — • €5 £3 © ²";

    assertEquals(text, WinAnsiText.clean(text));
  }

  @Test
  void letters_outside_winansi_keep_their_base_letter_and_the_rest_become_a_question_mark() {
    assertEquals("Dw Y, fine, 1, ??, ?, ?", WinAnsiText.clean("Dŵ Ŷ, ﬁne, ①, 中文, 😀, ❤️"));
  }

  @Test
  void an_accent_typed_as_a_combining_mark_joins_its_letter() {
    assertEquals("café", WinAnsiText.clean("cafe\u0301"));
  }

  @Test
  void every_kind_of_space_or_line_break_becomes_a_space_and_invisible_marks_go() {
    assertEquals("a b c d e f", WinAnsiText.clean("a\u00a0b\u2028c\td\ne\u200b\u00ad f"));
  }
}
