package signpost.bot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.core.Answer;
import signpost.bot.core.AnswerStore;

/**
 * Keeps the answers "Why?" explains in the database: each answer's id and time, referring to its text (the JSON of its
 * fields but its id), which is kept once however many answers share it (the answer cache's copies differ only in their
 * ids). An answer kept before texts were shared holds its whole JSON itself, and is read as it was. An answer written by a
 * Signpost whose answers had other fields, that no longer reads, counts as not kept: "Why?" says so rather than failing.
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

  /** An answer's text, its JSON after the id, and the digest it is kept under. */
  private record Text(String rest, String digest) {}

  private final Sql sql;
  private final WriteBehind later;
  /**
   * The JSON of recent answers without their id, by the answer without its id: the copies the answer cache hands out
   * differ only in their ids, so an answer given again is written out once, not at every asking (the copies share
   * their parts, so comparing them stops at the first reference). The store's writer uses it, and callers' threads
   * once the writer has stopped: guarded by itself.
   */
  private final Map<Answer, Text> recent = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Answer, Text> eldest) {
      return size() > REMEMBERED;
    }
  };

  DatabaseAnswers(Sql sql, WriteBehind later) {
    this.sql = sql;
    this.later = later;
  }

  /**
   * Keeps the answer behind the reply on the store's writer ("Why?" is pressed seconds later at the earliest): its text
   * unless kept already, then its id referring to it. Another replica's purge may forget the text between the two;
   * then the reference fails, and the writer's one-at-a-time retry writes the text again.
   */
  @Override
  public void keep(Answer answer, Instant time) {
    later.submit("keep answer " + answer.id() + " for \"Why?\"", c -> {
      if (Sql.one(c, "SELECT 1 FROM explained_answer WHERE answer_id = ?", row -> 1, answer.id()).isPresent()) return 0;
      Text text = text(answer);
      Sql.update(c, "INSERT INTO explained_text (digest, answer) SELECT ?, ? WHERE NOT EXISTS"
          + " (SELECT 1 FROM explained_text WHERE digest = ?)", text.digest(), text.rest(), text.digest());
      return Sql.update(c, "INSERT INTO explained_answer (answer_id, given, digest) VALUES (?, ?, ?)", answer.id(), time, text.digest());
    });
  }

  @Override
  public Optional<Answer> find(String answerId, Instant notBefore) {
    later.flush();
    return sql.one("SELECT e.answer, t.answer FROM explained_answer e LEFT JOIN explained_text t ON t.digest = e.digest"
        + " WHERE e.answer_id = ? AND e.given >= ?", row -> row.getString(1) != null ? row.getString(1)
        : row.getString(2) == null ? null : "{\"id\":" + quoted(answerId) + row.getString(2), answerId, notBefore)
        .flatMap(DatabaseAnswers::read);
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

  /** Forgets a step of the answers beyond the bound; after the last, the texts no answer refers to any more. */
  private int beyond(Connection c, int kept) throws SQLException {
    Sql.Step step = Sql.keepNewestInSteps(c, "explained_answer", kept, PURGE_STEP);
    if (step.more()) {
      later.submit("forget answers beyond the newest " + kept, next -> beyond(next, kept));
      return step.deleted();
    }
    return step.deleted() + Sql.update(c, "DELETE FROM explained_text WHERE NOT EXISTS"
        + " (SELECT 1 FROM explained_answer WHERE explained_answer.digest = explained_text.digest)");
  }

  @Override
  public int count() {
    later.flush();
    return sql.one("SELECT COUNT(*) FROM explained_answer", row -> row.getInt(1)).orElse(0);
  }

  /** Returns the answer's text, its JSON after the id, and its digest: as worked out for the last answer the same but for its id. */
  private Text text(Answer answer) {
    Answer withoutId = answer.withId(null);
    Text text;
    synchronized (recent) {
      text = recent.get(withoutId);
    }
    if (text != null) return text;
    String whole;
    try {
      whole = MAPPER.writeValueAsString(withoutId);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write answer " + answer.id() + " as JSON: " + e.getMessage(), e);
    }
    if (!whole.startsWith(NO_ID)) throw new IllegalStateException("answer " + answer.id() + " is not written with its id first");
    String rest = whole.substring(NO_ID.length());
    text = new Text(rest, sha256(rest));
    synchronized (recent) {
      recent.put(withoutId, text);
    }
    return text;
  }

  /** Returns the SHA-256 of the text in hexadecimal: worked out once for each answer the writer remembers. */
  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String quoted(String id) {
    try {
      return MAPPER.writeValueAsString(id);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write answer id " + id + " as JSON: " + e.getMessage(), e);
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
