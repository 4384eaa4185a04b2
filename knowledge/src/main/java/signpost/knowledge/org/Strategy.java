package signpost.knowledge.org;

import java.util.List;
import java.util.Objects;

/**
 * An organisation's EDI strategy as a whole.
 *
 * @param title its title
 * @param approved when it was approved, as written, or null
 * @param vision its vision statement, or null
 * @param reporting how progress is reported, or null
 * @param principles the principles it rests on, in file order
 * @param sources the ids of the documents this comes from
 */
public record Strategy(String title, String approved, String vision, String reporting,
                       List<String> principles, List<String> sources) {

  public Strategy {
    Objects.requireNonNull(title, "title");
    principles = List.copyOf(principles);
    sources = List.copyOf(sources);
  }
}
