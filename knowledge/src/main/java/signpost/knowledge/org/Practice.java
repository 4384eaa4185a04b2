package signpost.knowledge.org;

import java.util.List;
import java.util.Objects;

/**
 * One statement of how an organisation does something, e.g. when it carries out an EqIA.
 *
 * @param text the statement
 * @param sources the ids of the documents this comes from
 */
public record Practice(String text, List<String> sources) {

  public Practice {
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
  }
}
