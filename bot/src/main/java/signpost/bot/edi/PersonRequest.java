package signpost.bot.edi;

import signpost.rules.features.PersonRequests;

/**
 * Tells a message that asks for a person ("ask a person", "can I speak to a human?") from a question by the built-in
 * wordings ({@link PersonRequests#builtIn()}), where no rules folder is in play. A server reads them through
 * {@code Assistant.personRequests()}, which a rules folder's {@value PersonRequests#FILE} changes.
 */
public final class PersonRequest {

  private PersonRequest() {}

  /** Returns true when the whole message asks to reach a person rather than asking a question. */
  public static boolean asks(String message) {
    return PersonRequests.builtIn().asks(message);
  }
}
