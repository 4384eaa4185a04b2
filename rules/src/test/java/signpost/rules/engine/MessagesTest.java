package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import signpost.rules.decision.Decision;
import signpost.rules.decision.Intent;
import signpost.rules.decision.Verdict;

/**
 * Decides messages as staff write them, none naming an EqIA: proposals get a verdict, like-for-like changes no
 * more than a screening, questions about documents no verdict, and someone telling of mistreatment the
 * support reply. The messages of {@code messages.csv} were written for these tests, in other words than the
 * development sets.
 */
class MessagesTest {

  private static final RuleBase RULES = RuleBase.builtIn();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvFileSource(resources = "/signpost/rules/messages.csv", numLinesToSkip = 1)
  void each_message_is_understood_as_what_it_is(String expect, String message) {
    Decision decision = RULES.decide(Situations.asked(message));

    switch (expect) {
      case "required" -> assertEquals(Verdict.REQUIRED, verdict(decision), decision.rules()::toString);
      case "either" -> assertTrue(Set.of(Verdict.SCREENING, Verdict.NOT_REQUIRED).contains(verdict(decision)),
          decision.rules()::toString);
      case "none" -> {
        assertNull(decision.eqia(), decision.rules()::toString);
        assertNotEquals(Intent.SUPPORT, decision.intent());
      }
      case "support" -> assertEquals(Intent.SUPPORT, decision.intent(), decision.rules()::toString);
      default -> throw new IllegalArgumentException("unknown expectation: " + expect);
    }
  }

  private static Verdict verdict(Decision decision) {
    return decision.eqia() == null ? null : decision.eqia().verdict();
  }
}
