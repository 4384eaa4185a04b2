package signpost.rules.facts;

/** Decides the reply points to urgent help (999 in danger). */
public record UrgentHelp() {}
