package signpost.bot.server;

/**
 * An admin page form refused: one the admin must correct, one for an organisation they do not hold, or one that could
 * not be carried out just now. The message says which, for the page; the status is the response's.
 */
final class AdminRefusal extends Exception {

  final int status;

  AdminRefusal(int status, String message) {
    super(message);
    this.status = status;
  }
}
