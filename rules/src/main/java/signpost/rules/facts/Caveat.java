package signpost.rules.facts;

/** Warns about something the asker must not miss, e.g. that due regard comes before a decision. */
public record Caveat(String text) {}
