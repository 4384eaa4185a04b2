package signpost.rules.facts;

/**
 * Says the search found a passage reliable enough to quote.
 *
 * @param documentId the id of its document
 * @param builtIn true for Signpost's own legal guide and glossary, false for the organisation's words
 */
public record PassageQuoted(String documentId, boolean builtIn) {}
