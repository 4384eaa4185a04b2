package signpost.bot.admin;

import java.util.List;

/**
 * Who signed in, as a checked ID token says.
 *
 * @param subject the provider's id of the person ({@code sub})
 * @param name how to greet them: {@code name}, else {@code preferred_username}, else the subject
 * @param values the values of the configured role claim ({@code groups}, {@code roles}, {@code email}, ...)
 */
public record Identity(String subject, String name, List<String> values) {

  public Identity {
    values = List.copyOf(values);
  }
}
