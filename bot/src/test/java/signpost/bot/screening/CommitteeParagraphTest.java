package signpost.bot.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.rules.decision.Verdict;

class CommitteeParagraphTest {

  @Test
  void a_complete_record_gives_every_part_of_the_paragraph_from_the_record() {
    assertEquals("The proposal, as recorded: Reduce the Riverside day centre's opening from five days a week to three."
        + " An equality impact assessment (EqIA) screening of the proposal was carried out (reference"
        + " SCR-7F3K-9QXW-M2HD, started 1 December 2026, last updated 3 December 2026)."
        + " The decision must be taken with due regard to the need to eliminate discrimination, advance equality of"
        + " opportunity and foster good relations (Equality Act 2010, s149)."
        + " The screening concluded that a full EqIA is required. The reasons recorded: " + Records.REASON
        + " Those affected: About 120 older residents who attend the centre; Their unpaid carers."
        + " The screening considered age, disability, sex, carers and rural isolation; the likely impact is negative"
        + " for age and disability, positive for carers, neutral for sex and not yet known for rural isolation."
        + " Evidence so far: Attendance figures for 2025 and two complaints about transport."
        + " Engagement so far: We met the carers' forum on 20 November."
        + " Mitigation proposed: Free transport on the three remaining days."
        + " The decision-maker recorded is Adult Social Care Committee, and the decision date recorded is"
        + " 12 February 2027. The review date recorded is in six months.", CommitteeParagraph.of(Records.full()));
  }

  @Test
  void a_record_just_started_says_plainly_what_is_still_to_be_done() {
    assertEquals("What the proposal changes has not yet been recorded."
        + " An equality impact assessment (EqIA) screening of the proposal is in progress (reference"
        + " SCR-AAAA-BBBB-CCCC, started 1 December 2026)."
        + " The decision must be taken with due regard to the need to eliminate discrimination, advance equality of"
        + " opportunity and foster good relations (Equality Act 2010, s149)."
        + " The screening has not yet reached a verdict. Who is affected has not yet been recorded."
        + " The characteristics the proposal may affect have not yet been recorded. No evidence has yet been recorded."
        + " Engagement with those affected has not yet been recorded. Any mitigation has not yet been recorded."
        + " A review date has not yet been recorded.", CommitteeParagraph.of(Records.started()));
  }

  @Test
  void a_record_without_a_decision_maker_says_nothing_about_one() {
    String paragraph = CommitteeParagraph.of(new ScreeningEdit(Records.full()).decision(null, null).build());

    assertFalse(paragraph.contains("decision-maker"), paragraph);
    assertFalse(paragraph.contains("Committee"), paragraph);
    assertFalse(paragraph.contains("decision date"), paragraph);
  }

  @Test
  void a_decision_date_without_a_decision_maker_gives_the_date_alone() {
    String paragraph = CommitteeParagraph.of(new ScreeningEdit(Records.full()).decision(" ", "March").build());

    assertTrue(paragraph.endsWith(" The decision date recorded is March. The review date recorded is in six months."),
        paragraph);
    assertFalse(paragraph.contains("decision-maker"), paragraph);
  }

  @Test
  void a_decision_maker_without_a_date_says_the_date_is_still_to_come() {
    String paragraph = CommitteeParagraph.of(new ScreeningEdit(Records.full()).decision("Cabinet.", null).build());

    assertTrue(paragraph.contains(" The decision-maker recorded is Cabinet. The decision date has not yet been recorded."),
        paragraph);
  }

  @Test
  void an_open_screening_gives_its_verdict_as_so_far() {
    String paragraph = CommitteeParagraph.of(new ScreeningEdit(Records.full()).status(Status.OPEN)
        .verdict(Verdict.SCREENING).build());

    assertTrue(paragraph.contains(" screening of the proposal is in progress (reference SCR-7F3K-9QXW-M2HD,"), paragraph);
    assertTrue(paragraph.contains(" On the screening so far, a screening, rather than a full EqIA, is the proportionate"
        + " level of assessment. "), paragraph);
  }

  @Test
  void an_abandoned_screening_is_said_not_to_have_been_completed() {
    String paragraph = CommitteeParagraph.of(new ScreeningEdit(Records.full()).status(Status.ABANDONED)
        .verdict(Verdict.NOT_REQUIRED).build());

    assertTrue(paragraph.contains(" screening of the proposal was started (reference SCR-7F3K-9QXW-M2HD, started"
        + " 1 December 2026, last updated 3 December 2026) but not completed. "), paragraph);
    assertTrue(paragraph.contains(" On the screening so far, an EqIA is not required. "), paragraph);
  }

  @Test
  void the_managers_words_keep_their_own_full_stops_and_lose_their_line_breaks() {
    String paragraph = CommitteeParagraph.of(new ScreeningEdit(Records.full())
        .activity("Close the centre on Mondays.\n\nAnd on Fridays!").evidence("  none yet  ").engagement("").build());

    assertTrue(paragraph.startsWith("The proposal, as recorded: Close the centre on Mondays. And on Fridays! An "),
        paragraph);
    assertTrue(paragraph.contains(" Evidence so far: none yet. Engagement with those affected has not yet been recorded."),
        paragraph);
  }

  @Test
  void characteristics_all_of_one_impact_read_as_one_clause() {
    String paragraph = CommitteeParagraph.of(new ScreeningEdit(Records.full()).characteristics(List.of(
        new CharacteristicNote("age", Impact.NOT_KNOWN, ""))).build());

    assertTrue(paragraph.contains(" The screening considered age; the likely impact is not yet known for age. "),
        paragraph);
  }
}
