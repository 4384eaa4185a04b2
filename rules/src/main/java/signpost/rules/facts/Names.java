package signpost.rules.facts;

import signpost.rules.features.Characteristic;

/** Says the question names a protected characteristic. */
public record Names(Characteristic characteristic) {}
