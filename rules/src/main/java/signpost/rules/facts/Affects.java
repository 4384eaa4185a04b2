package signpost.rules.facts;

import signpost.rules.features.Affected;

/** Says who the work the question describes affects. */
public record Affects(Affected who) {}
