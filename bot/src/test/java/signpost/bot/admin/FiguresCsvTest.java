package signpost.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import signpost.bot.screening.Status;

/** An organisation's figures as CSV: documents and screening counts, every field quoted, formulas defused. */
class FiguresCsvTest {

  @Test
  void documents_and_screening_counts_are_rows_under_one_header() {
    OrganisationFigures org = new OrganisationFigures("cambridgeshire", "Cambridgeshire County Council",
        List.of(new DocumentReview("EDI Strategy, \"2023\"", "s.pdf", "2027-03", DocumentReview.State.DUE_LATER),
            new DocumentReview("=HYPERLINK(\"x\")", "p.md", null, DocumentReview.State.UNKNOWN)),
        Map.of(Status.OPEN, 2L, Status.COMPLETE, 1L, Status.ABANDONED, 0L));

    assertEquals("\"organisation\",\"kind\",\"item\",\"detail\",\"value\"\r\n"
        + "\"cambridgeshire\",\"document\",\"EDI Strategy, \"\"2023\"\"\",\"2027-03\",\"review due later\"\r\n"
        + "\"cambridgeshire\",\"document\",\"'=HYPERLINK(\"\"x\"\")\",\"\",\"no review date known\"\r\n"
        + "\"cambridgeshire\",\"screenings\",\"open\",\"\",\"2\"\r\n"
        + "\"cambridgeshire\",\"screenings\",\"complete\",\"\",\"1\"\r\n"
        + "\"cambridgeshire\",\"screenings\",\"abandoned\",\"\",\"0\"\r\n", FiguresCsv.write(org));
  }
}
