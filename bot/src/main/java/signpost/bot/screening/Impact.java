package signpost.bot.screening;

import java.util.Locale;

/** The likely impact of a proposal on people who share a characteristic, as the manager described it. */
public enum Impact {
  POSITIVE("positive"), NEGATIVE("negative"), NEUTRAL("neutral"), NOT_KNOWN("not known");

  private final String label;

  Impact(String label) {
    this.label = label;
  }

  /** Returns the impact in words, e.g. "not known". */
  public String label() {
    return label;
  }

  /** Returns the name used in JSON and in the database, e.g. {@code "not_known"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException when the text names no impact */
  public static Impact parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    for (Impact impact : values()) if (impact.wireName().equals(wanted)) return impact;
    throw new IllegalArgumentException("impact must be positive, negative, neutral or not_known: " + text);
  }
}
