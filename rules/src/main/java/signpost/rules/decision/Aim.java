package signpost.rules.decision;

/** The three aims of the general equality duty (Equality Act 2010, section 149(1)). */
public enum Aim {
  ELIMINATE_DISCRIMINATION("eliminate discrimination, harassment and victimisation"),
  ADVANCE_EQUALITY_OF_OPPORTUNITY("advance equality of opportunity"),
  FOSTER_GOOD_RELATIONS("foster good relations between people who share a characteristic and those who do not");

  private final String label;

  Aim(String label) {
    this.label = label;
  }

  /** Returns the aim in the words of the Act, shortened. */
  public String label() {
    return label;
  }
}
