package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListQuoteTest {

  private static final String DUE_REGARD = """
      The duty is about the process of making decisions. It does not dictate the outcome, and a decision can still go \
      ahead if it affects some groups more than others.
      The courts have set out what this involves. In summary, due regard must be:
      - conscious: the decision-maker must be aware of the duty and the three aims;
      - timely: it must happen before and at the time a decision is being considered, not afterwards;
      - in substance: carried out with rigour and an open mind, not a tick-box exercise;
      - continuing: it applies while a policy is being put in place and reviewed.""";

  @Test
  void a_list_whose_lead_in_is_the_best_sentence_is_quoted_with_all_its_points() {
    Optional<String> quote = ListQuote.of(DUE_REGARD, "The courts have set out what this involves.", 600);

    assertEquals(Optional.of("""
        The courts have set out what this involves. In summary, due regard must be:
        - conscious: the decision-maker must be aware of the duty and the three aims;
        - timely: it must happen before and at the time a decision is being considered, not afterwards;
        - in substance: carried out with rigour and an open mind, not a tick-box exercise;
        - continuing: it applies while a policy is being put in place and reviewed."""), quote);
  }

  @Test
  void a_point_found_best_brings_its_lead_in_and_the_other_points() {
    String quote = ListQuote.of(DUE_REGARD, "- timely: it must happen before and at the time a decision is being "
        + "considered, not afterwards; … - continuing: it applies", 600).orElseThrow();

    assertTrue(quote.startsWith("The courts have set out"), quote);
    assertTrue(quote.contains("rigour and an open mind"), quote);
  }

  @Test
  void best_sentences_outside_the_list_leave_the_snippet_to_answer() {
    assertEquals(Optional.empty(), ListQuote.of(DUE_REGARD, "It does not dictate the outcome, and a decision can still go "
        + "ahead", 600));
    assertEquals(Optional.empty(), ListQuote.of("Staff may ask for an adjustment at any time. Tell your manager.",
        "Tell your manager.", 600));
  }

  @Test
  void points_too_long_to_fit_are_quoted_by_their_first_sentences_as_many_as_fit() {
    String groups = """
        So, as well as the nine protected characteristics, every assessment considers four additional groups:
        - Core20PLUS5 populations. Core20 is the most deprived 20% of the national population, as measured by the \
        Index of Multiple Deprivation, and PLUS groups are chosen by the board.
        - Carers. Unpaid carers of family members or friends, who often have poorer health themselves.
        - People experiencing homelessness. They often have no registered address and may be turned away.
        - People with a learning disability or autism. They die younger than the rest of the population.""";

    String quote = ListQuote.of(groups, "every assessment considers four additional groups:", 300).orElseThrow();

    assertEquals("""
        So, as well as the nine protected characteristics, every assessment considers four additional groups:
        - Core20PLUS5 populations.
        - Carers.
        - People experiencing homelessness.
        - People with a learning disability or autism.""", quote);
    String shorter = ListQuote.of(groups, "every assessment considers four additional groups:", 160).orElseThrow();
    assertTrue(shorter.endsWith("- Carers. …"), shorter);
    assertFalse(shorter.contains("homelessness"), shorter);
  }

  @Test
  void only_a_lead_in_with_three_points_or_more_is_a_list() {
    assertTrue(ListQuote.hasList(DUE_REGARD));
    assertFalse(ListQuote.hasList("You can:\n- talk to your manager;\n- call the helpline."));
  }

  /** A route's steps under its heading ("What to do"), with no lead-in of their own. */
  private static final String STEPS = """
      - If you feel unsafe, leave. No inspection or visit is worth getting hurt. You can return with a colleague or the police.
      - Report the incident in SafeVisit within 24 hours. Use the incident form in the SafeVisit app on your tablet or phone.
      - Tell your line manager the same day. Your manager should check you are OK and offer a debrief.
      - For crimes and hate incidents, report to the police on 101 (or 999 in an emergency). We will support you.""";

  @Test
  void points_that_open_a_passage_are_quoted_as_one_by_their_first_sentences_where_all_do_not_fit() {
    assertTrue(ListQuote.hasList(STEPS));
    String quote = ListQuote.of(STEPS, "No inspection or visit is worth getting hurt. … - For crimes and hate incidents",
        300).orElseThrow();

    assertEquals("""
        - If you feel unsafe, leave.
        - Report the incident in SafeVisit within 24 hours.
        - Tell your line manager the same day.
        - For crimes and hate incidents, report to the police on 101 (or 999 in an emergency).""", quote);
  }
}
