package signpost.rules.facts;

/** Names something the question did not say that would settle the decision. */
public record OpenQuestion(String text) {}
