package signpost.bot.metrics;

import java.util.Locale;

/** Why a question got no answer: the {@code reason} label of {@code signpost_refusals_total}. */
public enum Refusal {
  /** Nothing reliable was found: the reply points to the EDI contacts instead. */
  NO_ANSWER,
  /** Signpost was too busy to take the question and said so. */
  BUSY;

  /** Returns the label value, e.g. {@code "no_answer"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
