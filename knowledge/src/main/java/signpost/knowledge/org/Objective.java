package signpost.knowledge.org;

import java.util.List;
import java.util.Objects;

/**
 * An equality objective.
 *
 * @param id its id as written, e.g. {@code 6}
 * @param themeId the id of its {@link Theme}, or null
 * @param text the objective
 * @param status e.g. {@code draft}, or null for an adopted objective
 * @param sources the ids of the documents this comes from
 */
public record Objective(String id, String themeId, String text, String status, List<String> sources) {

  public Objective {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
  }
}
