package signpost.bot.server;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import signpost.bot.config.StoreSettings;
import signpost.bot.core.ExplainedAnswers;
import signpost.bot.core.FeedbackLog;
import signpost.bot.metrics.Meters;
import signpost.bot.store.Database;

/**
 * The assistant's database, opened on first use (a one-off command that keeps nothing never pays for it) or, for a
 * server, on another thread while the rest loads, and shared by every view of the assistant; closed once, with the
 * assistant.
 */
final class OnFirstUse implements AutoCloseable {

  private final StoreSettings settings;
  private final CompletableFuture<Meters> meters;
  private final Clock clock;
  // Read without the lock once made: every answer of every channel reaches the database through here.
  private volatile Database database;
  private CompletableFuture<Database> opening;
  private volatile FeedbackLog feedback;
  private volatile ExplainedAnswers explained;
  private volatile boolean closed;

  /** @param meters what the connection pool reports to and ratings are counted in */
  OnFirstUse(StoreSettings settings, Meters meters) {
    this(settings, CompletableFuture.completedFuture(meters), Clock.systemUTC());
  }

  /**
   * @param meters what the connection pool reports to and ratings are counted in, once they are made
   * @param clock the server's clock, for what the database keeps only for a while
   */
  OnFirstUse(StoreSettings settings, CompletableFuture<Meters> meters, Clock clock) {
    this.settings = settings;
    this.meters = meters;
    this.clock = clock;
  }

  /** Starts opening the database on another thread; the first use waits for it, and fails as it failed. */
  synchronized void openSoon() {
    // A thread of its own: on two cores the common pool has one, already compiling the rules.
    if (opening == null && database == null) {
      opening = CompletableFuture.supplyAsync(this::open, task -> new Thread(task, "signpost-database-open").start());
    }
  }

  Database database() {
    Database open = database;
    if (open != null && !closed) return open;
    return databaseLocked();
  }

  private synchronized Database databaseLocked() {
    if (closed) throw new IllegalStateException("the assistant is closed; its database with it");
    if (database == null && opening != null) {
      try {
        database = opening.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      } finally {
        opening = null;
      }
    }
    if (database == null) database = open();
    return database;
  }

  FeedbackLog feedback() {
    FeedbackLog made = feedback;
    return made != null ? made : feedbackLocked();
  }

  private synchronized FeedbackLog feedbackLocked() {
    if (feedback == null) feedback = new FeedbackLog(database().feedback(), database().answerIds(), clock, meters.join()::rated);
    return feedback;
  }

  ExplainedAnswers explained() {
    ExplainedAnswers made = explained;
    return made != null ? made : explainedLocked();
  }

  private synchronized ExplainedAnswers explainedLocked() {
    if (explained == null) explained = new ExplainedAnswers(database().answers(), database().answerIds(), clock);
    return explained;
  }

  private Database open() {
    return Database.open(settings, clock, meters.join().registry());
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (database != null) database.close();
    else if (opening != null) opening.thenAccept(Database::close);
  }
}
