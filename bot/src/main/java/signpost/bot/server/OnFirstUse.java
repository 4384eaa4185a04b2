package signpost.bot.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import signpost.bot.config.StoreSettings;
import signpost.bot.core.FeedbackLog;
import signpost.bot.store.Database;

/**
 * The assistant's database, opened on first use (a one-off command that keeps nothing never pays for it) or, for a
 * server, on another thread while the rest loads, and shared by every view of the assistant; closed once, with the
 * assistant.
 */
final class OnFirstUse implements AutoCloseable {

  private final StoreSettings settings;
  private Database database;
  private CompletableFuture<Database> opening;
  private FeedbackLog feedback;
  private boolean closed;

  OnFirstUse(StoreSettings settings) {
    this.settings = settings;
  }

  /** Starts opening the database on another thread; the first use waits for it, and fails as it failed. */
  synchronized void openSoon() {
    // A thread of its own: on two cores the common pool has one, already compiling the rules.
    if (opening == null && database == null) {
      opening = CompletableFuture.supplyAsync(() -> Database.open(settings), task -> new Thread(task, "signpost-database-open").start());
    }
  }

  synchronized Database database() {
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
    if (database == null) database = Database.open(settings);
    return database;
  }

  synchronized FeedbackLog feedback() {
    if (feedback == null) feedback = new FeedbackLog(database().feedback());
    return feedback;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (database != null) database.close();
    else if (opening != null) opening.thenAccept(Database::close);
  }
}
