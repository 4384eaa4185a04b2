package signpost.bot.cli;

/** Thrown when a command is called wrongly; the CLI prints the message and usage and exits 2. */
final class UsageException extends RuntimeException {

  UsageException(String message) {
    super(message);
  }
}
