package signpost.knowledge.org;

import java.util.List;
import java.util.Objects;

/**
 * An outside assessment of an organisation's equality work, e.g. a peer challenge.
 *
 * @param name what it was
 * @param when when, as written, or null
 * @param result what it found, or null
 * @param themes the themes it covered, in file order
 * @param sources the ids of the documents this comes from
 */
public record Assessment(String name, String when, String result, List<String> themes, List<String> sources) {

  public Assessment {
    Objects.requireNonNull(name, "name");
    themes = List.copyOf(themes);
    sources = List.copyOf(sources);
  }
}
