package signpost.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.store.Engine;
import signpost.bot.store.StoreContract;
import signpost.bot.store.StoreMemory;
import signpost.bot.store.TestPostgres;
import signpost.bot.core.SharedCorpus;
import signpost.bot.screening.Impact;
import signpost.bot.screening.Screening;
import signpost.bot.screening.Status;
import signpost.rules.decision.Intent;
import signpost.rules.decision.Verdict;
import signpost.rules.screening.ScreeningReader;
import signpost.rules.screening.Slot;

/**
 * Conversations written for this test, on the real corpus and rules, kept in the real database: the embedded H2 and
 * PostgreSQL.
 */
class DialogueTest {

  @Nested
  class OnH2 extends Conversations {
    @Override
    protected Engine engine() {
      return Engine.H2;
    }
  }

  @Nested
  @ExtendWith(TestPostgres.class)
  class OnPostgreSQL extends Conversations {
    @Override
    protected Engine engine() {
      return Engine.POSTGRESQL;
    }
  }

  abstract static class Conversations extends StoreContract {

  private static final Screener SCREENER = new Screener(ScreeningReader.builtIn());
  private final MovableClock clock = new MovableClock();
  private Memory memory;
  private Dialogue dialogue;

  @BeforeEach
  void startDialogue() {
    memory = new StoreMemory(database);
    dialogue = new Dialogue(SharedCorpus.pipeline(), memory, SCREENER, clock,
        Dialogue.DEFAULT_IDLE);
  }

  private Reply say(String text) {
    return say("alice", text);
  }

  private Reply say(String owner, String text) {
    clock.pass(Duration.ofSeconds(20));
    return dialogue.reply(new Inbound("test:thread-1", owner, null, text, "derbyshire"));
  }

  private Reply sayIn(String organisation, String text) {
    clock.pass(Duration.ofSeconds(20));
    return dialogue.reply(new Inbound("test:thread-1", "alice", null, text, organisation));
  }

  @Test
  void a_vague_opening_is_asked_what_is_changing_and_the_answer_fills_the_record() {
    Reply opening = say("we're changing something about the meals service");
    assertEquals(Slot.ACTIVITY, opening.answer().next().slot());
    assertEquals(Status.OPEN, opening.screening().status());

    Reply detail = say("We'd stop delivering hot meals on Sundays and only offer frozen meals for the weekend.");
    assertEquals(Verdict.REQUIRED, detail.screening().verdict());
    assertTrue(detail.screening().activity().contains("stop delivering hot meals on Sundays"));
    assertEquals(Slot.AFFECTED, detail.answer().next().slot());
    assertEquals(opening.screening().reference(), detail.screening().reference());
    assertTrue(detail.answer().text().contains("Who uses it or is affected by it"), detail.answer().text());
    assertTrue(detail.answer().text().contains("so far: what is changing (\"we're changing something about the meals service"
        + " We'd stop delivering hot meals on Sundays"), "the progress line quotes the record: " + detail.answer().text());
  }

  @Test
  void a_description_sent_again_is_kept_once_in_the_record() {
    String change = "We're closing the Thursday lunch club at Ripley library.";
    Reply first = say("Do we need an EqIA? " + change);
    Reply again = say(change);

    assertEquals(first.screening().reference(), again.screening().reference());
    assertEquals(first.screening().activity(), again.screening().activity(), "the record holds the change once");
    String told = "Attendance registers show 30 regulars, mostly older people.";
    say(told);
    Reply toldAgain = say(told);
    assertEquals(1, occurrences(told, toldAgain.screening()), "kept once, in whichever part it went to");
  }

  /** Returns how many times the text is held in the record's parts that hold what people said. */
  private static int occurrences(String text, Screening record) {
    String parts = String.join("\n", Objects.requireNonNullElse(record.activity(), ""), String.join("\n", record.affected()),
        Objects.requireNonNullElse(record.evidence(), ""), Objects.requireNonNullElse(record.engagement(), ""),
        Objects.requireNonNullElse(record.mitigation(), ""));
    return parts.split(Pattern.quote(text), -1).length - 1;
  }

  @Test
  void who_decides_is_kept_from_its_own_sentence_not_from_the_thanks_after_it() {
    say("Do we need an EqIA? We're closing the Thursday lunch club at Ripley library.");
    say("About 30 regulars, mostly older people, several with dementia who rely on it.");
    say("Attendance registers only.");
    say("We haven't spoken to them yet.");
    say("We'd help them move to the Wednesday club at the community centre.");
    Reply decided = say("The decision will be taken by Cabinet in January 2026. Could you tell me who signs it off?"
        + " Many thanks.");

    assertEquals("Cabinet", decided.screening().decisionMaker());
    assertEquals("in January 2026", decided.screening().decisionDate());
  }

