package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.bot.core.Paragraph.Kind;

class ParagraphsTest {

  @Test
  void a_list_is_its_lead_and_a_line_an_item_and_an_empty_list_is_left_out() {
    Paragraphs paragraphs = new Paragraphs();
    paragraphs.list(Kind.NEXT_STEPS, "Next steps", List.of("Screen it.", "Record it."));
    paragraphs.list(Kind.OPEN_QUESTIONS, "To settle it, tell me", List.of());
    paragraphs.contacts("Who can help", List.of());

    assertEquals(List.of(new Paragraph(Kind.NEXT_STEPS, "Next steps:\n- Screen it.\n- Record it.")), paragraphs.all());
  }

  @Test
  void stripped_trims_only_the_start_of_the_first_and_the_end_of_the_last_as_stripping_the_whole_text_did() {
    Paragraphs paragraphs = new Paragraphs();
    paragraphs.add(Kind.BODY, "\n First \n");
    paragraphs.add(Kind.BODY, " Middle ");
    paragraphs.add(Kind.BODY, "Last\n");

    assertEquals(List.of("First \n", " Middle ", "Last"), paragraphs.stripped().stream().map(Paragraph::text).toList());
  }
}
