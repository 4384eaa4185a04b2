package signpost.knowledge.org;

import java.util.List;
import java.util.Objects;

/**
 * A group of people an organisation considers beside the protected characteristics, e.g.
 * {@code rural isolation}.
 *
 * @param name the group as written
 * @param sources the ids of the documents this comes from
 */
public record Group(String name, List<String> sources) {

  public Group {
    Objects.requireNonNull(name, "name");
    sources = List.copyOf(sources);
  }
}
