package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import signpost.rules.RulesException;
import signpost.rules.decision.Decision;
import signpost.rules.decision.NextQuestion;
import signpost.rules.decision.Verdict;
import signpost.rules.screening.ScreeningContext;
import signpost.rules.screening.Slot;

class QuestionTableTest {

  private static final RuleBase RULES = RuleBase.builtIn();
  private static final String HEADER = "rule,ask,order,verdicts,question,quick replies\n";

  private static Decision screening(String text, Set<Slot> filled) {
    return RULES.decide(Situations.asked(text).within(new ScreeningContext(filled)));
  }

  @Test
  void an_open_screening_asks_the_first_question_not_yet_answered_with_its_quick_replies() {
    Decision decision = screening("We're closing the Tuesday lunch club.", EnumSet.of(Slot.ACTIVITY));

    assertEquals(Verdict.REQUIRED, decision.eqia().verdict());
    NextQuestion next = decision.next();
    assertEquals(Slot.AFFECTED, next.slot());
    assertEquals("AskWhoUsesItAndHowMany", next.rule());
    assertEquals(List.of("Residents", "Service users", "Staff"), next.replies());
  }

  @Test
  void what_is_already_said_is_skipped_and_nothing_is_asked_once_all_is_said() {
    assertEquals(Slot.DECISION, screening("We're closing the Tuesday lunch club.",
        EnumSet.complementOf(EnumSet.of(Slot.DECISION, Slot.REVIEW))).next().slot());
    assertNull(screening("We're closing the Tuesday lunch club.", EnumSet.allOf(Slot.class)).next());
  }

  @Test
  void a_change_with_no_effect_on_people_is_not_asked_for_evidence_or_mitigation() {
    Decision decision = screening("We're replacing the kitchen kettle with the same model, like for like.",
        EnumSet.of(Slot.ACTIVITY, Slot.AFFECTED));

    assertEquals(Verdict.NOT_REQUIRED, decision.eqia().verdict());
    assertEquals(Slot.DECISION, decision.next().slot());
  }

  @Test
  void a_message_outside_a_screening_gets_no_screening_question() {
    assertNull(RULES.decide(Situations.asked("Do I need an EqIA for closing the lunch club?")).next());
  }

  @Test
  void an_edited_table_changes_the_questions_from_the_next_decision() {
    List<RuleFile> files = new ArrayList<>(RuleFiles.builtIn());
    files.removeIf(f -> f.name().equals("screening-questions.csv"));
    files.add(new RuleFile("screening-questions.csv", HEADER
        + "AskAboutCostsFirst,evidence,1,any,What does it cost people?,Nothing|Some\n"));
    RuleBase edited = RuleBase.compile(files);

    Decision decision = edited.decide(Situations.asked("We're closing the Tuesday lunch club.")
        .within(new ScreeningContext(Set.of())));
    assertEquals("What does it cost people?", decision.next().text());
  }

  @Test
  void a_bad_row_is_rejected_with_its_file_and_line() {
    RulesException e = assertThrows(RulesException.class, () -> QuestionTable.compile(new RuleFile(
        "screening-questions.csv", "# questions\n" + HEADER + "AskWho,affected,2,any,Who?,\nAskWhen,whenever,x,any,When?,\n")));

    assertTrue(e.getMessage().contains("screening-questions.csv:4: unknown ask whenever"), e.getMessage());
    RulesException order = assertThrows(RulesException.class, () -> QuestionTable.compile(new RuleFile(
        "q.csv", HEADER + "AskWho,affected,soon,any,Who?,\n")));
    assertTrue(order.getMessage().contains("q.csv:2: order must be a whole number: soon"), order.getMessage());
  }

  @Test
  void the_question_table_is_told_from_the_trigger_table_by_its_header() {
    assertTrue(QuestionTable.handles(new RuleFile("mine.csv", "# note\n" + HEADER)));
    assertTrue(!QuestionTable.handles(new RuleFile("eqia-triggers.csv", "rule,activity,affects,verdict,reason,next step\n")));
  }
}
