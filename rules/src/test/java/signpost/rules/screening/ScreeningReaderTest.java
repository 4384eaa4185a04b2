package signpost.rules.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import signpost.rules.features.Characteristic;

/** Messages written for this test, in the ways managers answer a screening, read on the real phrase lists. */
class ScreeningReaderTest {

  private static final ScreeningReader READER = ScreeningReader.builtIn();

  private static Set<Slot> slots(Reading reading) {
    return reading.statements().stream().map(Statement::slot).collect(Collectors.toSet());
  }

  @Test
  void each_sentence_fills_the_part_of_the_record_it_speaks_of() {
    Reading reading = READER.read("We have complaints data from last year. We met with the tenants' forum twice. "
        + "We'd offer a free shuttle bus for anyone who can't drive.", Slot.EVIDENCE);

    assertEquals("We have complaints data from last year.", reading.text(Slot.EVIDENCE));
    assertEquals("We met with the tenants' forum twice.", reading.text(Slot.ENGAGEMENT));
    assertEquals("We'd offer a free shuttle bus for anyone who can't drive.", reading.text(Slot.MITIGATION));
  }

  @Test
  void a_sentence_without_a_cue_answers_the_question_asked_last() {
    Reading reading = READER.read("Mainly the over-70s and a few younger people with learning disabilities.", Slot.AFFECTED);

    assertEquals(Set.of(Slot.AFFECTED), slots(reading));
    Set<Characteristic> named = reading.mentions().stream().map(Mention::characteristic).collect(Collectors.toSet());
    assertTrue(named.containsAll(Set.of(Characteristic.AGE, Characteristic.DISABILITY)), named.toString());
  }

  @Test
  void a_decision_the_change_is_about_is_the_change_and_where_the_proposal_goes_is_who_decides() {
    Reading reading = READER.read("We're proposing to change the custody procedure so that head coverings are removed at "
        + "booking-in for every detainee on constant observation, instead of the current case-by-case risk decision. "
        + "It's due to go to the Chief Officer Group in March.", null);

    assertEquals("We're proposing to change the custody procedure so that head coverings are removed at booking-in for "
        + "every detainee on constant observation, instead of the current case-by-case risk decision.",
        reading.text(Slot.ACTIVITY));
    assertEquals("It's due to go to the Chief Officer Group in March.", reading.text(Slot.DECISION));
  }

  @Test
  void a_plain_answer_to_an_open_question_is_kept_in_the_managers_words() {
    Reading reading = READER.read("Nothing yet", Slot.EVIDENCE);

    assertTrue(reading.nothing());
    assertEquals("Nothing yet", reading.text(Slot.EVIDENCE));
  }

  @Test
  void never_mind_drops_the_screening_but_a_correction_that_describes_a_change_does_not() {
    assertTrue(READER.read("oh never mind, it's been sorted", Slot.AFFECTED).cancel());
    assertTrue(READER.read("cancel", null).cancel());
    assertTrue(READER.read("stop", Slot.EVIDENCE).cancel());
    assertTrue(READER.read("ok, quit please.", Slot.EVIDENCE).cancel());
    assertFalse(READER.read("stop the lunch club", Slot.ACTIVITY).cancel());
    assertTrue(READER.read("my director's just messaged - it's been taken off the savings list so we're not doing it. "
        + "forget it, thanks", Slot.EVIDENCE).cancel(), "the change told of is the one dropped");
    assertTrue(READER.read("oh hang on, finance say it's already covered in the corporate fees and charges assessment. "
        + "cancel this one, sorry", Slot.AFFECTED).cancel(), "the assessment is done elsewhere");
    assertFalse(READER.read("never mind that, we're closing the library instead", Slot.EVIDENCE).cancel());
    Reading called = READER.read("actually never mind, just spoken to events - it's been cancelled this year because of "
        + "the roadworks. sorry!", Slot.AFFECTED);
    assertTrue(called.cancel(), "an event cancelled is the change called off, and 'actually never mind' corrects nothing");
    assertFalse(called.correction());

    Reading parked = READER.read("Actually park this, I'll come back to it - finance have just said the modelling is "
        + "changing and I don't want to put the wrong figures in.", Slot.EVIDENCE);
    assertTrue(parked.cancel(), "parked until later, whatever else is changing");
    assertFalse(parked.correction(), "'actually park this' puts nothing right");
    assertTrue(READER.read("actually never mind, leave it. my team leader says it's on hold until the new contract "
        + "anyway", Slot.AFFECTED).cancel(), "put on hold until a new contract, which is not a change told of");
    assertTrue(READER.read("scrap that, not going ahead - the provider's managed to recruit. sorry!", Slot.EVIDENCE)
        .cancel(), "'scrap that' calls the change off here, whatever the reason told");

    assertTrue(READER.read("oh actually scrap that - the parish council has just said they'll run it from the village "
        + "hall with our volunteers, so nothing's changing for now. forget it, thanks", Slot.EVIDENCE).cancel(),
        "a message that ends by dropping it drops it, whatever it told before");

    Reading corrected = READER.read("Actually, scrap that: we're closing the whole centre, not just cutting hours.", Slot.AFFECTED);
    assertFalse(corrected.cancel());
    assertTrue(corrected.correction());
    assertEquals(Set.of(Slot.ACTIVITY), slots(corrected));
  }

