package signpost.bot.teamsapp;

/** Thrown when the Teams app template cannot be packaged; the message names the file and the field or value at fault. */
public final class TeamsAppException extends RuntimeException {

  public TeamsAppException(String message) {
    super(message);
  }

  public TeamsAppException(String message, Throwable cause) {
    super(message, cause);
  }
}
