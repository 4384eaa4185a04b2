package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import signpost.knowledge.org.Organisation;
import signpost.rules.decision.Decision;
import signpost.rules.decision.EqiaVerdict;
import signpost.rules.decision.Verdict;

/** Decides the plain-language EqIA scenarios of {@code eqia-scenarios.csv} with the built-in rule base. */
class EqiaScenariosTest {

  private static final String SCENARIOS = "/signpost/rules/eqia-scenarios.csv";
  private static final String TRIGGERS = "/signpost/rules/facts/eqia-triggers.csv";
  private static final String ABSENT = "no: ";

  private static final RuleBase RULES = RuleBase.builtIn();
  private static final Map<String, Organisation> ORGANISATIONS = new ConcurrentHashMap<>();

  @ParameterizedTest(name = "[{1}] {0} -> {2}")
  @CsvFileSource(resources = SCENARIOS, numLinesToSkip = 1)
  void each_scenario_gets_its_verdict_fires_its_rules_and_says_its_phrase(
      String question, String org, String verdict, String rules, String phrase) {
    Decision decision = RULES.decide(Situations.asked(question, org == null ? null : organisation(org)));

    if (verdict == null) {
      assertNull(decision.eqia(), () -> "no verdict expected, got " + decision.eqia());
    } else {
      assertNotNull(decision.eqia(), () -> "no verdict; fired " + decision.rules());
      assertEquals(Verdict.parse(verdict), decision.eqia().verdict(), () -> decision.eqia().toString());
    }
    List<String> notFired = names(rules).stream().filter(rule -> !decision.rules().contains(rule)).toList();
    assertEquals(List.of(), notFired, () -> "fired " + decision.rules());
    if (phrase != null) {
      String said = said(decision.eqia());
      if (phrase.startsWith(ABSENT)) {
        assertFalse(said.contains(phrase.substring(ABSENT.length())), () -> "said: " + said);
      } else {
        assertTrue(said.contains(phrase), () -> "said: " + said);
      }
    }
  }

  @Test
  void every_row_of_the_trigger_table_has_a_scenario() throws IOException {
    Set<String> covered = new TreeSet<>();
    for (String line : lines(SCENARIOS)) if (line.startsWith("\"")) covered.addAll(names(CsvLine.split(line).get(3)));

    List<String> triggers = triggerRules();

    assertTrue(triggers.size() >= 15, triggers::toString);
    assertEquals(List.of(), triggers.stream().filter(rule -> !covered.contains(rule)).toList());
  }

  private static Organisation organisation(String id) {
    return ORGANISATIONS.computeIfAbsent(id, SharedOrganisations::load);
  }

  private static List<String> names(String rules) {
    return rules == null || rules.isBlank() ? List.of() : Arrays.stream(rules.split(";")).map(String::strip).toList();
  }

  /** Returns everything the verdict says, one line each. */
  private static String said(EqiaVerdict eqia) {
    if (eqia == null) return "";
    return Stream.of(eqia.reasons(), eqia.consider(), eqia.aims(), eqia.nextSteps(), eqia.openQuestions(), eqia.caveats())
        .flatMap(List::stream).reduce("", (all, line) -> all + line + "\n");
  }

  private static List<String> triggerRules() throws IOException {
    List<String> rules = new ArrayList<>();
    boolean header = true;
    for (String line : lines(TRIGGERS)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      if (!header) rules.add(CsvLine.split(line).get(0));
      header = false;
    }
    return rules;
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = EqiaScenariosTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
