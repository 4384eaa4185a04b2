package signpost.bot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.core.Answer;
import signpost.bot.core.AnswerStore;

/**
 * Keeps the answers "Why?" explains in the database, each as JSON of its fields. An answer written by a Signpost
 * whose answers had other fields, that no longer reads, counts as not kept: "Why?" says so rather than failing.
 */
final class DatabaseAnswers implements AnswerStore {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseAnswers.class);
  private static final ObjectMapper MAPPER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Sql sql;
  private final WriteBehind later;

  DatabaseAnswers(Sql sql, WriteBehind later) {
    this.sql = sql;
    this.later = later;
  }

  /** Keeps the answer behind the reply, written as JSON on the store's writer: "Why?" is pressed seconds later at the earliest. */
  @Override
  public void keep(Answer answer, Instant time) {
    later.submit("keep answer " + answer.id() + " for \"Why?\"", c -> {
      if (Sql.one(c, "SELECT 1 FROM explained_answer WHERE answer_id = ?", row -> 1, answer.id()).isPresent()) return 0;
      return Sql.update(c, "INSERT INTO explained_answer (answer_id, given, answer) VALUES (?, ?, ?)", answer.id(), time, json(answer));
    });
  }

  @Override
  public Optional<Answer> find(String answerId, Instant notBefore) {
    later.flush();
    return sql.one("SELECT answer FROM explained_answer WHERE answer_id = ? AND given >= ?", row -> row.getString(1),
        answerId, notBefore).flatMap(DatabaseAnswers::read);
  }

  /** Forgets old answers on the store's writer, after the answers waiting to be kept. */
  @Override
  public void purge(Instant before, int kept) {
    later.submit("forget answers older than " + before, c -> {
      int old = Sql.update(c, "DELETE FROM explained_answer WHERE given < ?", before);
      return old + Sql.keepNewest(c, "explained_answer", kept);
    });
  }

  @Override
  public int count() {
    later.flush();
    return sql.one("SELECT COUNT(*) FROM explained_answer", row -> row.getInt(1)).orElse(0);
  }

  private static String json(Answer answer) {
    try {
      return MAPPER.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write answer " + answer.id() + " as JSON: " + e.getMessage(), e);
    }
  }

  private static Optional<Answer> read(String json) {
    try {
      return Optional.of(MAPPER.readValue(json, Answer.class));
    } catch (JsonProcessingException e) {
      LOG.warn("A kept answer could not be read back, so it is not explained: {}", e.getOriginalMessage());
      return Optional.empty();
    }
  }
}
