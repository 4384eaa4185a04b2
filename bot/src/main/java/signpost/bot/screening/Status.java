package signpost.bot.screening;

import java.util.Locale;

/** Where a screening stands. */
public enum Status {
  /** Being filled in: the conversation that started it may still add to it. */
  OPEN,
  /** Everything a record needs has been said. */
  COMPLETE,
  /** Dropped by its owner ("never mind"); kept as it was, but never resumed by a conversation on its own. */
  ABANDONED;

  /** Returns the name used in JSON and in the database, e.g. {@code "open"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException when the text names no status */
  public static Status parse(String text) {
    for (Status status : values()) if (status.wireName().equalsIgnoreCase(text.strip())) return status;
    throw new IllegalArgumentException("status must be open, complete or abandoned: " + text);
  }
}
