package signpost.rules.facts;

/**
 * Decides what the asker should do next.
 *
 * @param text the step
 * @param order lower orders come first
 */
public record NextStep(String text, int order) {}
