package signpost.rules.facts;

/** States that the question is a message of an open screening: it is about whether an EqIA is needed. */
public record ScreeningUnderWay() {}
