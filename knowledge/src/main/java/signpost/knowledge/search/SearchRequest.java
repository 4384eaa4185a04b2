package signpost.knowledge.search;

/**
 * What to search for.
 *
 * @param question the question as asked
 * @param organisation the id of the asker's organisation, or null when unknown
 * @param limit how many passages to return at most, 1 or more
 */
public record SearchRequest(String question, String organisation, int limit) {

  public SearchRequest {
    if (question == null || question.isBlank()) throw new IllegalArgumentException("question must not be blank");
    if (limit < 1) throw new IllegalArgumentException("limit must be 1 or more: " + limit);
  }
}
