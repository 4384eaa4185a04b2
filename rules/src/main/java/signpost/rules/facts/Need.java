package signpost.rules.facts;

import signpost.knowledge.org.Service;

/**
 * Decides the asker needs contacts that serve something.
 *
 * @param service what they need
 * @param rank lower ranks are listed first
 */
public record Need(Service service, int rank) {}
