package signpost.rules.engine;

import java.util.List;
import java.util.Objects;
import signpost.knowledge.Passage;
import signpost.knowledge.org.Organisation;
import signpost.rules.facts.InOrganisation;
import signpost.rules.facts.LocalDutyAdopted;
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
 * @param documentedDuties duties beyond the law the organisation's own documents say it has taken on ("The council
 *     adopted the socio-economic duty ... voluntarily in 2023"), where no organisation file may say so
 * @param documentedAs the organisation as its documents tell of it, where it has no organisation file: its id, name and
 *     the nation whose law its documents say it is under; null where it has a file, or none is known
 */
public record Situation(String question, QuestionFeatures features, Organisation organisation, List<Passage> quoted,
                        String unknownBody, ScreeningContext screening, OwnExample ownExample,
                        List<LocalDutyAdopted> documentedDuties, InOrganisation documentedAs) {

  public Situation {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(features, "features");
    quoted = List.copyOf(quoted);
    documentedDuties = documentedDuties == null ? List.of() : List.copyOf(documentedDuties);
  }

  /** Returns a situation with no organisation its documents alone tell of. */
  public Situation(String question, QuestionFeatures features, Organisation organisation, List<Passage> quoted,
                   String unknownBody, ScreeningContext screening, OwnExample ownExample,
                   List<LocalDutyAdopted> documentedDuties) {
    this(question, features, organisation, quoted, unknownBody, screening, ownExample, documentedDuties, null);
  }

  /** Returns a situation with no duty its organisation's documents tell of. */
  public Situation(String question, QuestionFeatures features, Organisation organisation, List<Passage> quoted,
                   String unknownBody, ScreeningContext screening, OwnExample ownExample) {
    this(question, features, organisation, quoted, unknownBody, screening, ownExample, List.of());
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
    return new Situation(question, features, organisation, quoted, unknownBody, context, ownExample, documentedDuties,
        documentedAs);
  }

  /** Returns this situation with the organisation's own example of a proposal like the one asked about, or none. */
  public Situation withOwnExample(OwnExample example) {
    return new Situation(question, features, organisation, quoted, unknownBody, screening, example, documentedDuties,
        documentedAs);
  }

  /** Returns this situation with the duties beyond the law its organisation's documents say it has taken on. */
  public Situation withDocumentedDuties(List<LocalDutyAdopted> duties) {
    return new Situation(question, features, organisation, quoted, unknownBody, screening, ownExample, duties,
        documentedAs);
  }

  /**
   * Returns this situation with the organisation as its documents tell of it ("the Scottish specific duties"), for one
   * that has no organisation file: the rules then apply its nation's law, not England's by default.
   */
  public Situation withDocumentedOrganisation(InOrganisation organisation) {
    return new Situation(question, features, this.organisation, quoted, unknownBody, screening, ownExample,
        documentedDuties, organisation);
  }
}
