package signpost.bot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Unanswered;

/**
 * Finds and deletes what is kept about one person on one channel, by the pseudonyms the stores keep them under: their
 * screening records and conversations (by owner), their ratings (by rater) and the questions of theirs logged for the
 * EDI team or kept a day in case they rate the answer (by asker), and what they passed on to their EDI Contacts (by
 * owner).
 */
public final class PersonalData {

  private final Sql sql;
  private final Pseudonyms pseudonyms;
  private final WriteBehind later;

  PersonalData(Sql sql, Pseudonyms pseudonyms, WriteBehind later) {
    this.sql = sql;
    this.pseudonyms = pseudonyms;
    this.later = later;
  }

  /**
   * Whose data: a person on a channel.
   *
   * @param channel the channel, e.g. {@code slack}, as their questions were logged under
   * @param owner their pseudonymous owner id on the channel (what their screenings and conversations carry)
   * @param ratingChannel the channel their ratings were kept under, e.g. {@code web} for the web chat
   * @param rater who they rated as within the rating channel (as given to the feedback log), or null when their
   *     ratings cannot be told from other people's
   */
  public record Person(String channel, String owner, String ratingChannel, String rater) {}

  /** A screening record, named by reference. */
  public record Screening(String reference, String status, Instant updated) {}

  /** A rating, by the id of the answer rated. */
  public record Rating(String answerId, boolean helpful, Instant rated) {}

  /** A question kept: logged for the EDI team (with why), or kept a day in case its answer is rated (reason null). */
  public record Question(String text, Unanswered reason, Instant asked) {}

  /** A question (or a report) the person passed on to their EDI Contacts, with what became of it. */
  public record PassedOn(String text, Handoff.Status status, Instant passed) {}

  /**
   * What is kept about a person.
   *
   * @param lastAsked the question each conversation in progress keeps, as last asked there (redacted), newest first
   * @param passedOn what the person passed on to their EDI Contacts (hand-offs, with the contacts' replies), newest first
   */
  public record Kept(List<Screening> screenings, int conversations, List<Rating> ratings, List<Question> questions,
                     List<String> lastAsked, List<PassedOn> passedOn) {

    public Kept {
      screenings = List.copyOf(screenings);
      ratings = List.copyOf(ratings);
      questions = List.copyOf(questions);
      lastAsked = List.copyOf(lastAsked);
      passedOn = List.copyOf(passedOn);
    }

    /** What is kept, with no conversation keeping a question and nothing passed on. */
    public Kept(List<Screening> screenings, int conversations, List<Rating> ratings, List<Question> questions) {
      this(screenings, conversations, ratings, questions, List.of(), List.of());
    }

    /** Returns true when nothing is kept. */
    public boolean isEmpty() {
      return screenings.isEmpty() && conversations == 0 && ratings.isEmpty() && questions.isEmpty() && passedOn.isEmpty();
    }
  }

  /** Returns what is kept about the person, newest first in each kind. */
  public Kept find(Person person) {
    later.flush(); // their last answers' questions are written behind the answers
    return sql.transaction("read a person's data", c -> read(c, person));
  }

  /** Deletes everything kept about the person, screening records included, in one transaction; returns what it was. */
  public Kept delete(Person person) {
    later.flush();
    return sql.transaction("delete a person's data", c -> {
      Kept kept = read(c, person);
      Sql.update(c, "DELETE FROM screening WHERE owner = ?", person.owner());
      Sql.update(c, "DELETE FROM conversation WHERE owner = ?", person.owner());
      if (person.rater() != null) Sql.update(c, "DELETE FROM rating WHERE rater = ? AND channel = ?", rater(person), person.ratingChannel());
      Sql.update(c, "DELETE FROM unanswered_question WHERE asker = ?", asker(person));
      Sql.update(c, "DELETE FROM rated_question WHERE asker = ?", asker(person));
      // A hand-off keeps its asker's owner pseudonym: deleting it withdraws the question; a reply no longer reaches them.
      Sql.update(c, "DELETE FROM handoff WHERE asker = ?", person.owner());
      return kept;
    });
  }

  private Kept read(Connection c, Person person) throws SQLException {
    List<Screening> screenings = Sql.list(c, "SELECT reference, status, updated FROM screening WHERE owner = ? ORDER BY updated DESC, reference",
        row -> new Screening(row.getString(1), row.getString(2), Sql.instant(row, "updated")), person.owner());
    int conversations = Sql.one(c, "SELECT COUNT(*) FROM conversation WHERE owner = ?", row -> row.getInt(1), person.owner()).orElse(0);
    List<Rating> ratings = person.rater() == null ? List.of()
        : Sql.list(c, "SELECT answer_id, helpful, rated FROM rating WHERE rater = ? AND channel = ? ORDER BY seq DESC",
            row -> new Rating(row.getString(1), row.getBoolean(2), Sql.instant(row, "rated")), rater(person), person.ratingChannel());
    List<Question> questions = new ArrayList<>(Sql.list(c,
        "SELECT question, reason, asked FROM unanswered_question WHERE asker = ? ORDER BY asked DESC, seq DESC",
        row -> new Question(row.getString(1), Unanswered.valueOf(row.getString(2)), Sql.instant(row, "asked")), asker(person)));
    questions.addAll(Sql.list(c, "SELECT question, asked FROM rated_question WHERE asker = ? ORDER BY asked DESC",
        row -> new Question(row.getString(1), null, Sql.instant(row, "asked")), asker(person)));
    List<String> lastAsked = Sql.list(c, "SELECT asked FROM conversation WHERE owner = ? AND asked IS NOT NULL "
        + "ORDER BY updated DESC, conversation_key",
        row -> row.getString(1), person.owner());
    List<PassedOn> passedOn = Sql.list(c, "SELECT question, status, created FROM handoff WHERE asker = ? ORDER BY seq DESC",
        row -> new PassedOn(row.getString(1), Handoff.Status.valueOf(row.getString(2)), Sql.instant(row, "created")),
        person.owner());
    return new Kept(screenings, conversations, ratings, questions, lastAsked, passedOn);
  }

  private String rater(Person person) {
    return pseudonyms.of(person.ratingChannel(), person.rater());
  }

  private String asker(Person person) {
    return pseudonyms.of(person.channel(), person.owner());
  }
}
