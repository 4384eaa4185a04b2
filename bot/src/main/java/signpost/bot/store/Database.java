package signpost.bot.store;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import signpost.bot.config.StoreSettings;
import signpost.bot.core.AnswerStore;
import signpost.bot.core.FeedbackStore;
import signpost.bot.core.SignedAnswerIds;
import signpost.bot.edi.QuestionStore;
import signpost.bot.edi.CuratedStore;
import signpost.bot.edi.HandoffStore;
import signpost.bot.edi.PendingEmails;

/**
 * The database everything that must outlive a restart or be shared by replicas is kept in: an H2 file in the data
 * folder by default, PostgreSQL in production. Opening it connects a bounded pool (every wait has a timeout) and
 * brings the schema up to date with the Flyway migrations in {@code db/migration}; the stores share the pool.
 */
public final class Database implements AutoCloseable {

  /** Drops a connection whose query stalls this long, so a lost database never hangs a request for ever. */
  static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);

  private final StoreSettings settings;
  private final HikariDataSource pool;
  private final ScreeningStore screenings;
  private final ConversationStore conversations;
  private final DatabaseFeedback feedback;
  private final DatabaseAnswers answers;
  private final SeenOnce seenOnce;
  private final Pseudonyms pseudonyms;
  private final SignedAnswerIds answerIds;
  private final AdminSessionStore adminSessions;
  private final DatabaseQuestions questions;
  private final DatabaseCurated curated;
  private final Sql sql;
  private final PersonalData personalData;
  private final DatabaseHandoffs handoffs;
  private final WriteBehind later;

  private Database(StoreSettings settings, HikariDataSource pool, Clock clock) {
    this.settings = settings;
    this.pool = pool;
    this.sql = new Sql(pool);
    this.later = new WriteBehind(sql);
    this.pseudonyms = Pseudonyms.load(sql, settings.pseudonymKey());
    this.answerIds = new SignedAnswerIds(pseudonyms.derive("answer ids"));
    this.screenings = new ScreeningStore(sql);
    this.conversations = new ConversationStore(sql);
    this.feedback = new DatabaseFeedback(sql, pseudonyms, later);
    this.answers = new DatabaseAnswers(sql, later);
    this.seenOnce = new SeenOnce(sql, clock);
    this.adminSessions = new AdminSessionStore(sql);
    this.questions = new DatabaseQuestions(sql, pseudonyms, later);
    this.curated = new DatabaseCurated(sql);
    this.personalData = new PersonalData(sql, pseudonyms, later);
    this.handoffs = new DatabaseHandoffs(sql);
  }

  /**
   * Opens the database the settings name and migrates it.
   *
   * @throws StoreException saying which database could not be reached or migrated, and why
   */
  public static Database open(StoreSettings settings) {
    return open(settings, Clock.systemUTC());
  }

  /** Opens the database with a clock for what it keeps only for a while (see {@link SeenOnce}). */
  public static Database open(StoreSettings settings, Clock clock) {
    return open(settings, clock, null);
  }

  /**
   * Opens the database, its connection pool reporting to {@code meters} (connections in use, idle and waited for, and
   * how long each wait took), or to nothing when null.
   */
  public static Database open(StoreSettings settings, Clock clock, MeterRegistry meters) {
    HikariDataSource pool = Connections.pool(settings, meters);
    try {
      // db/h2 holds what only H2 needs (versions between the shared ones, e.g. 6.1).
      List<String> folders = Connections.isH2(settings) ? List.of("db/migration", "db/h2") : List.of("db/migration");
      Migrations migrations = new Migrations(folders);
      if (!migrations.upToDate(pool)) {
        Flyway.configure().dataSource(pool).locations(folders.stream().map(f -> "classpath:" + f).toArray(String[]::new))
            .resourceProvider(migrations).javaMigrationClassProvider(Migrations.noJavaMigrations()).load().migrate();
      }
      return new Database(settings, pool, clock);
    } catch (FlywayException e) {
      pool.close();
      throw new StoreException("cannot bring the database schema up to date at " + Connections.describe(settings) + ": "
          + e.getMessage(), e);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** Returns where the data is, e.g. "H2 in /home/x/.local/share/signpost" or "PostgreSQL at jdbc:postgresql://db/signpost". */
  public String describe() {
    return Connections.describe(settings);
  }

  public ScreeningStore screenings() {
    return screenings;
  }

  public ConversationStore conversations() {
    return conversations;
  }

  /** Returns where ratings and the ids of answers that may be rated are kept. */
  public FeedbackStore feedback() {
    return feedback;
  }

  /** Returns where the answers "Why?" explains are kept. */
  public AnswerStore answers() {
    return answers;
  }

  /** Returns where the log of unanswered questions and the citation counts are kept. */
  public QuestionStore questions() {
    return questions;
  }

  /** Returns what finds and deletes what is kept about one person ("my data"). */
  public PersonalData personalData() {
    return personalData;
  }

  public SeenOnce seenOnce() {
    return seenOnce;
  }

  /** Returns where the EDI team's sign-ins to {@code /admin} are kept. */
  public AdminSessionStore adminSessions() {
    return adminSessions;
  }

  public Pseudonyms pseudonyms() {
    return pseudonyms;
  }

  /** Returns the signer of answer ids, under a key derived from the pseudonym key: the same on every replica. */
  public SignedAnswerIds answerIds() {
    return answerIds;
  }

  /** Returns where the EDI Contacts' curated answers are kept. */
  public CuratedStore curated() {
    return curated;
  }

  /** Returns the statements every store runs on this database's pool. */
  Sql sql() {
    return sql;
  }

  /** Returns where the questions passed on to the EDI Contacts are kept. */
  public HandoffStore handoffs() {
    return handoffs;
  }

  /** Returns the e-mails of hand-offs passed on by e-mail, kept in the hand-offs' rows until sent (an outbox). */
  public PendingEmails pendingEmails() {
    return handoffs;
  }

  /** Returns once what the answers given so far wrote behind them (see {@link WriteBehind}) is committed. */
  public void flush() {
    later.flush();
  }

  /** Writes what answers left to write, then closes every connection; the embedded database is then closed and its file complete. */
  @Override
  public void close() {
    later.close();
    pool.close();
  }
}
