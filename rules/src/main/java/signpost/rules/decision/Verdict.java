package signpost.rules.decision;

import java.util.Locale;

/** Whether an Equality Impact Assessment is needed, weakest first. */
public enum Verdict {
  NOT_REQUIRED("not required"), SCREENING("screening"), REQUIRED("required");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** Returns the name used in JSON, e.g. {@code "not_required"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the verdict in words, e.g. "not required". */
  public String label() {
    return label;
  }

  /**
   * Returns the verdict spelled as in the JSON contract or the trigger table, in any case.
   *
   * @throws IllegalArgumentException when the text names no verdict
   */
  public static Verdict parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (Verdict verdict : values()) if (verdict.wireName().equals(wanted)) return verdict;
    throw new IllegalArgumentException("verdict must be required, screening or not_required: " + text);
  }
}