  @Test
  void each_answer_fills_its_part_and_nothing_said_is_skipped_until_the_record_is_complete() {
    say("Do we need an EqIA? We're closing the Thursday lunch club at Ripley library.");
    Reply who = say("About 30 regulars, mostly older people, several with dementia who rely on it.");
    assertTrue(who.screening().characteristicNames().containsAll(java.util.List.of("age", "disability")));
    assertEquals(Impact.NEGATIVE, who.screening().characteristics().get(0).impact());
    assertEquals(Slot.EVIDENCE, who.answer().next().slot(), "groups were already named, so not asked");
    say("Attendance registers only.");
    say("We haven't spoken to them yet.");
    say("We'd help them move to the Wednesday club at the community centre.");
    Reply decided = say("The Head of Libraries decides in March.");
    assertEquals("The Head of Libraries", decided.screening().decisionMaker());
    assertEquals("in March", decided.screening().decisionDate());
    Reply last = say("We'll review it after six months.");
    assertEquals(Status.COMPLETE, last.screening().status());
    assertNull(last.answer().next());
    assertEquals("after six months", last.screening().reviewDate());
    assertEquals(last.screening(), memory.screening(last.screening().reference()).orElseThrow());
  }

  @Test
  void a_screening_is_reported_when_it_starts_when_it_completes_and_when_it_is_abandoned() {
    List<ScreeningEvent> events = new ArrayList<>();
    dialogue = new Dialogue(SharedCorpus.pipeline(), memory, SCREENER, clock, Dialogue.DEFAULT_IDLE, events::add,
        text -> text);

    say("Do we need an EqIA? We're closing the Thursday lunch club at Ripley library.");
    assertEquals(List.of(ScreeningEvent.STARTED), events);
    for (String reply : List.of("About 30 regulars, mostly older people, several with dementia who rely on it.",
        "Attendance registers only.", "We haven't spoken to them yet.",
        "We'd help them move to the Wednesday club at the community centre.", "The Head of Libraries decides in March.")) {
      say(reply);
    }
    assertEquals(List.of(ScreeningEvent.STARTED), events);
    assertEquals(Status.COMPLETE, say("We'll review it after six months.").screening().status());
    say("What does the public sector equality duty mean?");
    say("bob", "We're cutting the opening hours of the records office.");
    say("bob", "never mind");

    assertEquals(List.of(ScreeningEvent.STARTED, ScreeningEvent.COMPLETED, ScreeningEvent.STARTED, ScreeningEvent.ABANDONED), events);
  }

  @Test
  void an_unrelated_question_is_answered_on_its_own_and_the_screening_waits() {
    Reply started = say("We're moving the blue badge service online only from April.");
    Slot pending = started.answer().next().slot();

    Reply aside = say("What does the public sector equality duty mean?");
    assertEquals(Intent.DUTY, aside.answer().intent());
    assertTrue(aside.answer().text().contains(started.screening().reference() + " is still open"), aside.answer().text());

    Reply back = say("Around 9,000 badge holders, all disabled and many of them older.");
    assertEquals(started.screening().reference(), back.screening().reference());
    assertNotEquals(pending, back.answer().next().slot());
  }

  @Test
  void a_side_question_put_between_other_words_is_answered_on_its_own_and_the_change_stays() {
    Reply started = say("We're bringing in a charge for the carers' emergency respite service from April.");

    Reply aside = say("hang on, side question - are carers actually a protected characteristic? my manager says they"
        + " are but I thought they weren't");

    assertNotEquals(Intent.EQIA, aside.answer().intent(), aside.answer().text());
    assertTrue(aside.answer().text().contains(started.screening().reference() + " is still open"), aside.answer().text());
    assertEquals(started.screening().activity(), memory.screening(started.screening().reference()).orElseThrow()
        .activity(), "the side question corrects nothing");
  }

  @Test
  void asked_whom_to_consult_the_groups_the_screening_records_are_named() {
    Reply started = say("We're closing the cash office at the council offices. Most people who pay there in cash are"
        + " older people and disabled people, and the village is rural with one bus every two hours.");

    Reply who = say("We haven't consulted anyone yet - do we need to, and who needs to see the assessment?");

    String text = who.answer().text();
    assertTrue(text.contains(started.screening().reference() + " records so far, involve the people it affects"), text);
    assertTrue(text.contains("age") && text.contains("disability") && text.contains("rural"), text);
  }

