package signpost.bot.store;

/**
 * Thrown when the database cannot be opened, migrated, read or written; the message names the database or the
 * statement and says why.
 */
public final class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
