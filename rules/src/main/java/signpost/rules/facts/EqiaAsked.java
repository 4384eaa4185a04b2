package signpost.rules.facts;

/** Decides the question asks whether an Equality Impact Assessment is needed. */
public record EqiaAsked() {}
