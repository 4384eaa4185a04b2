package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.core.Answer;
import signpost.bot.core.AnswerStore;
import signpost.bot.core.Citation;
import signpost.bot.core.Paragraph;
import signpost.bot.core.Paragraph.Kind;
import signpost.rules.decision.Intent;

/**
 * The texts "Why?" explains: each kept once under its digest however often and by however many replicas it is given,
 * noted as given again at most every ten minutes, forgotten a day after it was last given or beyond the bound; and the
 * answers kept under their id before ids were signed still read until their day is over; on H2 and PostgreSQL.
 */
class DatabaseAnswersTest {

  @Nested
  class OnH2 extends Contract {
    @Override
    protected Engine engine() {
      return Engine.H2;
    }
  }

  @Nested
  @ExtendWith(TestPostgres.class)
  class OnPostgreSQL extends Contract {
    @Override
    protected Engine engine() {
      return Engine.POSTGRESQL;
    }
  }

  /** Writes an answer's JSON as the store always has. */
  private static final ObjectMapper JSON = new ObjectMapper();

  static Answer answer(String id, String text) {
    return new Answer(id, null, "cambridgeshire", true, Intent.DUTY, List.of(new Paragraph(Kind.BODY, text)), 0.9,
        List.of(new Citation("guide.md", "Signpost legal guide", "The duty", null, "snippet")), List.of(), null, List.of());
  }

  static String digest(char c) {
    return String.valueOf(c).repeat(64);
  }

  abstract class Contract extends StoreContract {

    @Test
    void a_text_is_kept_once_by_every_replica_and_noted_as_given_again_at_most_every_ten_minutes() throws Exception {
      Instant first = clock.instant();
      try (Database other = reopen()) {
        // Two replicas give a new text at the same moment: the second's insert fails, and its retry notes the row.
        database.answers().keep(digest('a'), ",\"text\":1}", first);
        other.answers().keep(digest('a'), ",\"text\":1}", first);
        database.flush();
        other.flush();
        database.answers().keep(digest('a'), ",\"text\":1}", first.plus(DatabaseAnswers.NOTE_EVERY));
        assertEquals(List.of(Sql.stored(first)), given(digest('a')));

        database.answers().keep(digest('a'), ",\"text\":1}", first.plus(DatabaseAnswers.NOTE_EVERY).plusSeconds(1));
        assertEquals(List.of(Sql.stored(first.plus(DatabaseAnswers.NOTE_EVERY).plusSeconds(1))), given(digest('a')));
        assertEquals(Optional.of(",\"text\":1}"), other.answers().text(digest('a')));
        assertEquals(Optional.empty(), other.answers().text(digest('b')));
      }
    }

    @Test
    void answers_kept_under_their_id_before_ids_were_signed_still_read_for_their_day() throws Exception {
      Instant now = clock.instant();
      Answer whole = answer("slack-old", "Kept whole. [1]");
      String rest = JSON.writeValueAsString(answer(null, "Kept by its text. [1]")).substring("{\"id\":null".length());
      try (Connection c = DriverManager.getConnection(Connections.url(settings), settings.user(), settings.password());
           PreparedStatement text = c.prepareStatement("INSERT INTO explained_text (digest, answer) VALUES (?, ?)");
           PreparedStatement insert = c.prepareStatement("INSERT INTO explained_answer (answer_id, given, answer, digest) VALUES (?, ?, ?, ?)")) {
        text.setString(1, digest('c'));
        text.setString(2, rest);
        text.executeUpdate();
        insert.setString(1, "slack-old");
        insert.setTimestamp(2, Timestamp.from(now));
        insert.setString(3, JSON.writeValueAsString(whole));
        insert.setString(4, null);
        insert.executeUpdate();
        insert.setString(1, "slack-shared");
        insert.setTimestamp(2, Timestamp.from(now));
        insert.setString(3, null);
        insert.setString(4, digest('c'));
        insert.executeUpdate();
      }
      AnswerStore answers = database.answers();

      assertEquals(Optional.of(JSON.writeValueAsString(whole)), answers.kept("slack-old", now.minusSeconds(1)));
      assertEquals(Optional.of("{\"id\":null" + rest), answers.kept("slack-shared", now.minusSeconds(1)));
      assertEquals(Optional.empty(), answers.kept("slack-old", now.plusSeconds(1)));
      assertEquals(Optional.empty(), answers.kept("slack-new", now));
    }

    @Test
    void a_purge_forgets_the_texts_not_given_for_a_day_and_those_beyond_the_bound() throws Exception {
      AnswerStore answers = database.answers();
      Instant then = clock.instant();
      answers.keep(digest('a'), ",\"text\":\"given yesterday only\"}", then);
      answers.keep(digest('b'), ",\"text\":\"given yesterday and today\"}", then);
      clock.advance(Duration.ofDays(1).plus(DatabaseAnswers.NOTE_EVERY));
      Instant now = clock.instant();
      answers.keep(digest('b'), ",\"text\":\"given yesterday and today\"}", now);
      answers.keep(digest('c'), ",\"text\":\"given today\"}", now.plusSeconds(1));
      answers.keep(digest('d'), ",\"text\":\"given last\"}", now.plusSeconds(2));

      answers.purge(now.minus(Duration.ofDays(1)), 2);

      assertEquals(List.of(digest('c'), digest('d')), column("SELECT digest FROM explained_text ORDER BY digest"));
      assertEquals(2, answers.count());
    }

    /** Returns when the text under this digest was last noted as given, read once what was written is committed. */
    private List<Instant> given(String digest) throws Exception {
      database.flush();
      List<Instant> given = new ArrayList<>();
      try (Connection c = DriverManager.getConnection(Connections.url(settings), settings.user(), settings.password());
           PreparedStatement query = c.prepareStatement("SELECT given FROM explained_text WHERE digest = ?")) {
        query.setString(1, digest);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) given.add(rows.getObject(1, OffsetDateTime.class).toInstant());
        }
      }
      return given;
    }
  }
}
