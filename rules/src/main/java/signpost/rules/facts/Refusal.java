package signpost.rules.facts;

/** Decides Signpost has nothing reliable to say, and why. */
public record Refusal(String why) {}