  @Test
  void asking_who_signs_it_off_however_it_is_named_is_answered_by_the_screening() {
    Reply started = sayIn("cambridgeshire", "We're moving the blue badge service online only from April.");

    // Asked alone, Cambridgeshire's documents answer it with contacts for anything: "cleared by" names no assessment.
    Reply who = sayIn("cambridgeshire", "Who do I need to get 4.4 cleared by before it goes?");

    assertEquals(started.screening().reference(), who.screening().reference());
    assertEquals(Intent.EQIA, who.answer().intent(), who.answer().text());
    assertTrue(who.answer().text().contains("Super User"), who.answer().text());
  }

  @Test
  void initials_made_of_a_body_named_in_the_screening_are_read_as_its_name() {
    String question = "how long before the ISC meeting should I have started?";
    Reply cold = say("bob", question);
    assertTrue(cold.answer().text().contains("don't mention \"ISC\""), "no document knows the initials alone: "
        + cold.answer().text());

    Reply started = say("We're moving the blue badge service online only from April. It goes to the Improvement and "
        + "Scrutiny Committee in March.");
    Reply timing = say(question);

    assertFalse(timing.answer().text().contains("don't mention"), timing.answer().text());
    assertTrue(timing.answer().text().contains(started.screening().reference() + " is still open"),
        timing.answer().text());
  }

  @Test
  void a_question_about_the_screening_itself_carries_it_on() {
    Reply started = say("We're moving the blue badge service online only from April.");

    Reply more = say("Is there anything else you need from me?");

    assertEquals(started.screening().reference(), more.screening().reference());
    assertEquals(Intent.EQIA, more.answer().intent(), more.answer().text());
    assertNotNull(more.answer().next(), "it asks what it still needs");
  }

  @Test
  void saying_the_change_is_off_drops_the_screening_though_it_names_the_change() {
    say("we might stop saturday ceremonies at two of the smaller register office venues");

    Reply dropped = say("my director's just messaged - it's been taken off the savings list so we're not doing it. "
        + "forget it, thanks");

    assertEquals(Status.ABANDONED, dropped.screening().status());
  }

  @Test
  void asking_whether_anything_is_needed_before_saying_what_starts_a_screening_that_asks() {
    Reply opening = say("do I need to do anything equality-wise for this? it's a finance process thing");

    assertEquals(Status.OPEN, opening.screening().status());
    assertEquals(Slot.ACTIVITY, opening.answer().next().slot());
  }

  @Test
  void the_kind_of_change_told_late_in_reply_to_another_question_is_what_is_changing() {
    say("need to check a change");
    say("it's school transport");
    say("for post-16 students, about 300 of them");

    Reply told = say("we want to bring in a charge");

    assertTrue(told.screening().activity().contains("bring in a charge"), told.screening().activity());
    assertEquals(Verdict.REQUIRED, told.screening().verdict());
  }

  @Test
  void never_mind_drops_the_screening_and_keeps_it_as_abandoned() {
    Reply started = say("We're cutting the opening hours of the records office.");
    Reply dropped = say("never mind, it's been decided elsewhere");

    assertEquals(Status.ABANDONED, dropped.screening().status());
    assertEquals(Status.ABANDONED, memory.screening(started.screening().reference()).orElseThrow().status());
    Reply next = say("What is an EqIA?");
    assertNull(next.screening());
  }

  @Test
  void never_mind_drops_the_screening_when_another_team_is_sorting_the_change_it_names() {
    Reply started = say("we're changing the cleaning contract for the depot, might go out to a new supplier");
    Reply dropped = say("actually never mind, leave it. procurement are sorting it");

    assertEquals(Status.ABANDONED, dropped.screening().status(), dropped.answer().text());
    assertEquals(Status.ABANDONED, memory.screening(started.screening().reference()).orElseThrow().status());
  }

  @Test
  void never_mind_before_any_screening_starts_none_though_it_names_the_change() {
    List<ScreeningEvent> events = new ArrayList<>();
    dialogue = new Dialogue(SharedCorpus.pipeline(), memory, SCREENER, clock, Dialogue.DEFAULT_IDLE, events::add,
        text -> text);

    say("it's the library contract, it's up for renewal next year");
    Reply dropped = say("actually never mind, leave it. owen says it's all being done as part of the contract review");

    assertNull(dropped.screening(), dropped.answer().text());
    assertNull(dropped.answer().eqia());
    assertTrue(events.isEmpty(), events.toString());
  }

