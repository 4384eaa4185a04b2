package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.core.Answer;
import signpost.bot.core.Citation;
import signpost.bot.core.Paragraph;
import signpost.bot.core.Paragraph.Kind;
import signpost.rules.decision.Intent;

/**
 * The answers "Why?" explains: copies of one answer under many ids keep its text once, each is read back with its own
 * id, an answer kept before texts were shared still reads, and a purge forgets the texts no answer refers to any more;
 * on H2 and PostgreSQL.
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

  abstract class Contract extends StoreContract {

    @Test
    void copies_of_one_answer_keep_its_text_once_and_each_reads_back_with_its_own_id() throws Exception {
      Instant now = clock.instant();
      for (String id : List.of("slack-1", "slack-2", "teams-3")) database.answers().keep(answer(id, "The duty has three aims. [1]"), now);
      database.answers().keep(answer("slack-4", "Another answer. [1]"), now);

      assertEquals(List.of("2"), column("SELECT COUNT(*) FROM explained_text"));
      assertEquals(4, database.answers().count());
      for (String id : List.of("slack-1", "slack-2", "teams-3")) {
        assertEquals(Optional.of(answer(id, "The duty has three aims. [1]")), database.answers().find(id, now.minusSeconds(1)));
      }
      assertEquals(Optional.of(answer("slack-4", "Another answer. [1]")), database.answers().find("slack-4", now));
      assertEquals(Optional.empty(), database.answers().find("slack-1", now.plusSeconds(1)));
      assertEquals(Optional.empty(), database.answers().find("slack-5", now));
    }

    @Test
    void an_answer_kept_whole_before_texts_were_shared_still_reads() throws Exception {
      Instant now = clock.instant();
      try (Connection c = DriverManager.getConnection(Connections.url(settings), settings.user(), settings.password());
           PreparedStatement insert = c.prepareStatement("INSERT INTO explained_answer (answer_id, given, answer) VALUES (?, ?, ?)")) {
        insert.setString(1, "slack-old");
        insert.setTimestamp(2, Timestamp.from(now));
        insert.setString(3, JSON.writeValueAsString(answer("slack-old", "Kept whole. [1]")));
        insert.executeUpdate();
      }

      assertEquals(Optional.of(answer("slack-old", "Kept whole. [1]")), database.answers().find("slack-old", now.minusSeconds(1)));
    }

    @Test
    void a_purge_forgets_the_texts_no_answer_refers_to_and_keeps_the_rest() throws Exception {
      Instant then = clock.instant();
      database.answers().keep(answer("slack-1", "Given yesterday only. [1]"), then);
      database.answers().keep(answer("slack-2", "Given yesterday and today. [1]"), then);
      clock.advance(Duration.ofDays(1));
      Instant now = clock.instant();
      database.answers().keep(answer("slack-3", "Given yesterday and today. [1]"), now);

      database.answers().purge(now.minusSeconds(60), 1_000);

      assertEquals(1, database.answers().count());
      assertEquals(List.of("1"), column("SELECT COUNT(*) FROM explained_text"));
      assertEquals(Optional.of(answer("slack-3", "Given yesterday and today. [1]")), database.answers().find("slack-3", then));
      database.answers().keep(answer("slack-4", "Given yesterday only. [1]"), now);
      assertEquals(Optional.of(answer("slack-4", "Given yesterday only. [1]")), database.answers().find("slack-4", then));
    }
  }
}
