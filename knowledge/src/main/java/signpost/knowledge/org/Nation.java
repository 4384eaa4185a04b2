package signpost.knowledge.org;

import java.util.Locale;

/** Names the nation whose equality law applies to an organisation. */
public enum Nation {
  ENGLAND, WALES, SCOTLAND;

  /**
   * Returns the nation spelled in any case, e.g. {@code England}.
   *
   * @throws IllegalArgumentException when the text names none of the three nations
   */
  public static Nation parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("nation must be England, Wales or Scotland: " + text, e);
    }
  }
}
