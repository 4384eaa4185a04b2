package signpost.knowledge.org;

import java.util.List;
import java.util.Objects;

/**
 * A theme of a strategy, grouping objectives, e.g. {@code A: Our workforce}.
 *
 * @param id the id objectives refer to it by
 * @param name its name
 * @param aim what it aims at, or null
 * @param measures how success is measured, in file order
 */
public record Theme(String id, String name, String aim, List<String> measures) {

  public Theme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    measures = List.copyOf(measures);
  }
}
