package signpost.knowledge.search;

/**
 * A hit an answer quotes, with its snippet.
 *
 * @param hit the hit
 * @param snippet the best sentences of its passage, with the words that matched the question marked
 */
public record Quote(Hit hit, Snippet snippet) {}
