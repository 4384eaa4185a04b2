package signpost.rules.facts;

/** Decides the asker is reporting harm and gets a caring reply with people who can help. */
public record SupportOffered() {}
