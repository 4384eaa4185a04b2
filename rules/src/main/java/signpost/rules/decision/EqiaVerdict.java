package signpost.rules.decision;

import java.util.List;

/**
 * Whether an Equality Impact Assessment is needed, with everything a manager needs to act on it.
 *
 * @param verdict required, screening or not required
 * @param reasons why, one per trigger that applied
 * @param consider the characteristics and groups to consider, protected ones first
 * @param aims the aims of the general equality duty the decision engages, with why
 * @param nextSteps what to do next, in order
 * @param openQuestions what the question did not say that would settle the verdict
 * @param caveats warnings the asker must not miss
 */
public record EqiaVerdict(Verdict verdict, List<String> reasons, List<String> consider, List<String> aims,
                          List<String> nextSteps, List<String> openQuestions, List<String> caveats) {

  public EqiaVerdict {
    reasons = List.copyOf(reasons);
    consider = List.copyOf(consider);
    aims = List.copyOf(aims);
    nextSteps = List.copyOf(nextSteps);
    openQuestions = List.copyOf(openQuestions);
    caveats = List.copyOf(caveats);
  }
}
