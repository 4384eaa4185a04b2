package signpost.rules.features;

/** The protected characteristics of the Equality Act 2010, as a question may name them. */
public enum Characteristic {
  AGE("age"), DISABILITY("disability"), GENDER_REASSIGNMENT("gender reassignment"),
  MARRIAGE_AND_CIVIL_PARTNERSHIP("marriage and civil partnership"), PREGNANCY_AND_MATERNITY("pregnancy and maternity"),
  RACE("race"), RELIGION_OR_BELIEF("religion or belief"), SEX("sex"), SEXUAL_ORIENTATION("sexual orientation");

  private final String label;

  Characteristic(String label) {
    this.label = label;
  }

  /** Returns the name the Act gives it, e.g. "religion or belief". */
  public String label() {
    return label;
  }
}
