package signpost.knowledge.org;

import java.util.Objects;

/**
 * An action a plan means to complete by a date.
 *
 * @param due the date as written, e.g. {@code 2024-03}
 * @param text the action
 */
public record DatedAction(String due, String text) {

  public DatedAction {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(text, "text");
  }
}
