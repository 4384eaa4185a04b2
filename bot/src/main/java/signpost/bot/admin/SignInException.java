package signpost.bot.admin;

/** A sign-in that cannot be completed: the provider cannot be reached, or what it sent back is refused, saying why. */
public final class SignInException extends RuntimeException {

  public SignInException(String message) {
    super(message);
  }

  public SignInException(String message, Throwable cause) {
    super(message, cause);
  }
}