  @Test
  void a_change_binned_by_cabinet_drops_it_and_the_wrong_paper_taken_back_starts_it_again() {
    assertTrue(READER.read("well that's saved us both a job - cabinet binned it at this morning's briefing and the lead "
        + "member says it's not coming back, so ignore all this", Slot.DECISION).cancel());

    Reading retracted = READER.read("Sorry, ignore that, I was sent the wrong paper. The only change is the van will be "
        + "parked overnight at the Ely depot instead of March.", Slot.AFFECTED);
    assertFalse(retracted.cancel(), "a change is named");
    assertTrue(retracted.retract());
    assertFalse(READER.read("Sorry, the hall's on Mill Road, not Church Lane.", Slot.AFFECTED).retract(),
        "one part put right takes back nothing else");
  }

  @Test
  void scrap_that_with_the_change_off_the_table_drops_it() {
    assertTrue(READER.read("actually scrap that, the Mayor's office has just said it's off the table for this budget. "
        + "ta anyway", Slot.MITIGATION).cancel());
  }

  @Test
  void people_put_off_or_paying_cash_are_read_as_disadvantaged_and_of_low_income() {
    Reading reading = READER.read("it'll probably put off younger applicants who haven't passed their test yet", Slot.AFFECTED);
    assertTrue(reading.mentions().stream().anyMatch(m -> m.characteristic() == Characteristic.AGE && m.harm()),
        reading.mentions().toString());
    Reading cash = READER.read("mostly older people, people paying cash for weekly tickets, loads dont have internet",
        Slot.AFFECTED);
    assertTrue(cash.mentions().stream().anyMatch(m -> m.consideration() == Consideration.POVERTY), cash.mentions().toString());
  }

  @Test
  void things_kept_the_same_are_no_mitigation_and_except_is_no_exception() {
    Reading reading = READER.read("Nobody outside the council is affected, and staff won't notice anything except a "
        + "different number to ring when it jams.", Slot.AFFECTED);
    assertEquals(Set.of(Slot.AFFECTED), slots(reading));
    Reading same = READER.read("The printers in all our offices stay exactly the same - same machines, same places.",
        Slot.AFFECTED);
    assertEquals(Set.of(Slot.ACTIVITY), slots(same));
    assertEquals(Set.of(Slot.MITIGATION), slots(READER.read("The library would stay open on Saturdays.", Slot.MITIGATION)));
  }

  @Test
  void a_question_with_nothing_in_it_answers_nothing() {
    Reading reading = READER.read("Is that OK?", Slot.MITIGATION);

    assertTrue(reading.statements().isEmpty(), reading.toString());
  }

  @Test
  void a_committee_report_named_as_the_document_being_written_does_not_say_who_decides() {
    Reading reading = READER.read("Can you look at this? It's section 2 of my draft committee report and I've got to fill "
        + "in the equalities paragraph.", Slot.EVIDENCE);
    assertFalse(slots(reading).contains(Slot.DECISION), reading.toString());
    assertTrue(slots(READER.read("It goes to the Adults and Health Committee in July.", Slot.EVIDENCE))
        .contains(Slot.DECISION));
  }

  @Test
  void a_sentence_that_names_no_one_and_no_date_does_not_answer_who_decides() {
    assertTrue(READER.read("No change to who can use it.", Slot.DECISION).statements().isEmpty());
    assertEquals(Set.of(Slot.DECISION), slots(READER.read("The head of service signs it off in May.", Slot.DECISION)));
  }

  @Test
  void health_conditions_are_read_as_disability_and_poorer_wards_as_poverty() {
    Reading reading = READER.read("about 2,900 over 60s use it, lots from the poorer wards. some use it for rehab after "
        + "strokes n hip ops", Slot.AFFECTED);

    Set<Object> named = reading.mentions().stream().map(m -> m.consideration() != null ? m.consideration() : m.characteristic())
        .filter(c -> c != null).collect(Collectors.toSet());
    assertEquals(Set.of(Characteristic.AGE, Characteristic.DISABILITY, Consideration.POVERTY), named);
  }

