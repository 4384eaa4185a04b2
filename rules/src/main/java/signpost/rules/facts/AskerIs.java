package signpost.rules.facts;

import signpost.rules.features.Role;

/** Says the asker stated their role. */
public record AskerIs(Role role) {}
