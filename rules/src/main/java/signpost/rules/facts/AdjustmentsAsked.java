package signpost.rules.facts;

/**
 * Decides the asker tells of a condition or disability of their own and asks, or would ask, what they can have at work:
 * reasonable adjustments, how their organisation agrees and records them, and who to talk to.
 */
public record AdjustmentsAsked() {}
