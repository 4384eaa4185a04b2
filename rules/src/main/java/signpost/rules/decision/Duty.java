package signpost.rules.decision;

/** A duty Signpost can say applies, with the section of the legal guide that explains it. */
public enum Duty {
  GENERAL_EQUALITY_DUTY("The Public Sector Equality Duty (section 149)",
      "The Public Sector Equality Duty > What the PSED means for your team"),
  SPECIFIC_DUTIES_ENGLAND("The specific duties in England",
      "Specific duties in England > The specific duties regulations in England"),
  SPECIFIC_DUTIES_WALES("The specific duties in Wales",
      "Specific duties in Wales > The specific duties regulations in Wales"),
  SPECIFIC_DUTIES_SCOTLAND("The specific duties in Scotland",
      "Specific duties in Scotland > The specific duties regulations in Scotland"),
  REASONABLE_ADJUSTMENTS("The duty to make reasonable adjustments",
      "Reasonable adjustments at work > What a reasonable adjustment is"),
  SOCIO_ECONOMIC_DUTY("The socio-economic duty",
      "The socio-economic duty > What the socio-economic duty is"),
  CONTRACTED_SERVICES("The duty when others deliver a service",
      "The Public Sector Equality Duty > Contractors and commissioned services");

  private final String label;
  private final String guideSection;

  Duty(String label, String guideSection) {
    this.label = label;
    this.guideSection = guideSection;
  }

  /** Returns the duty's name as an answer shows it. */
  public String label() {
    return label;
  }

  /** Returns the heading path of the legal guide section that explains the duty. */
  public String guideSection() {
    return guideSection;
  }
}
