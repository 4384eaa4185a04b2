package signpost.rules.facts;

/**
 * Decides a quoted passage is introduced by its document's title and date, e.g. when the question asks
 * when something happened and the meeting's date is in the title rather than the passage.
 *
 * @param documentId the id of the passage's document
 */
public record SourceIntroduced(String documentId) {}
