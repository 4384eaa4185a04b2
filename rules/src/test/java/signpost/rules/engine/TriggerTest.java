package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trigger table is read row by row for display: file, line, rule, activity, affects and verdict. */
class TriggerTest {

  @Test
  void every_row_of_the_built_in_trigger_table_is_read_with_its_line() {
    List<Trigger> rows = Trigger.of(RuleFiles.builtIn());
    Trigger first = rows.get(0);
    assertEquals(new Trigger("eqia-triggers.csv", 10, "RequireAnEqiaForANewPolicyOrService", "new_policy", "", "required"), first);
    assertEquals(rows.size(), rows.stream().map(Trigger::rule).distinct().count());
    assertEquals(List.of("eqia-triggers.csv"), rows.stream().map(Trigger::file).distinct().toList());
  }

  @Test
  void drl_files_and_the_screening_question_table_are_not_trigger_tables() {
    List<RuleFile> files = List.of(new RuleFile("a.drl", "rule \"A\" when then end"),
        new RuleFile("screening-questions.csv", RuleFiles.builtIn().stream()
            .filter(f -> f.name().equals("screening-questions.csv")).findFirst().orElseThrow().text()));
    assertEquals(List.of(), Trigger.of(files));
  }

  @Test
  void a_row_of_the_wrong_length_is_left_out_and_the_rest_are_read() {
    RuleFile table = new RuleFile("mine.csv", "rule,activity,affects,verdict,reason,next step\n"
        + "Broken,review\n"
        + "ScreenAHallHire,event_or_communication,residents,screening,\"Who can reach the hall, and how\",\n");
    assertEquals(List.of(new Trigger("mine.csv", 3, "ScreenAHallHire", "event_or_communication", "residents", "screening")),
        Trigger.of(List.of(table)));
  }
}
