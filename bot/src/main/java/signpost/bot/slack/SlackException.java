package signpost.bot.slack;

/** Thrown when the Slack channel cannot start or Slack refuses a call; the message says which setting or method. */
public final class SlackException extends RuntimeException {

  public SlackException(String message) {
    super(message);
  }

  public SlackException(String message, Throwable cause) {
    super(message, cause);
  }
}
