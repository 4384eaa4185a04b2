package signpost.rules.facts;

import signpost.rules.features.Activity;

/** Says the question describes a kind of work or decision. */
public record Describes(Activity activity) {}
