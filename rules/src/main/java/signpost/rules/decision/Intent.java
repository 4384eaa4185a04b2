package signpost.rules.decision;

import java.util.Locale;

/** What kind of answer a question wants; the {@code intent} of the answer contract. */
public enum Intent {
  DUTY, EQIA, OBJECTIVE, CONTACT, DEFINITION, FACT, SUPPORT, UNKNOWN;

  /** Returns the name used in JSON, e.g. {@code "eqia"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
