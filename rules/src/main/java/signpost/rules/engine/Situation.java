package signpost.rules.engine;

import java.util.List;
import java.util.Objects;
import signpost.knowledge.Passage;
import signpost.knowledge.org.Organisation;
import signpost.rules.facts.OwnExample;
import signpost.rules.features.QuestionFeatures;
import signpost.rules.screening.ScreeningContext;

/**
 * Everything the rule base reasons over for one question.
 *
 * @param question the question as asked
 * @param features what was recognised in it
 * @param organisation the asker's organisation, or null when unknown
 * @param quoted the passages the search found reliable enough to quote, best first
 * @param unknownBody a public body the question names that nothing is known of, or null
 * @param screening the open screening the message belongs to, or null when it stands alone
 * @param ownExample the asker's organisation's own example of a proposal like the one asked about, or null
 */
public record Situation(String question, QuestionFeatures features, Organisation organisation, List<Passage> quoted,
                        String unknownBody, ScreeningContext screening, OwnExample ownExample) {

  public Situation {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(features, "features");
    quoted = List.copyOf(quoted);
  }

  /** Returns a situation with no example of the organisation's own. */
  public Situation(String question, QuestionFeatures features, Organisation organisation, List<Passage> quoted,
                   String unknownBody, ScreeningContext screening) {
    this(question, features, organisation, quoted, unknownBody, screening, null);
  }

  /** Returns a situation whose question names no body that nothing is known of, outside any screening. */
  public Situation(String question, QuestionFeatures features, Organisation organisation, List<Passage> quoted) {
    this(question, features, organisation, quoted, null, null);
  }

  /** Returns a situation outside any screening. */
  public Situation(String question, QuestionFeatures features, Organisation organisation, List<Passage> quoted,
                   String unknownBody) {
    this(question, features, organisation, quoted, unknownBody, null);
  }

  /** Returns this situation as a message of the screening given. */
  public Situation within(ScreeningContext context) {
    return new Situation(question, features, organisation, quoted, unknownBody, context, ownExample);
  }

  /** Returns this situation with the organisation's own example of a proposal like the one asked about, or none. */
  public Situation withOwnExample(OwnExample example) {
    return new Situation(question, features, organisation, quoted, unknownBody, screening, example);
  }
}
