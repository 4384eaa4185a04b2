package signpost.bot.server;

import java.time.Clock;
import signpost.bot.config.StoreSettings;
import java.time.Clock;
import signpost.bot.core.ExplainedAnswers;
import signpost.bot.core.FeedbackLog;
import signpost.bot.metrics.Meters;
import signpost.bot.store.Database;

/**
 * The assistant's database, opened on first use (a one-off command that keeps nothing never pays for it) and shared
 * by every view of the assistant; closed once, with the assistant.
 */
final class OnFirstUse implements AutoCloseable {

  private final StoreSettings settings;
  private final Meters meters;
  private Database database;
  private FeedbackLog feedback;
  private ExplainedAnswers explained;
  private boolean closed;

  /** @param meters what the connection pool reports to and ratings are counted in */
  OnFirstUse(StoreSettings settings, Meters meters) {
    this.settings = settings;
    this.meters = meters;
  }

  synchronized Database database() {
    if (closed) throw new IllegalStateException("the assistant is closed; its database with it");
    if (database == null) database = Database.open(settings, Clock.systemUTC(), meters.registry());
    return database;
  }

  synchronized FeedbackLog feedback() {
    if (feedback == null) feedback = new FeedbackLog(database().feedback(), meters::rated);
    return feedback;
  }

  synchronized ExplainedAnswers explained() {
    if (explained == null) explained = new ExplainedAnswers(database().answers(), Clock.systemUTC());
    return explained;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (database != null) database.close();
  }
}
