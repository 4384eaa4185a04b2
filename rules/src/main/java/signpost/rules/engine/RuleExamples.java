package signpost.rules.engine;

import java.time.Duration;
import java.util.List;
import signpost.rules.RulesException;
import signpost.rules.features.FeatureRecogniser;

/**
 * The questions every new rule base must answer, within its time limit, before it serves: one of each kind
 * the rules decide (duty, EqIA verdict, routing, support, scope, small talk).
 */
final class RuleExamples {

  static final List<String> QUESTIONS = List.of(
      "Do we need an EqIA for the staff newsletter?",
      "We plan to close a library and move its staff to the town hall. Do we need an equality impact assessment?",
      "What is the public sector equality duty?",
      "Who do I contact about reasonable adjustments for a disabled colleague?",
      "I am being harassed at work because of my religion, what can I do?",
      "What are our equality objectives?",
      "What is the weather tomorrow?",
      "Hello");

  private RuleExamples() {}

  /**
   * Checks that the rules decide every example within {@code limit}.
   *
   * @throws RulesException naming the first example that failed or overran, and why
   */
  static void check(RuleBase rules, Duration limit) {
    RuleBase guarded = rules.guarded(limit, null);
    FeatureRecogniser recogniser = FeatureRecogniser.builtIn();
    for (String question : QUESTIONS) {
      try {
        guarded.decide(new Situation(question, recogniser.recognise(question), null, List.of()));
      } catch (RulesException e) {
        throw new RulesException("the rules failed on the example question \"" + question + "\": " + e.getMessage(), e);
      }
    }
  }
}