  @Test
  void a_first_message_saying_actually_corrects_nothing_and_keeps_the_change_it_describes() {
    Reply started = say("We need to save money in leisure, one idea was selling the golf course but that's gone, what we're"
        + " actually doing is opening the pools 9 till 5 instead of 7 till 9 and making everyone book swims online."
        + " I don't know if that counts as something you need an equality analysis for? Lots of older swimmers use"
        + " the early sessions.");

    assertTrue(started.screening().activity().contains("opening the pools 9 till 5"), started.screening().activity());
    assertEquals(Verdict.REQUIRED, started.answer().eqia().verdict(), started.answer().text());
  }

  @Test
  void a_correction_replaces_the_fact_it_corrects() {
    say("We're closing three of our day centres.");
    say("About 200 people use them, mostly older and disabled adults.");
    Reply corrected = say("Actually it's about 150 people, not 200.");

    assertTrue(corrected.screening().affected().get(0).contains("About 150 people use them"),
        corrected.screening().affected().toString());
    assertFalse(String.join(" ", corrected.screening().affected()).contains("200"));
    assertTrue(corrected.answer().text().contains("Corrected in the record: About 150 people use them"),
        "the reply shows the record as corrected: " + corrected.answer().text());
  }

  @Test
  void saying_it_was_got_wrong_takes_back_what_was_said_last_not_the_opening_question() {
    say("hi, do I need an impact assessment for a change at Hillside Library?");
    Reply cut = say("we're cutting Saturday opening, so it'd be closed on Saturdays");
    Reply corrected = say("sorry, I got that completely wrong - the opening hours aren't changing at all. Staff from"
        + " Central Library will cover Hillside on Saturdays on a rota.");

    assertTrue(cut.screening().activity().contains("cutting Saturday opening"), cut.screening().activity());
    assertFalse(corrected.screening().activity().contains("cutting Saturday opening"), corrected.screening().activity());
    assertTrue(corrected.screening().activity().contains("Hillside Library?"), "the question stays: "
        + corrected.screening().activity());
    assertTrue(corrected.answer().text().contains("Corrected in the record"), corrected.answer().text());
  }

  @Test
  void the_wrong_paper_taken_back_starts_the_screening_again_from_the_change_told_instead() {
    say("Hi - need to check the mobile library changes");
    Reply cut = say("We're planning to cut the fortnightly mobile library stops in the villages down to monthly.");
    Reply again = say("Sorry, ignore that, I was sent the wrong paper. The stops, days and times all stay exactly the "
        + "same. The only change is the van will be parked overnight at the Ely depot instead of March, to save fuel. "
        + "Same van, same crew, same timetable.");

    assertEquals(Verdict.REQUIRED, cut.screening().verdict());
    assertEquals(cut.screening().reference(), again.screening().reference(), "the same screening, started again");
    assertFalse(again.screening().activity().contains("monthly"), again.screening().activity());
    assertFalse(again.screening().activity().contains("need to check"), again.screening().activity());
    assertTrue(again.screening().activity().contains("parked overnight at the Ely depot"), again.screening().activity());
    assertEquals(Verdict.SCREENING, again.screening().verdict(), "nothing people meet changes: " + again.answer().text());
    assertTrue(again.answer().text().contains("again from this message"), again.answer().text());
  }

  @Test
  void the_wrong_one_called_a_kit_swap_is_left_out_when_the_real_change_follows_it() {
    say("can you help with an equality assessment for a staffing change");
    say("we're swapping the lone working devices for the new model");
    Reply real = say("sorry no, wrong one - that's just a kit swap, same app, same escalation. the real one: the hospital "
        + "discharge team is going from Mon-Fri 9-5 to a 7-day service 8am to 8pm, with everyone working 1 weekend in 3");

    assertTrue(real.answer().text().contains("again from this message"), real.answer().text());
    assertTrue(real.screening().activity().startsWith("the hospital discharge team is going"),
        real.screening().activity());
    assertFalse(real.screening().activity().contains("kit swap"), real.screening().activity());
    assertEquals(Verdict.REQUIRED, real.screening().verdict(), "staff rostered across the week: "
        + real.answer().text());
  }

