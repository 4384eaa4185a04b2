package signpost.bot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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

  /** How an answer's JSON starts when written without its id. */
  private static final String NO_ID = "{\"id\":null";
  /** How many answers beyond the bound one step of a purge forgets. */
  static final int PURGE_STEP = 2_000;
  /** How many answers' JSON the writer remembers: the answers given most often are the cached ones, a few hundred. */
  private static final int REMEMBERED = 512;

  private final Sql sql;
  private final WriteBehind later;
  /**
   * The JSON of recent answers without their id, by the answer without its id: the copies the answer cache hands out
   * differ only in their ids, so an answer given again is written out once, not at every asking (the copies share
   * their parts, so comparing them stops at the first reference). The store's writer uses it, and callers' threads
   * once the writer has stopped: guarded by itself.
   */
  private final Map<Answer, String> recent = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Answer, String> eldest) {
      return size() > REMEMBERED;
    }
  };

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

  /**
   * Forgets old answers on the store's writer, after the answers waiting to be kept: those beyond the bound
   * {@link #PURGE_STEP} at a time, each step queued behind the writes that came meanwhile, so that answers given
   * while a busy minute's answers are forgotten never wait for the writer.
   */
  @Override
  public void purge(Instant before, int kept) {
    later.submit("forget answers older than " + before, c -> {
      int old = Sql.update(c, "DELETE FROM explained_answer WHERE given < ?", before);
      return old + beyond(c, kept);
    });
  }

  private int beyond(Connection c, int kept) throws SQLException {
    Sql.Step step = Sql.keepNewestInSteps(c, "explained_answer", kept, PURGE_STEP);
    if (step.more()) later.submit("forget answers beyond the newest " + kept, next -> beyond(next, kept));
    return step.deleted();
  }

  @Override
  public int count() {
    later.flush();
    return sql.one("SELECT COUNT(*) FROM explained_answer", row -> row.getInt(1)).orElse(0);
  }

  /** Returns the answer as JSON: its id, then the rest as written for the last answer the same but for its id. */
  private String json(Answer answer) {
    try {
      Answer withoutId = answer.withId(null);
      String rest;
      synchronized (recent) {
        rest = recent.get(withoutId);
      }
      if (rest == null) {
        String whole = MAPPER.writeValueAsString(withoutId);
        if (!whole.startsWith(NO_ID)) return MAPPER.writeValueAsString(answer);
        rest = whole.substring(NO_ID.length());
        synchronized (recent) {
          recent.put(withoutId, rest);
        }
      }
      return "{\"id\":" + MAPPER.writeValueAsString(answer.id()) + rest;
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
