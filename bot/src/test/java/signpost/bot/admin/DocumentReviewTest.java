package signpost.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;

/** A document's review-by date, as the manifest writes it, against today; none known is said, never made up. */
class DocumentReviewTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static DocumentReview.State state(String reviewBy) {
    return DocumentReview.of(new Document("a.pdf", "A", "org", null, null, reviewBy, false), TODAY, null).state();
  }

  @Test
  void a_review_month_runs_to_its_last_day() {
    assertEquals(DocumentReview.State.DUE_LATER, state("2026-12"));
    assertEquals(DocumentReview.State.PAST, state("2026-11"));
  }

  @Test
  void a_day_and_a_year_are_read_too() {
    assertEquals(DocumentReview.State.PAST, state("2026-12-01"));
    assertEquals(DocumentReview.State.DUE_LATER, state("2026-12-02"));
    assertEquals(DocumentReview.State.DUE_LATER, state("2026"));
    assertEquals(DocumentReview.State.PAST, state("2025"));
  }

  @Test
  void no_date_or_one_that_is_not_a_date_is_no_review_date_known() {
    assertEquals(DocumentReview.State.UNKNOWN, state(null));
    assertEquals(DocumentReview.State.UNKNOWN, state("next spring"));
    assertEquals(DocumentReview.State.UNKNOWN, state("2026-13"));
    assertEquals("no review date known", DocumentReview.State.UNKNOWN.words());
  }
}
