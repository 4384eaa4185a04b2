package signpost.rules.facts;

import signpost.rules.features.Topic;

/** Says the question is about a topic. */
public record About(Topic topic) {}
