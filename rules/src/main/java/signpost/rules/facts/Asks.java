package signpost.rules.facts;

import signpost.rules.features.Ask;

/** Says what form of answer the question asks for, e.g. whether something is needed. */
public record Asks(Ask ask) {}
