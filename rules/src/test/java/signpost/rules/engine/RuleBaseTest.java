package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import signpost.rules.decision.Decision;
import signpost.rules.decision.Intent;
import signpost.rules.decision.Verdict;

class RuleBaseTest {

  private static final RuleBase RULES = RuleBase.builtIn();

  @Test
  void built_in_rules_compile_with_the_trigger_table_and_every_drl_file() {
    assertTrue(RULES.ruleNames().contains("RecogniseAQuestionWhetherAnEqiaIsNeeded"), RULES.ruleNames().toString());
    assertTrue(RULES.ruleNames().contains("RequireAnEqiaForANewPolicyOrService"), RULES.ruleNames().toString());
    assertTrue(RULES.ruleNames().contains("ApplyTheGeneralEqualityDuty"), RULES.ruleNames().toString());
    assertTrue(RULES.buildMillis() > 0);
  }

  @Test
  void each_decision_names_the_rules_that_fired_once_each_in_firing_order() {
    Decision decision = RULES.decide(Situations.asked("Do I need an EqIA for cutting day-centre hours?"));

    assertEquals(Intent.EQIA, decision.intent());
    assertEquals(Verdict.REQUIRED, decision.eqia().verdict());
    assertEquals("AnswerAsEqia", decision.rules().get(0));
    assertEquals(decision.rules().stream().distinct().toList(), decision.rules());
    assertTrue(decision.rules().contains("RequireAnEqiaForReducingOrStoppingAService"), decision.rules().toString());
  }

  @Test
  void concurrent_questions_get_the_same_decisions_as_one_at_a_time() throws Exception {
    List<Situation> situations = List.of(Situations.asked("Do I need an EqIA for cutting day-centre hours?"),
        Situations.asked("What does the PSED mean for my team?"), Situations.asked("Write me a poem"));
    List<Decision> expected = situations.stream().map(RULES::decide).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i % situations.size();
        runs.add(pool.submit(() -> RULES.decide(situations.get(n)).equals(expected.get(n))));
      }
      for (Future<Boolean> run : runs) assertTrue(run.get());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void sessions_do_not_share_facts_between_questions() {
    RULES.decide(Situations.asked("Do I need an EqIA for cutting day-centre hours?"));

    Decision next = RULES.decide(Situations.asked("What does diversity mean?"));

    assertEquals(null, next.eqia());
    assertEquals(List.of("AnswerAsDefinition", "RefuseWhatNoDocumentAnswers", "FallBackToYourEdiTeamForAnUnmetNeed"), next.rules());
  }
}
