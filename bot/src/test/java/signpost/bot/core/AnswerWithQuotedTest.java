package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.rules.decision.Intent;

class AnswerWithQuotedTest {

  private static final Citation TIMESCALES = new Citation("p.docx", "Procedure", "7. Timescales", null, "12 weeks");
  private static final Citation SIGN_OFF = new Citation("p.docx", "Procedure", "8. Sign-off", null, "DEI Board");
  private static final Citation EXAMPLES = new Citation("p.docx", "Procedure", "Appendix B", null, "examples");

  @Test
  void quoted_paragraphs_cite_by_this_answers_numbers_and_a_shared_source_keeps_its_number() {
    Answer answer = new Answer("a", "q", "org", true, Intent.FACT,
        List.of(new Paragraph(Paragraph.Kind.BODY, "Start at least 12 weeks before the decision. [1]")), 1.0,
        List.of(TIMESCALES), List.of(), null, List.of());

    Answer quoted = answer.withQuoted(List.of(
        new Paragraph(Paragraph.Kind.PRACTICE, "The DEI Board approves a full one. [2]"),
        new Paragraph(Paragraph.Kind.PRACTICE, "Examples [3] and timescales [1] together.")),
        List.of(EXAMPLES, SIGN_OFF, TIMESCALES));

    assertEquals(List.of(TIMESCALES, SIGN_OFF, EXAMPLES), quoted.sources());
    assertEquals("Start at least 12 weeks before the decision. [1]\n\nThe DEI Board approves a full one. [2]\n\n"
        + "Examples [1] and timescales [3] together.", quoted.text());
  }
}