  @Test
  void a_greeting_opening_the_message_is_no_part_of_the_record() {
    Reply opening = say("morning, we're withdrawing the subsidy for the evening 58A bus");
    Reply hello = say("Hi - it's mostly hospital shift workers and older people coming back from town");

    assertEquals("we're withdrawing the subsidy for the evening 58A bus", opening.screening().activity());
    assertTrue(hello.screening().affected().get(0).startsWith("it's mostly"), hello.screening().affected().toString());
  }

  @Test
  void a_disadvantage_told_in_the_screening_requires_a_full_assessment() {
    Reply opening = say("we're changing the application process for our apprenticeships so everyone needs a full driving "
        + "licence when they apply");
    Reply told = say("it'll probably put off younger applicants who haven't passed their test yet and disabled people "
        + "who can't drive");

    assertEquals(Verdict.SCREENING, opening.screening().verdict(), opening.answer().text());
    assertEquals(Verdict.REQUIRED, told.screening().verdict(), told.answer().text());
    assertTrue(told.answer().text().contains("because of their age and disability"), told.answer().text());
  }

  @Test
  void who_signs_the_assessment_off_and_whether_a_full_one_is_needed_carry_the_screening_on() {
    say("we're closing the Hillside day centre from March");
    Reply signOff = say("who needs to sign the assessment off and where do i send it?");
    Reply full = say("the head of adult care wants to sign it off next month. do we need a full one?");

    assertNotNull(signOff.answer().eqia(), signOff.answer().text());
    assertNotNull(full.answer().eqia(), full.answer().text());
    assertEquals(signOff.screening().reference(), full.screening().reference());
  }

  @Test
  void a_question_put_is_never_kept_as_who_decides_but_an_unsure_answer_is() {
    say("we're closing the Hillside day centre from March");
    Reply asked = say("So what do I need to do, and who signs it off?");
    Reply unsure = say("don't know who decides, probably cabinet?");

    assertNull(asked.screening().decisionMaker(), "asked, not said");
    assertNotNull(unsure.answer().eqia(), "an answer to the screening, not a question of its own: " + unsure.answer().text());
    assertEquals("don't know who decides, probably cabinet?", unsure.screening().decisionMaker());
  }

  @Test
  void a_number_corrected_in_figures_replaces_the_one_told_in_words_and_people_told_with_the_change_tell_both() {
    say("we're closing some children's centres");
    Reply told = say("two of the centres in Bolsover would close and the services move to the family hub");
    Reply corrected = say("actually it's 3 centres not 2");

    assertTrue(told.screening().activity().contains("two of the centres in Bolsover"), told.screening().activity());
    assertTrue(corrected.screening().activity().contains("3 centres in Bolsover"), corrected.screening().activity());
    assertFalse(corrected.screening().activity().contains("two of"), corrected.screening().activity());
    assertTrue(String.join(" ", told.screening().affected()).contains("two of the centres"),
        told.screening().affected().toString());
    String affected = String.join(" ", corrected.screening().affected());
    assertFalse(affected.contains("two of"), "the same sentence told of who is affected is corrected too: " + affected);
  }

  @Test
  void a_disclosure_in_the_middle_gets_the_support_reply_and_nothing_of_it_is_kept() {
    Reply started = say("We're restructuring the admin team and deleting two posts.");
    Reply disclosure = say("my manager keeps making comments about my religion and I don't know what to do");

    assertEquals(Intent.SUPPORT, disclosure.answer().intent());
    assertNull(disclosure.screening());
    Screening kept = memory.screening(started.screening().reference()).orElseThrow();
    assertFalse(kept.toString().contains("religion"), kept.toString());
    Reply after = say("It affects 12 staff, most of them part time women.");
    assertEquals(started.screening().reference(), after.screening().reference());
  }

  @Test
  void the_last_question_asked_is_kept_redacted_for_its_asker_until_the_conversation_closes() {
    dialogue = new Dialogue(SharedCorpus.pipeline(), memory, SCREENER, clock, Dialogue.DEFAULT_IDLE, event -> { },
        text -> text.replace("Dr Patel", "[name]"));
    assertEquals(java.util.Optional.empty(), dialogue.lastAsked("test:thread-1", "alice"));

    say("What is the PSED, Dr Patel?");
    say("Is there a choir for carers?");
    say("bob", "What staff networks are there?");
    say("I was harassed at work because I'm gay");

    assertEquals(java.util.Optional.of("Is there a choir for carers?"), dialogue.lastAsked("test:thread-1", "alice"));
    assertEquals(java.util.Optional.of("What staff networks are there?"), dialogue.lastAsked("test:thread-1", "bob"));
    say("bob", "Who is the EDI lead, Dr Patel?");
    assertEquals(java.util.Optional.of("Who is the EDI lead, [name]?"), dialogue.lastAsked("test:thread-1", "bob"));
    clock.pass(Dialogue.DEFAULT_IDLE.plusMinutes(1));
    assertEquals(java.util.Optional.empty(), dialogue.lastAsked("test:thread-1", "alice"));
  }