  @Test
  void renal_patients_are_of_disability_younger_people_of_an_age_and_those_who_cant_afford_it_of_low_income() {
    Reading reading = READER.read("renal pts, younger applicants, ppl who cant afford taxis", Slot.AFFECTED);

    Set<Object> named = reading.mentions().stream().map(m -> m.consideration() != null ? m.consideration() : m.characteristic())
        .filter(c -> c != null).collect(Collectors.toSet());
    assertEquals(Set.of(Characteristic.AGE, Characteristic.DISABILITY, Consideration.POVERTY), named);
  }

  @Test
  void payers_over_70_are_of_an_age_and_those_without_a_bank_account_of_low_income() {
    Reading reading = READER.read("most of the cash payers are over 70 and a fair number don't have a bank account",
        Slot.AFFECTED);

    Set<Object> named = reading.mentions().stream().map(m -> m.consideration() != null ? m.consideration() : m.characteristic())
        .filter(c -> c != null).collect(Collectors.toSet());
    assertEquals(Set.of(Characteristic.AGE, Consideration.POVERTY), named);
  }

  @Test
  void groups_beyond_the_nine_are_recognised_and_harm_is_read_from_the_managers_words() {
    Reading reading = READER.read("Most users live in villages with no bus service and many are on universal credit; "
        + "they rely on the van.", Slot.AFFECTED);

    Set<Consideration> groups = reading.mentions().stream().map(Mention::consideration)
        .filter(c -> c != null).collect(Collectors.toSet());
    assertEquals(Set.of(Consideration.RURAL_ISOLATION, Consideration.POVERTY), groups);
    Reading neutral = READER.read("Users are mostly older people.", Slot.AFFECTED);
    assertFalse(neutral.mentions().get(0).harm());
  }

  @Test
  void what_a_service_goes_to_is_no_one_who_decides_and_the_sentence_says_what_is_changing() {
    String change = "We're proposing that from April the Reading Room goes to appointments only, booked online, and we'd"
        + " close on Saturdays.";
    assertTrue(DecisionWords.maker(change).isEmpty(), "appointments decide nothing");
    assertEquals("cabinet", DecisionWords.maker("it goes to cabinet in march").orElseThrow());
    assertEquals("SLT", DecisionWords.maker("Then it goes to SLT.").orElseThrow());
    assertEquals("The Director of Collections", DecisionWords.maker("The Director of Collections would make the decision,"
        + " probably in January.").orElseThrow());

    Reading reading = READER.read(change, null);
    assertEquals(List.of(Slot.ACTIVITY), reading.statements().stream().map(Statement::slot).toList());
  }

  @Test
  void asked_who_is_affected_a_sentence_saying_only_when_it_happens_says_nothing_more_of_the_change() {
    Reading when = READER.read("the facilities manager's ordering them this week", Slot.AFFECTED);
    Reading more = READER.read("the carpet in the meeting room upstairs gets done at the same time", Slot.AFFECTED);

    assertEquals(List.of(Slot.DECISION), when.statements().stream().map(Statement::slot).toList());
    assertEquals(List.of(Slot.ACTIVITY), more.statements().stream().map(Statement::slot).toList());
  }

  @Test
  void who_decides_and_when_come_from_the_sentence_and_nothing_else() {
    assertEquals("Cabinet", DecisionWords.maker("It's part of the savings, so Cabinet decides in February.").orElseThrow());
    assertEquals("in February", DecisionWords.when("It's part of the savings, so Cabinet decides in February.").orElseThrow());
    assertEquals("The Director of Place", DecisionWords.maker("The Director of Place signs it off next month.").orElseThrow());
    assertEquals("next month", DecisionWords.when("The Director of Place signs it off next month.").orElseThrow());
    assertEquals("Scrutiny Committee", DecisionWords.maker("It goes to Scrutiny Committee on 3 March.").orElseThrow());
    assertEquals("3 March", DecisionWords.when("It goes to Scrutiny Committee on 3 March.").orElseThrow());
    assertEquals("the Adults Committee", DecisionWords.maker("It goes to the Adults Committee in May.").orElseThrow());
    assertEquals("the person screening as service lead",
        DecisionWords.maker("It's my decision as service lead.").orElseThrow());
    assertEquals("after six months", DecisionWords.review("We'll review it after six months.").orElseThrow());
    assertEquals("the person screening", DecisionWords.maker("Me").orElseThrow());
    assertEquals("The Staffing and Appeals Committee",
        DecisionWords.maker("The Staffing and Appeals Committee approves it in June.").orElseThrow());
    assertEquals("Cabinet", DecisionWords.maker("We've costed it and Cabinet decides in May.").orElseThrow());
    assertEquals("Cabinet", DecisionWords.maker("The decision will be taken by Cabinet in January 2026. Could you tell"
        + " me who needs to sign it off? Many thanks.").orElseThrow());
    assertEquals("The Estates Committee", DecisionWords.maker("The Estates Committee is due to decide on 4 December.")
        .orElseThrow());
    assertTrue(DecisionWords.maker("Could you tell me who signs it off?").isEmpty(), "asked, not said");
    assertTrue(DecisionWords.maker("We haven't worked that out.").isEmpty());
    assertTrue(DecisionWords.when("We haven't worked that out.").isEmpty());
  }

