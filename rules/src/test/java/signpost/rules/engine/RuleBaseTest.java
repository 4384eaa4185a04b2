package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import signpost.rules.decision.Decision;
import signpost.rules.decision.Intent;

class RuleBaseTest {

  private static final RuleBase RULES = RuleBase.builtIn();

  @Test
  void built_in_rules_compile_and_name_every_rule() {
    assertTrue(RULES.ruleNames().contains("RecogniseAQuestionWhetherAnEqiaIsNeeded"), RULES.ruleNames().toString());
    assertTrue(RULES.ruleNames().contains("RequireAnEqiaForANewPolicyOrService"), RULES.ruleNames().toString());
  }

  @Test
  void smoke() {
    Decision d = RULES.decide(Situations.asked("Do I need an EqIA for cutting day-centre hours?"));
    System.out.println(d);
    assertEquals(Intent.EQIA, d.intent());
  }
}