  @Test
  void a_conversation_idle_past_the_set_time_is_closed_and_its_screening_stays_a_draft() {
    Reply started = say("We're closing the Tuesday toddler group at the children's centre.");
    clock.pass(Duration.ofMinutes(31));

    Reply later = say("What is the socio-economic duty?");
    assertTrue(later.answer().text().contains("saved as a draft"), later.answer().text());
    assertNull(later.screening());
    assertEquals(Status.OPEN, memory.screening(started.screening().reference()).orElseThrow().status());
  }

  @Test
  void closing_idle_conversations_forgets_them_and_keeps_their_screenings() {
    Reply started = say("We're closing the Tuesday toddler group at the children's centre.");
    assertEquals(0, dialogue.closeIdle());
    clock.pass(Duration.ofMinutes(31));

    assertEquals(1, dialogue.closeIdle());
    assertTrue(memory.conversation("test:thread-1|alice").isEmpty());
    assertEquals(Status.OPEN, memory.screening(started.screening().reference()).orElseThrow().status());
  }

  @Test
  void another_person_in_the_same_thread_never_touches_the_first_persons_screening() {
    Reply alice = say("alice", "We're closing the Tuesday toddler group at the children's centre.");
    Reply bob = say("bob", "never mind");

    assertNull(bob.screening());
    assertEquals(Status.OPEN, memory.screening(alice.screening().reference()).orElseThrow().status());
    assertEquals("alice", memory.screening(alice.screening().reference()).orElseThrow().owner());
  }

  @Test
  void a_question_outside_a_conversation_starts_no_screening() {
    Reply alone = dialogue.reply(new Inbound(null, "alice", null, "We're closing the Tuesday toddler group.", "derbyshire"));

    assertNotNull(alone.answer().eqia());
    assertNull(alone.screening());
    assertNull(alone.conversation());
  }

  @Test
  void a_draft_is_resumed_by_its_reference_by_its_owner_only() {
    Reply started = say("We're closing the Tuesday toddler group at the children's centre.");
    String reference = started.screening().reference();
    clock.pass(Duration.ofHours(2));

    Reply stranger = dialogue.reply(new Inbound("test:thread-2", "mallory", null, "resume " + reference, "derbyshire"));
    assertFalse(stranger.answer().answered());
    assertNull(stranger.screening());
    Reply resumed = dialogue.reply(new Inbound("test:thread-3", "alice", null, "please resume " + reference.toLowerCase(),
        "derbyshire"));
    assertEquals(reference, resumed.screening().reference());
    assertEquals(Slot.AFFECTED, resumed.answer().next().slot());
    Reply answered = dialogue.reply(new Inbound("test:thread-3", "alice", null, "About 25 families with babies and toddlers.",
        "derbyshire"));
    assertEquals(reference, answered.screening().reference());
    assertFalse(answered.screening().affected().isEmpty());
  }

  @Test
  void my_screenings_lists_the_persons_own_newest_first_and_no_one_elses() {
    Reply first = say("alice", "We're closing the Tuesday toddler group at the children's centre.");
    clock.pass(Duration.ofMinutes(1));
    Reply second = dialogue.reply(new Inbound("test:thread-9", "alice", null, "We're cutting the mobile library route.",
        "derbyshire"));
    dialogue.reply(new Inbound("test:thread-8", "bob", null, "We're closing the records office on Saturdays.", "derbyshire"));

    String listed = say("alice", "my screenings").answer().text();
    assertTrue(listed.indexOf(second.screening().reference()) < listed.indexOf(first.screening().reference())
        && listed.indexOf(second.screening().reference()) > 0, listed);
    assertFalse(listed.contains("records office"), listed);
    assertTrue(dialogue.reply(new Inbound("test:thread-7", "carol", null, "show my screenings", "derbyshire")).answer()
        .text().startsWith("You have no screenings yet"));
  }
  }
}
