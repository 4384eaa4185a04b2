package signpost.rules;

/** Thrown when rules or their phrase lists cannot be loaded; the message names the file and line. */
public final class RulesException extends RuntimeException {

  public RulesException(String message) {
    super(message);
  }

  public RulesException(String message, Throwable cause) {
    super(message, cause);
  }
}
