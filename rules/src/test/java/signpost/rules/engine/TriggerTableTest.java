package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import signpost.rules.RulesException;

class TriggerTableTest {

  private static final String HEADER = "rule,activity,affects,verdict,reason,next step\n";

  private static TriggerTable.Compiled compile(String text) {
    return TriggerTable.compile(new RuleFile("eqia-triggers.csv", text));
  }

  @Test
  void each_row_becomes_one_rule_with_its_conditions_and_finding() {
    TriggerTable.Compiled compiled = compile("# comment\n" + HEADER
        + "RequireForCharges,charging,residents,required,\"Charges, \"\"fees\"\" hit low incomes\",Ask early\n");

    String drl = compiled.drl();
    assertTrue(drl.contains("rule \"RequireForCharges\""), drl);
    assertTrue(drl.contains("Describes(activity == Activity.CHARGING)"), drl);
    assertTrue(drl.contains("Affects(who == Affected.RESIDENTS)"), drl);
    assertTrue(drl.contains("new EqiaFinding(Verdict.REQUIRED, \"Charges, \\\"fees\\\" hit low incomes\", \"Ask early\""), drl);
  }

  @Test
  void generated_lines_map_back_to_the_table_line_they_came_from() {
    TriggerTable.Compiled compiled = compile(HEADER + "\nA,review,,screening,Why,\nB,cosmetic_change,,not_required,Why,\n");

    String[] lines = compiled.drl().split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals("rule \"A\"")) assertEquals(3, compiled.tableLine(i + 1));
      if (lines[i].equals("rule \"B\"")) assertEquals(4, compiled.tableLine(i + 1));
    }
    assertEquals(0, compiled.tableLine(1));
  }

  @Test
  void an_unknown_activity_is_refused_with_file_line_and_the_choices() {
    RulesException e = assertThrows(RulesException.class,
        () -> compile(HEADER + "Good,review,,required,Why,\nBad,demolition,,required,Why,\n"));

    assertTrue(e.getMessage().startsWith("eqia-triggers.csv:3: unknown activity demolition; expected one of ["), e.getMessage());
  }

  @Test
  void every_bad_row_is_reported_not_just_the_first() {
    RulesException e = assertThrows(RulesException.class, () -> compile(HEADER
        + "lowercase,review,,required,Why,\nNoCondition,,,required,Why,\nBadVerdict,review,,maybe,Why,\nNoReason,review,,required,,\n"
        + "TooFew,review\nDup,review,,required,Why,\nDup,review,,required,Why,\n"));

    String[] errors = e.getMessage().split("\n");
    assertEquals(6, errors.length, e.getMessage());
    assertTrue(errors[0].startsWith("eqia-triggers.csv:2: rule must be a name in CamelCase"), errors[0]);
    assertEquals("eqia-triggers.csv:3: a trigger needs an activity or affects", errors[1]);
    assertTrue(errors[2].startsWith("eqia-triggers.csv:4: verdict must be required, screening or not_required"), errors[2]);
    assertEquals("eqia-triggers.csv:5: reason is empty", errors[3]);
    assertTrue(errors[4].startsWith("eqia-triggers.csv:6: expected 6 columns"), errors[4]);
    assertEquals("eqia-triggers.csv:8: rule name used twice: Dup", errors[5]);
  }

  @Test
  void a_table_without_its_header_is_refused() {
    RulesException e = assertThrows(RulesException.class, () -> compile("A,review,,required,Why,\n"));

    assertTrue(e.getMessage().startsWith("eqia-triggers.csv:1: header must be: rule, activity"), e.getMessage());
  }
}