  @Test
  void a_short_answer_to_who_decides_is_taken_as_a_name_and_a_long_one_must_name_someone() {
    assertEquals(Set.of(Slot.DECISION), slots(READER.read("Cabinet Member for Adults", Slot.DECISION)));
    assertFalse(slots(READER.read("We're still working through the options with finance colleagues.", Slot.DECISION))
        .contains(Slot.DECISION));
  }

  @Test
  void sentences_split_at_their_ends_and_at_each_line_without_their_list_marks() {
    assertEquals(List.of("Opens at 9.30 now.", "Closes at 5!", "Why?"),
        ScreeningReader.sentences("Opens at 9.30 now. Closes at 5! Why?"));
    assertEquals(List.of("ending the cash grant", "vouchers instead.", "From April", "about 250 care leavers", "a few are disabled"),
        ScreeningReader.sentences("- ending the cash grant\n* vouchers instead. From April\n\n1. about 250 care leavers\n\u2022 a few are disabled"));
    assertNull(READER.read("", Slot.ACTIVITY).text(Slot.ACTIVITY));
  }

  @Test
  void each_line_of_a_list_fills_the_part_it_speaks_of() {
    Reading reading = READER.read("- grant spend data for the last 2 years\n- we'd keep a cash option for anyone who can't use the website",
        Slot.EVIDENCE);

    assertEquals("grant spend data for the last 2 years", reading.text(Slot.EVIDENCE));
    assertEquals("we'd keep a cash option for anyone who can't use the website", reading.text(Slot.MITIGATION));
  }

  @Test
  void the_message_opening_a_screening_says_what_is_changing_whatever_else_its_words_suggest() {
    assertEquals(Set.of(Slot.ACTIVITY), slots(READER.read("we're changing the care leavers' support offer", null)));
    assertEquals(Set.of(Slot.MITIGATION), slots(READER.read("we're changing the care leavers' support offer", Slot.MITIGATION,
        Set.of(Slot.ACTIVITY))), "once the change is known, the same words answer what was asked");
  }

  @Test
  void people_counted_with_what_they_are_and_named_in_plain_words_are_who_is_affected() {
    assertEquals(Set.of(Slot.AFFECTED), slots(READER.read("about 250 care leavers", Slot.EVIDENCE)));
    assertEquals(Set.of(Slot.AFFECTED), slots(READER.read("loads of young first-time mums", Slot.EVIDENCE)));
  }

  @Test
  void a_sentence_that_only_acknowledges_says_nothing_for_the_record() {
    Reading reading = READER.read("ok thanks. So it's about 700 young people aged 16 to 19.", Slot.AFFECTED);

    assertEquals("So it's about 700 young people aged 16 to 19.", reading.text(Slot.AFFECTED));
    assertEquals(Set.of(), slots(READER.read("Fine!", Slot.EVIDENCE)));
  }

  @Test
  void childcare_cash_taken_no_more_council_tax_reduction_and_primary_schools_name_their_groups() {
    assertTrue(groups("two of the team have young kids and weekend childcare is a nightmare").contains(Consideration.CARERS));
    assertTrue(groups("we're thinking of going card-only in the shop and the cafe, no more cash")
        .contains(Consideration.POVERTY));
    assertTrue(groups("new £25 charge for bulky waste collections. currently free for people on council tax reduction")
        .contains(Consideration.POVERTY));
    assertTrue(READER.read("mostly primary schools from bradworth, 38 school trips used it last yr", null).mentions()
        .stream().anyMatch(m -> m.characteristic() == Characteristic.AGE));
    // Parents speaking of their own children tell of no age.
    assertFalse(READER.read("I need to leave early to pick up my kids", null).mentions().stream()
        .anyMatch(m -> m.characteristic() == Characteristic.AGE));
  }

  private static Set<Consideration> groups(String message) {
    return READER.read(message, null).mentions().stream().map(Mention::consideration)
        .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
  }

}
