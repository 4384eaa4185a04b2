package signpost.rules.screening;

/**
 * A group a screening considers beside the nine protected characteristics, as many councils do; recognised from
 * the phrase list {@code considerations.txt}. An organisation that names the group among its own priority groups
 * has it shown in its own words.
 */
public enum Consideration {
  POVERTY("poverty and low income"),
  RURAL_ISOLATION("rural isolation"),
  CARERS("carers"),
  CARE_EXPERIENCE("care experience"),
  ARMED_FORCES("armed forces community"),
  HOMELESSNESS("homelessness");

  private final String label;

  Consideration(String label) {
    this.label = label;
  }

  /** Returns the group in words, e.g. "rural isolation". */
  public String label() {
    return label;
  }
}
