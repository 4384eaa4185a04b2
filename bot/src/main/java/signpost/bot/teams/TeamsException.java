package signpost.bot.teams;

/** Thrown when the Teams channel cannot start or the Bot Framework refuses a call; the message says which setting. */
public final class TeamsException extends RuntimeException {

  public TeamsException(String message) {
    super(message);
  }

  public TeamsException(String message, Throwable cause) {
    super(message, cause);
  }
}
