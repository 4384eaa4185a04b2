package signpost.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import signpost.bot.edi.QuestionGroup;
import signpost.bot.screening.Status;

/** An organisation's figures as CSV: documents, questions not found and screening counts, every field quoted, formulas defused. */
class FiguresCsvTest {

  @Test
  void documents_questions_and_screening_counts_are_rows_under_one_header() {
    OrganisationFigures org = new OrganisationFigures("cambridgeshire", "Cambridgeshire County Council",
        List.of(new DocumentReview("EDI Strategy, \"2023\"", "s.pdf", "2027-03", DocumentReview.State.DUE_LATER,
                Instant.parse("2026-11-30T10:00:00Z")),
            new DocumentReview("=HYPERLINK(\"x\")", "p.md", null, DocumentReview.State.UNKNOWN, null)),
        Map.of(Status.OPEN, 2L, Status.COMPLETE, 1L, Status.ABANDONED, 0L),
        List.of(new QuestionGroup("Is there a menopause policy?", 3, List.of(0, 1, 2))), List.of(), List.of());

    assertEquals("\"organisation\",\"kind\",\"item\",\"detail\",\"value\"\r\n"
        + "\"cambridgeshire\",\"document\",\"EDI Strategy, \"\"2023\"\"\",\"2027-03\",\"review due later\"\r\n"
        + "\"cambridgeshire\",\"document cited\",\"EDI Strategy, \"\"2023\"\"\",\"\",\"30 November 2026\"\r\n"
        + "\"cambridgeshire\",\"document\",\"'=HYPERLINK(\"\"x\"\")\",\"\",\"no review date known\"\r\n"
        + "\"cambridgeshire\",\"document cited\",\"'=HYPERLINK(\"\"x\"\")\",\"\",\"not cited\"\r\n"
        + "\"cambridgeshire\",\"question not found\",\"Is there a menopause policy?\",\"0 1 2\",\"3\"\r\n"
        + "\"cambridgeshire\",\"screenings\",\"open\",\"\",\"2\"\r\n"
        + "\"cambridgeshire\",\"screenings\",\"complete\",\"\",\"1\"\r\n"
        + "\"cambridgeshire\",\"screenings\",\"abandoned\",\"\",\"0\"\r\n", FiguresCsv.write(org));
  }
}
