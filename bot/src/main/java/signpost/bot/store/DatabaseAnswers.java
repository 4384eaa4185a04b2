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

  DatabaseAnswers(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void keep(Answer answer, Instant time) {
    String json;
    try {
      json = MAPPER.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write answer " + answer.id() + " as JSON: " + e.getMessage(), e);
    }
    sql.insertIfAbsent("INSERT INTO explained_answer (answer_id, given, answer) VALUES (?, ?, ?)", answer.id(), time, json);
  }

  @Override
  public Optional<Answer> find(String answerId, Instant notBefore) {
    return sql.one("SELECT answer FROM explained_answer WHERE answer_id = ? AND given >= ?", row -> row.getString(1),
        answerId, notBefore).flatMap(DatabaseAnswers::read);
  }

  @Override
  public int purge(Instant before, int kept) {
    int old = sql.update("DELETE FROM explained_answer WHERE given < ?", before);
    return old + sql.update("DELETE FROM explained_answer WHERE seq <= (SELECT seq FROM explained_answer ORDER BY seq DESC "
        + "OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY)", kept);
  }

  @Override
  public int count() {
    return sql.one("SELECT COUNT(*) FROM explained_answer", row -> row.getInt(1)).orElse(0);
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
