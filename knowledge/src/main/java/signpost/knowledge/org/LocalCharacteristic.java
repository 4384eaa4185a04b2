package signpost.knowledge.org;

import java.util.List;
import java.util.Objects;

/**
 * A characteristic an organisation protects for its own purposes, beyond the nine in the
 * Equality Act 2010, e.g. care experience.
 *
 * @param id its id, e.g. {@code care-experience}
 * @param name its name in running text
 * @param summary what was decided, or null
 * @param adopted when, as written, or null
 * @param sources the ids of the documents this comes from
 */
public record LocalCharacteristic(String id, String name, String summary, String adopted, List<String> sources) {

  public LocalCharacteristic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    sources = List.copyOf(sources);
  }
}
