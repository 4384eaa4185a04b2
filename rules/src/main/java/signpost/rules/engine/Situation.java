package signpost.rules.engine;

import java.util.List;
import java.util.Objects;
import signpost.knowledge.Passage;
import signpost.knowledge.org.Organisation;
import signpost.rules.features.QuestionFeatures;

/**
 * Everything the rule base reasons over for one question.
 *
 * @param question the question as asked
 * @param features what was recognised in it
 * @param organisation the asker's organisation, or null when unknown
 * @param quoted the passages the search found reliable enough to quote, best first
 * @param unknownBody a public body the question names that nothing is known of, or null
 */
public record Situation(String question, QuestionFeatures features, Organisation organisation, List<Passage> quoted,
                        String unknownBody) {

  public Situation {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(features, "features");
    quoted = List.copyOf(quoted);
  }

  /** Returns a situation whose question names no body that nothing is known of. */
  public Situation(String question, QuestionFeatures features, Organisation organisation, List<Passage> quoted) {
    this(question, features, organisation, quoted, null);
  }
}
