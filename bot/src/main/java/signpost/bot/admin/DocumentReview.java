package signpost.bot.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import signpost.knowledge.Document;

/**
 * A document of an organisation's, where it stands against its review-by date as its manifest gives it, and when an
 * answer last cited it.
 *
 * @param title the document's title
 * @param file its file name
 * @param reviewBy the review-by date as written (e.g. {@code 2025-03}), or null when none is known
 * @param state past it, not yet, or not known
 * @param lastCited when an answer last cited it, or null when none has in the period the question log keeps
 */
public record DocumentReview(String title, String file, String reviewBy, State state, Instant lastCited) {

  /** Where a document stands against its review-by date. */
  public enum State {
    /** The review-by date has passed. */
    PAST("past its review-by date"),
    /** The review-by date is today or later. */
    DUE_LATER("review due later"),
    /** The manifest gives no review-by date, or one that is not a date. */
    UNKNOWN("no review date known");

    private final String words;

    State(String words) {
      this.words = words;
    }

    /** Returns the state in words, as the page and the CSV show it. */
    public String words() {
      return words;
    }
  }

  /**
   * Returns where the document stands on {@code today}: a review-by month runs to its last day and a year to 31
   * December, so "2025-03" is past from 1 April 2025.
   *
   * @param lastCited when an answer last cited it, or null
   */
  public static DocumentReview of(Document document, LocalDate today, Instant lastCited) {
    LocalDate last = lastDay(document.reviewBy());
    State state = last == null ? State.UNKNOWN : last.isBefore(today) ? State.PAST : State.DUE_LATER;
    return new DocumentReview(document.title(), document.file(), document.reviewBy(), state, lastCited);
  }

  private static LocalDate lastDay(String text) {
    if (text == null) return null;
    String date = text.strip();
    try {
      if (date.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(date);
      if (date.matches("\\d{4}-\\d{2}")) return YearMonth.parse(date).atEndOfMonth();
      if (date.matches("\\d{4}")) return LocalDate.of(Integer.parseInt(date), 12, 31);
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }
}
