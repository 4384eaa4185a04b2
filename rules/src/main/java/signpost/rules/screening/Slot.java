package signpost.rules.screening;

import java.util.Locale;

/** A part of a screening record that a manager fills in by answering, in the order a screening usually asks. */
public enum Slot {
  /** What is changing. */ ACTIVITY,
  /** Who uses or is affected by it, and roughly how many. */ AFFECTED,
  /** Which groups: protected characteristics and local priority groups. */ GROUPS,
  /** Data, complaints, surveys, research. */ EVIDENCE,
  /** Who has been asked: people affected, families, staff, unions, networks. */ ENGAGEMENT,
  /** What would reduce a negative impact. */ MITIGATION,
  /** Who decides, and when. */ DECISION,
  /** When it will be reviewed. */ REVIEW;

  /** Returns the name used in the question table and JSON, e.g. {@code "activity"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the slot the text names, in any case.
   *
   * @throws IllegalArgumentException when the text names no slot, listing them
   */
  public static Slot parse(String text) {
    String wanted = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (Slot slot : values()) if (slot.name().equals(wanted)) return slot;
    throw new IllegalArgumentException("unknown ask " + text + "; expected one of "
        + java.util.Arrays.stream(values()).map(Slot::wireName).toList());
  }
}
