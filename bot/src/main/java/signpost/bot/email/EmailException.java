package signpost.bot.email;

/** An e-mail could not be sent: the server could not be reached, refused it, or Signpost was too busy to try. */
final class EmailException extends RuntimeException {

  EmailException(String message, Throwable cause) {
    super(message, cause);
  }
}
