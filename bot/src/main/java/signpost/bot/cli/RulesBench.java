package signpost.bot.cli;

import java.util.List;
import signpost.bot.core.AnswerPipeline;
import signpost.bot.core.Question;
import signpost.rules.engine.RuleBase;
import signpost.rules.engine.Situation;

/**
 * Measures the rule base alone: how long it takes to build, and how long one question's decision takes
 * once warm (a fresh session, the facts inserted, every rule fired, the decision read).
 */
final class RulesBench {

  private static final int WARM_ROUNDS = 200;

  private RulesBench() {}

  /** Builds the built-in rule base {@code times} times and returns the nanoseconds of each build. */
  static BenchCommand.Timing build(int times) {
    return BenchCommand.Timing.of(times, RuleBase::builtIn);
  }

  static void report(AnswerPipeline pipeline, RuleBase rules, List<Question> questions, int rounds, Console console) {
    List<Situation> situations = questions.stream().map(pipeline::situation).toList();
    for (int warm = 0; warm < WARM_ROUNDS; warm++) situations.forEach(rules::decide);
    BenchCommand.Latencies latencies = new BenchCommand.Latencies();
    for (int round = 0; round < rounds; round++) {
      for (Situation situation : situations) {
        long start = System.nanoTime();
        rules.decide(situation);
        latencies.add(System.nanoTime() - start);
      }
    }
    console.out().printf("rule evaluation over %d questions x %d rounds: p50 %.3f ms, p99 %.3f ms [target p99 <= 1 ms]%n",
        situations.size(), rounds, latencies.percentile(50) / 1e6, latencies.percentile(99) / 1e6);
  }
}
