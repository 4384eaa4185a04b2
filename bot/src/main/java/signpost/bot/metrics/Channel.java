package signpost.bot.metrics;

import java.util.Locale;

/** Where a question came from: the {@code channel} label of the answer, refusal and rating counts. */
public enum Channel {
  SLACK, TEAMS,
  /** The web chat page (a person with its session cookie). */
  WEB,
  /** {@code POST /api/ask} from another program. */
  API;

  /** Returns the label value, e.g. {@code "slack"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the channel a rating names, e.g. {@code "web"}.
   *
   * @throws IllegalArgumentException when it names none
   */
  public static Channel of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
