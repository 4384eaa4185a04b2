package signpost.bot.server;

/** Thrown when the server cannot start or stop, e.g. because its port is taken; the message says what to do. */
public final class ServerException extends RuntimeException {

  public ServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
