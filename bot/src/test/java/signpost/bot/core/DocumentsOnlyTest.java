package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Clock;
import signpost.bot.conversation.Dialogue;
import signpost.bot.conversation.Inbound;
import signpost.bot.conversation.Reply;
import signpost.bot.conversation.Screener;
import signpost.bot.store.Database;
import signpost.bot.store.Engine;
import signpost.bot.store.StoreMemory;
import signpost.rules.screening.ScreeningReader;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LoadOptions;
import signpost.rules.decision.Intent;
import signpost.rules.decision.Verdict;

/**
 * Answers for an organisation that brings only its documents, no organisation file: how it does its EqIAs is
 * quoted from its own guidance and cited, and a question its documents do not answer is refused, not met with
 * a bare "ask your EDI team".
 */
class DocumentsOnlyTest {

  private static final String ORG = "northshire";

  @TempDir
  static Path folder;

  private static AnswerPipeline pipeline;

  @BeforeAll
  static void load() throws IOException {
    Files.writeString(folder.resolve("manifest.yaml"), """
        organisations:
          northshire:
            name: Northshire Borough Council
        documents:
          - file: northshire-eqia-guidance.md
            organisation: northshire
            title: Equality Impact Assessment guidance for managers
            kind: guidance
            published: 2025-06
          - file: northshire-equality-objectives.md
            organisation: northshire
            title: Equality objectives 2025-2029
            kind: strategy
            published: 2025-04
        """);
    Files.writeString(folder.resolve("northshire-equality-objectives.md"), """
        # Equality objectives 2025-2029

        ## Leadership
        Our Chief Executive and the Cabinet Member for Communities lead our equality work together, supported by the
        Equality Board.

        ## Objective 1: a workforce that reflects our communities
        We will publish workforce equality data every year and review recruitment panels for diverse membership.

        ## Our objectives by theme
        We have four equality objectives for our two themes (workforce and neighbourhoods), these include:

        A. Workforce: publish pay gap data and widen the routes into apprenticeships.

        B. Neighbourhoods: build greater connection with every neighbourhood and promote participation in local decisions.

        ## Our people
        Our employee equality network, Northshire Equal Voices (NEV), meets monthly in work time and welcomes every
        member of staff.
        """);
    Files.writeString(folder.resolve("northshire-eqia-guidance.md"), """
        # Equality Impact Assessment guidance for managers

        ## When to start
        Start the Equality Impact Assessment at the start of the project, before options are agreed.

        ## Screening first
        Every proposal begins with the two-page screening form (form EQ1). If the screening finds a possible adverse
        impact on any group, complete the full assessment (form EQ2).

        ## Sign-off
        Your Head of Service signs off the screening. A full assessment is signed off by the Director and checked by
        the Equality and Diversity Officer before it goes to Cabinet.

        ## Thresholds
        A full assessment is always needed for savings over £100,000 and any closure of a public building.

        ## Help for managers
        Each directorate has an EqIA Champion who helps managers plan their consultation.

        ## When none is needed
        No Equality Impact Assessment is needed for routine operational matters such as swapping shifts, replacing
        equipment like for like or renaming a team. Note the reason on the decision record.
        """);
    KnowledgeBase knowledge = KnowledgeBase.load(LoadOptions.of(List.of(folder)));
    pipeline = new AnswerPipeline(knowledge, SharedRules.BUILT_IN, AnswerPolicy.DEFAULT);
  }

  /** Returns the answer, for someone of the organisation, from the documents of a held-out set's organisation. */
  private static Answer askHeldOut(String set, String organisation, String question) {
    Path corpus = Path.of("src/test/resources/signpost/eval/held-out/" + set + "/corpus");
    try (KnowledgeBase knowledge = KnowledgeBase.load(LoadOptions.of(List.of(corpus)))) {
      return new AnswerPipeline(knowledge, SharedRules.BUILT_IN, AnswerPolicy.DEFAULT)
          .answer(new Question("t", question, organisation));
    }
  }

  private static Answer ask(String question) {
    return pipeline.answer(new Question("t", question, ORG));
  }

  @Test
  void who_signs_off_is_quoted_from_the_organisations_own_guidance() {
    Answer answer = ask("who signs off an EqIA here?");

    assertTrue(answer.answered(), answer.text());
    assertTrue(answer.text().contains("Your Head of Service signs off the screening"), answer.text());
    assertEquals("northshire-eqia-guidance.md", answer.sources().get(0).document());
    assertEquals("Equality Impact Assessment guidance for managers > Sign-off", answer.sources().get(0).section());
  }

  @Test
  void which_form_and_what_comes_first_are_quoted_and_cited() {
    Answer answer = ask("which form do I fill in first for an equality impact assessment?");

    assertTrue(answer.text().contains("form EQ1"), answer.text());
    assertTrue(answer.sources().stream().anyMatch(c -> c.section().endsWith("Screening first")), answer.sources().toString());
  }

  @Test
  void a_threshold_is_quoted_with_its_figure() {
    Answer answer = ask("is there a savings threshold for a full equality impact assessment?");

    assertTrue(answer.text().contains("£100,000"), answer.text());
  }

  @Test
  void an_eqia_verdict_quotes_who_signs_off_from_the_organisations_guidance() {
    Answer answer = ask("we're closing the Ashby day centre, anything equality-wise?");

    assertEquals(Intent.EQIA, answer.intent());
    assertTrue(answer.text().contains("From Equality Impact Assessment guidance for managers (published June 2025):\n"
        + "Your Head of Service signs off the screening."), answer.text());
    assertTrue(answer.sources().stream().anyMatch(c -> c.section().endsWith("> Sign-off")), answer.sources().toString());
  }

  @Test
  void asked_who_owns_one_action_the_plan_is_quoted_by_its_row_and_asked_for_all_by_every_row() {
    Answer one = askHeldOut("unseen-district", "wyvern-vale", "my manager mentioned there's something in the action plan"
        + " about hate crime reporting centres. who owns it and when's it due?");
    Answer all = askHeldOut("unseen-district", "wyvern-vale",
        "what are all the actions in the equality action plan on hate crime?");

    assertTrue(one.text().contains("Lead officer: Ravi Chandran, Community Development Manager; By when: December 2025"),
        one.text());
    // The other rows of the part of the table found: another action's owner and date.
    assertFalse(one.text().contains("Natalie Brooks") || one.text().contains("Carers' Charter"), one.text());
    assertTrue(all.text().contains("Carers' Charter") && all.text().contains("Community Cohesion Grants"), all.text());
  }

  @Test
  void asked_two_questions_of_one_table_it_is_quoted_by_the_row_of_each() {
    Answer answer = askHeldOut("unseen-icb", "corrowdale-fenby",
        "when is Skelby MIU's last day, and when does the new urgent treatment centre at Fenby open?");

    assertTrue(answer.text().contains("Skelby MIU closes (last day of service)")
        && answer.text().contains("27 February 2026"), answer.text());
    assertTrue(answer.text().contains("Fenby Urgent Treatment Centre opens") && answer.text().contains("2 March 2026"),
        answer.text());
    assertFalse(answer.text().contains("Skelby same-day access hub opens"),
        "a row neither question asks: " + answer.text());
  }

  @Test
  void asked_of_a_numbered_objective_that_is_a_tables_row_it_is_quoted_by_that_row_whole() {
    Answer answer = askHeldOut("unseen-shire", "wexhampton",
        "in the equality report card objective 3 is showing red. what is that objective actually about?");

    // The row's measure, past the sentences of the row that share the question's words.
    assertTrue(answer.text().contains("Grade 10 and above: 4.3%") && answer.text().contains("RAG: RED"), answer.text());
    assertFalse(answer.text().contains("Objective 2: Narrowing the health gap"), "another objective's row: "
        + answer.text());
  }

  @Test
  void telling_of_a_condition_and_asking_more_the_adjustments_route_comes_with_what_the_message_found() {
    Answer answer = askHeldOut("unseen-shire", "wexhampton", "newly diagnosed with dyspraxia (at 52!). someone mentioned"
        + " a passport thing for adjustments - how does it work, and who pays if I need software?");

    assertTrue(answer.text().startsWith("Thank you for telling me."), answer.text());
    assertTrue(answer.text().contains("Download the Passport form"), answer.text());
    // Not a route to anyone, but what the message asked besides.
    assertTrue(answer.text().contains("Equipment and software are paid for from the central Adjustments Fund"),
        answer.text());
  }

  @Test
  void told_no_assessment_is_needed_the_organisations_way_of_recording_a_no_is_quoted() {
    Answer answer = askHeldOut("unseen-london", "hallowmere", "we're changing the finance coding structure in the"
        + " ledger. nobody's job changes and residents won't see anything. do I need an EqIA?");

    assertEquals(Verdict.NOT_REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("An EqIA is not needed because") && answer.text().contains("EqIA Library"),
        answer.text());
  }

  @Test
  void a_checklist_first_stage_and_a_level_column_are_read_from_an_organisations_own_table_of_examples() {
    // "Equality Impact Checklist (EIC)" is its first stage; "Level: No checklist needed" says none is needed.
    Answer answer = askHeldOut("unseen-town", "hollinsworth", "the bin outside the town hall got burnt out, we're"
        + " putting an identical one back where it was. any equality paperwork?");

    assertEquals(Verdict.NOT_REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Level: No checklist needed"), answer.text());
  }

  @Test
  void a_review_of_equality_impact_is_an_organisations_assessment_and_its_rows_are_read_by_minutes_and_what_is_kept() {
    // "Equality Impact Review (EIR)" with a "Stage 1 Initial Review": the academy trust's own table decides.
    Answer tenMinutes = askHeldOut("unseen-academy", "northmere-academies", "we'd like to start at 8.50 instead of 8.40"
        + " at fellgate from january, anything we need to fill in?");
    Answer lunchOrder = askHeldOut("unseen-academy", "northmere-academies", "swapping the two lunch sittings round so"
        + " year 3 eat first. the day starts and finishes at the same time and lunch is the same length. any form?");
    Answer hairRules = askHeldOut("unseen-academy", "northmere-academies", "new rules at saltcote: no braids or"
        + " extensions, and boys hair above the collar. do we need a review for that?");

    assertEquals(Verdict.SCREENING, tenMinutes.eqia().verdict(), tenMinutes.text());
    assertTrue(tenMinutes.text().contains("by 15 minutes or less"), tenMinutes.text());
    assertEquals(Verdict.NOT_REQUIRED, lunchOrder.eqia().verdict(), lunchOrder.text());
    assertTrue(lunchOrder.text().contains("lunch sittings within the school day"), lunchOrder.text());
    assertEquals(Verdict.REQUIRED, hairRules.eqia().verdict(), hairRules.text());
    assertTrue(hairRules.text().contains("changing the rules on hair"), hairRules.text());
  }

  @Test
  void due_regard_is_answered_by_what_the_organisations_own_documents_say_it_means_with_its_points() {
    // The procedure's "2.2 What "due regard" means": its definition, then the points of practice under "In practice:".
    Answer talkedItThrough = askHeldOut("unseen-academy", "northmere-academies", "the governors discussed it at"
        + " their meeting before voting, surely that counts as due regard?");
    // The toolkit's 2.2 has the definition and then a sentence on records: the definition, not only the record.
    Answer meaning = askHeldOut("unseen-transport", "harrowvale-transport", "can someone explain due regard to me"
        + " in plain english");

    assertTrue(talkedItThrough.text().startsWith("Due regard means consciously thinking"), talkedItThrough.text());
    assertTrue(talkedItThrough.text().contains("that is not recorded will not, on its own, show due regard"),
        talkedItThrough.text());
    assertTrue(meaning.text().startsWith("Due regard means giving conscious, proportionate thought"), meaning.text());
    // Under its heading on what due regard means, the policy's "The courts have said that it means:" and its points.
    Answer councillor = askHeldOut("unseen-parish", "ashcombe-town-council", "im a new councillor, what does having"
        + " due regard actually involve for us?");
    assertTrue(councillor.text().startsWith("Having due regard is not a tick-box exercise"), councillor.text());
    assertTrue(councillor.text().contains("consciously think about the three aims"), councillor.text());
  }

  @Test
  void a_route_told_by_its_passengers_a_day_and_how_often_it_runs_is_held_against_the_rows_that_bound_them() {
    // "Frequency reduction on a quieter route: The same change on a route carrying 200 passengers a day or fewer".
    Answer quiet = askHeldOut("unseen-transport", "harrowvale-transport", "the 5 has maybe 80 passengers a day, we want"
        + " it every 2 hours on sundays instead of hourly. what do we fill in?");
    // "Opening or closing a bus station up to 59 minutes later or earlier", not "... one hour or more earlier".
    Answer earlier = askHeldOut("unseen-transport", "harrowvale-transport", "thinking of locking up the bus station at"
        + " half 9 instead of 10pm on weeknights, what paperwork is that?");

    assertEquals(Verdict.SCREENING, quiet.eqia().verdict(), quiet.text());
    assertTrue(quiet.text().contains("200 passengers a day or fewer"), quiet.text());
    assertEquals(Verdict.SCREENING, earlier.eqia().verdict(), earlier.text());
    assertTrue(earlier.text().contains("up to 59 minutes later or earlier"), earlier.text());
  }

  @Test
  void someone_served_who_needs_an_interpreter_is_answered_by_the_organisations_own_interpreting_passage() {
    // "lad", "came" and a language's name tell the story, not what is asked; the language is a language need.
    Answer prisoner = askHeldOut("unseen-prison", "hmp-brackwater", "new lad came in last night, only speaks romanian,"
        + " how do i get an interpreter for his induction");
    // Nothing answers the whole story; its asking clause alone is answered.
    Answer complainant = askHeldOut("unseen-regulator", "fenwater-regulator", "a deaf consumer is coming to brackmoor"
        + " about her appeal next month, how do I get a BSL interpreter sorted?");

    assertTrue(prisoner.answered() && prisoner.text().contains("Big Word"), prisoner.text());
    assertTrue(complainant.answered() && complainant.text().contains("Interpreters"), complainant.text());
  }

  @Test
  void hours_a_week_staff_counted_and_an_event_meet_the_rows_that_bound_or_name_them() {
    Answer winter = askHeldOut("unseen-waste", "saltmarsh-waste-partnership", "at marrick fen we'd close at 3 instead of"
        + " 4 on weekdays over winter, about 5 hours a week less, still open every day. do we need an assessment?");
    Answer rota = askHeldOut("unseen-waste", "saltmarsh-waste-partnership", "we want to put the weighbridge operatives"
        + " (around 40 of them) onto a new shift pattern from april, which assessment is it?");
    Answer event = askHeldOut("unseen-arts", "wexmoor-arts-council", "I'm putting on a one-day workshop for new"
        + " applicants in Harrowby in May, do I need an assessment form for that?");
    Answer desk = askHeldOut("unseen-arts", "wexmoor-arts-council", "they want to shut reception to visitors at 2pm on"
        + " thursdays instead of 5, do we need an equality form?");

    assertEquals(Verdict.SCREENING, winter.eqia().verdict(), winter.text());
    assertTrue(winter.text().contains("10 hours a week or less"), winter.text());
    assertEquals(Verdict.REQUIRED, rota.eqia().verdict(), rota.text());
    assertTrue(rota.text().contains("for more than 25 staff"), rota.text());
    assertEquals(Verdict.NOT_REQUIRED, event.eqia().verdict(), event.text());
    assertTrue(event.text().contains("Accessible Events Checklist"), event.text());
    assertEquals(Verdict.SCREENING, desk.eqia().verdict(), desk.text());
    assertTrue(desk.text().contains("A change to the office opening hours"), desk.text());
  }

  @Test
  void the_nine_asked_for_are_listed_and_objectives_asked_of_a_job_nothing_answers_are_listed() {
    Answer nine = askHeldOut("unseen-parish", "ashcombe-town-council", "can you list the protected characteristics"
        + " for me, it's for the new poster in the office");
    Answer gate = askHeldOut("unseen-waste", "saltmarsh-waste-partnership", "i drive the bulky waste van out of"
        + " fenmouth depot. does any of the equality objectives matter for me");

    assertTrue(nine.text().startsWith("The Equality Act 2010 protects people from discrimination because of nine"),
        nine.text());
    assertTrue(nine.text().contains("- sexual orientation"), nine.text());
    assertTrue(gate.text().contains("- Objective 2: Reaching every community"), gate.text());
  }

  @Test
  void harm_by_a_colleague_meets_what_the_organisation_says_to_do_below_its_introduction_and_the_guides_many_passages() {
    Answer answer = askHeldOut("unseen-regulator", "fenwater-regulator", "a guy in my team keeps making jokes about my"
        + " accent, it's wearing me down. what are my options?");

    assertTrue(answer.text().contains("Talk to a Dignity at Work contact"), answer.text());
  }

  @Test
  void a_like_for_like_change_is_of_no_row_of_a_greater_kind_whatever_place_words_they_share() {
    // "on the 2nd floor" and "the same" are no "Moving a team to another floor or area within the same building".
    Answer answer = askHeldOut("unseen-regulator", "fenwater-regulator", "the colour printer on the 2nd floor at brackmoor"
        + " has packed in, facilities are fitting the exact same model in the same place. anything for us to do?");

    assertEquals(Verdict.NOT_REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Like-for-like replacement of equipment"), answer.text());
  }

  @Test
  void what_a_proposal_leaves_as_it_is_matches_no_example_of_changing_it() {
    Answer uprated = askHeldOut("unseen-town", "hollinsworth", "putting the allotment rents up by inflation in april"
        + " but not touching any discounts, do i need to fill something in?");
    Answer freeUseEnded = askHeldOut("unseen-town", "hollinsworth", "we want to stop the youth club having the main hall"
        + " for free and charge them the standard rate. what do we need to do?");

    assertEquals(Verdict.SCREENING, uprated.eqia().verdict(), uprated.text());
    assertTrue(uprated.text().contains("Annual fees and charges at or below inflation"), uprated.text());
    assertEquals(Verdict.REQUIRED, freeUseEnded.eqia().verdict(), freeUseEnded.text());
    assertFalse(freeUseEnded.text().contains("at or below inflation"), "an uprating is a lesser change: "
        + freeUseEnded.text());
  }

  @Test
  void harm_from_a_visitor_told_is_met_with_the_organisations_route_for_abuse_from_visitors() {
    Answer answer = askHeldOut("unseen-museum", "ashmoor-museums", "a visitor in the shop said something vile about my"
        + " turban and my supervisor just shrugged. can i report that?");

    assertEquals(Intent.SUPPORT, answer.intent(), answer.text());
    assertTrue(answer.text().contains("Visitor Incident Report"), answer.text());
  }

  @Test
  void harm_from_a_pupils_family_told_is_met_with_the_route_for_abuse_by_parents() {
    // "having a go at me" and "posted about me on facebook" tell of harassment; a mum is a parent, not a colleague.
    Answer answer = askHeldOut("unseen-academy", "northmere-academies", "a mum keeps having a go at me at the gate about"
        + " my wheelchair and she's posted about me on facebook now. what do i do?");

    assertEquals(Intent.SUPPORT, answer.intent(), answer.text());
    assertTrue(answer.text().contains("Abuse or harassment by a parent, carer or visitor"), answer.text());
  }

  @Test
  void asked_what_a_term_means_a_definitions_table_is_quoted_by_the_terms_row() {
    Answer answer = askHeldOut("unseen-acute", "kingsbrook-hospitals", "what does core20plus5 mean exactly?");

    // The row's second sentence, which the words asked do not hold, is the definition.
    assertTrue(answer.text().contains("The Core20 are the most deprived 20% of the national population"), answer.text());
    assertFalse(answer.text().contains("The proposal lead writes the EHIA"), "another term's row: " + answer.text());
  }

  @Test
  void an_example_listing_alternatives_is_alike_when_one_of_them_is() {
    Answer answer = askHeldOut("unseen-acute", "kingsbrook-hospitals",
        "we plan to change visiting on the stroke ward to afternoons only. do we need an EHIA?");

    // "Changing ward visiting hours or the rules on who may accompany a patient": its first alternative is the change,
    // though the rules on who may accompany a patient are not.
    assertTrue(answer.text().contains("Example: Changing ward visiting hours"), answer.text());
    assertFalse(answer.text().contains("Example: Closing a ward"), answer.text());
  }

  @Test
  void a_timetable_split_across_passages_is_quoted_once_by_its_row_for_the_date_given() {
    Answer answer = askHeldOut("unseen-metropolitan", "thornlow",
        "our paper goes to Cabinet on 11 March - by when must the draft Stage 2 EIA reach the Equality and Cohesion Team?");

    String row = "Draft Stage 2 EIA to the Equality and Cohesion Team by: 20 January 2026; Supports Cabinet on: 11 March 2026";
    // The row is in the table's second part; the search gave its first too.
    assertEquals(answer.text().indexOf(row), answer.text().lastIndexOf(row), answer.text());
    assertTrue(answer.text().contains(row), answer.text());
    assertFalse(answer.text().contains("18 August 2025"), answer.text());
  }

  @Test
  void a_verdict_that_none_is_needed_quotes_when_the_organisation_needs_none_right_after_the_law() {
    Answer answer = ask("we're just renaming the team, do we need an equality impact assessment for that?");

    assertEquals(Verdict.NOT_REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.paragraphs().stream().anyMatch(p -> p.kind() == Paragraph.Kind.PRACTICE
        && p.text().contains("No Equality Impact Assessment is needed for routine operational matters")),
        answer.text());
    assertFalse(answer.text().contains("Your Head of Service signs off the screening"), "sign-off is not the point here");
    assertEquals("Equality Impact Assessment guidance for managers > When none is needed", answer.sources().get(1).section(),
        "cited next after the law: " + answer.sources());
  }

  @Test
  void who_signs_off_stays_in_the_short_answer_of_every_screening_message(@TempDir Path data) {
    Answer oneShot = ask("we're closing the Ashby day centre, anything equality-wise?");
    assertTrue(oneShot.paragraphs().stream().anyMatch(p -> p.kind() == Paragraph.Kind.PRACTICE
        && p.text().contains("Your Head of Service signs off the screening")), oneShot.paragraphs().toString());

    try (Database database = Database.open(Engine.H2.fresh(data))) {
      Dialogue dialogue = new Dialogue(pipeline, new StoreMemory(database), new Screener(ScreeningReader.builtIn()),
          Clock.systemUTC(), Dialogue.DEFAULT_IDLE);
      Reply opening = dialogue.reply(new Inbound("test:thread", "alice", null, "we're changing something about the day centres", ORG));
      Reply change = dialogue.reply(new Inbound("test:thread", "alice", null,
          "We're proposing to close the Ashby day centre and move its users to Castle Street.", ORG));

      assertEquals(opening.screening().reference(), change.screening().reference());
      assertTrue(change.answer().text().contains("Your Head of Service signs off the screening"), change.answer().text());
    }
  }

  @Test
  void asked_when_to_have_it_in_within_a_screening_the_organisations_timescales_answer(@TempDir Path data) {
    inHeldOutDialogue("unseen-london", data, dialogue -> {
      String org = "hallowmere";
      Reply told = dialogue.reply(new Inbound("test:street", "alice", null, "We're proposing a School Street outside"
          + " the primary school: the road would close to through traffic at school run times. Do we need an EqIA?", org));
      assertFalse(told.answer().text().contains("At least 6 weeks before the report deadline"), told.answer().text());

      Reply when = dialogue.reply(new Inbound("test:street", "alice", null,
          "ok. when do I need to get it to the equalities team?", org));

      assertEquals(told.screening().reference(), when.screening().reference());
      assertTrue(when.answer().text().contains("At least 6 weeks before the report deadline"), when.answer().text());
    });
  }

  @Test
  void asked_whether_it_is_a_no_within_a_screening_the_verdict_and_how_to_record_it_answer(@TempDir Path data) {
    inHeldOutDialogue("unseen-london", data, dialogue -> {
      String org = "hallowmere";
      dialogue.reply(new Inbound("test:ledger", "alice", null, "do I need an EqIA for a finance thing", org));
      dialogue.reply(new Inbound("test:ledger", "alice", null,
          "we're restructuring the cost centre codes in the general ledger from April", org));
      dialogue.reply(new Inbound("test:ledger", "alice", null, "no, nobody's job changes, it's purely how the budgets"
          + " are coded in the system. residents won't see anything and staff still use the same screens", org));
      Reply no = dialogue.reply(new Inbound("test:ledger", "alice", null,
          "so is it a no? and do I have to write anything down?", org));

      // The screening's verdict, not the form's fields a search for "write anything down" finds.
      assertEquals(Intent.EQIA, no.answer().intent(), no.answer().text());
      assertEquals(Verdict.NOT_REQUIRED, no.answer().eqia().verdict(), no.answer().text());
      assertTrue(no.answer().text().contains("EqIA Library"), no.answer().text());
    });
  }

  @Test
  void a_like_for_like_upgrade_screened_ends_in_the_organisations_own_none_and_its_verdict_checked_is_answered(
      @TempDir Path data) {
    inHeldOutDialogue("unseen-waste", data, dialogue -> {
      String org = "saltmarsh-waste-partnership";
      dialogue.reply(new Inbound("test:weigh", "alice", null, "we're updating the weighbridge software at marrick fen",
          org));
      dialogue.reply(new Inbound("test:weigh", "alice", null, "it's the same supplier and the new version of the same"
          + " system, customers and drivers won't see any difference", org));
      Reply checked = dialogue.reply(new Inbound("test:weigh", "alice", null,
          "staff use it the same way too. so nothing to fill in?", org));

      assertEquals(Verdict.NOT_REQUIRED, checked.answer().eqia().verdict(), checked.answer().text());
      assertTrue(checked.answer().text().contains("like for like"), checked.answer().text());
    });
  }

  @Test
  void a_screening_names_the_groups_the_organisation_adds_in_its_words_and_who_signs_for_the_member_deciding(
      @TempDir Path data) {
    // A county of the held-out sets with no organisation file: its toolkit adds "socio-economic disadvantage" and
    // "rural communities" to the nine, and its table of who does what has the Cabinet Member sign the decision record.
    inHeldOutDialogue("unseen-shire", data, dialogue -> {
      String org = "wexhampton";
      dialogue.reply(new Inbound("test:hubs", "alice", null, "we're looking at closing two of our three drug and alcohol"
          + " recovery hubs and keeping just the main hub in town, with video appointments", org));
      Reply told = dialogue.reply(new Inbound("test:hubs", "alice", null,
          "a lot of the people who use them are on benefits and around 30 are veterans", org));
      assertTrue(told.screening().characteristics().stream().anyMatch(c -> c.name().equals("socio-economic disadvantage")),
          told.screening().characteristics().toString());
      assertFalse(told.screening().characteristics().stream().anyMatch(c -> c.name().equals("poverty and low income")),
          told.screening().characteristics().toString());

      Reply who = dialogue.reply(new Inbound("test:hubs", "alice", null,
          "it would go to the cabinet member in October. who needs to sign it off?", org));
      assertTrue(who.answer().text().contains("Cabinet Member for Public Health and Communities (Cllr Tony Ellwood)"),
          who.answer().text());
      // The row on the member alone, not the next row of the table.
      assertFalse(who.answer().text().contains("Directorate Equality Board"), who.answer().text());
    });
  }

  @Test
  void a_row_of_own_examples_is_found_by_the_instances_it_gives_and_screens_first_where_a_trigger_would_require() {
    // A Welsh council's Table 1: "Type of change: ...; Examples: ...; What you need: ...". The question is like the
    // instances in the second column, not the type of change in the first.
    Answer added = askHeldOut("unseen-wales", "glanferin", "we're adding an online form for blue badge renewals, paper"
        + " forms and the phone line stay as they are. does that need an impact assesment or not");
    assertEquals(Verdict.SCREENING, added.eqia().verdict(), added.text());
    assertTrue(added.text().contains("Examples: An online form for bulky waste collections or Blue Badge renewals"),
        added.text());

    // An hour off a Friday is a reduction to the triggers; the council's own example of just that screens first.
    Answer hour = askHeldOut("unseen-wales", "glanferin",
        "the one stop shop in Tre-ferin wants to close at 4 instead of 5 on fridays bc of staffing. do we need an EIA?");
    assertEquals(Verdict.SCREENING, hour.eqia().verdict(), hour.text());
    assertTrue(hour.text().contains("A hub closing at 4pm instead of 5pm on Fridays"), hour.text());

    // Told by the times, an hour changed is the row on opening hours, whatever the words.
    Answer earlier = askHeldOut("unseen-children", "northmoor", "hi, family hub manager - thinking of closing 30 mins"
        + " earlier on fridays at Lowfield. is there an equality thing i have to do first");
    assertEquals(Verdict.SCREENING, earlier.eqia().verdict(), earlier.text());
    assertTrue(earlier.text().contains("Changing family hub or service opening hours by up to one hour a day"),
        earlier.text());

    // Not a row of a lesser change of the same place: closing a travel shop altogether and moving it online is no
    // "Closing the travel shop in Skelbrook bus station at 5pm instead of 6pm".
    Answer shop = askHeldOut("unseen-combined", "ravensmere-ca", "we're proposing to close the travel shop at pellingham"
        + " bus station altogether and move everything online, to the phone line and to the dunmarsh shop. do we need an IIA?");
    assertEquals(Verdict.REQUIRED, shop.eqia().verdict(), shop.text());
    // Nor a row that screens first with the full assessment to follow if the screening finds an impact.
    Answer visits = askHeldOut("unseen-fire", "ashdown-fire", "Do we need a PIA for this: from April, Prevention want to"
        + " change who gets a Safe and Well visit. At the moment anyone over 65 can ask for one; the plan is to only visit"
        + " people over 75 who live alone");
    assertEquals(Verdict.REQUIRED, visits.eqia().verdict(), visits.text());
  }

  @Test
  void asked_for_the_three_aims_of_the_duty_the_organisations_own_statement_of_them_is_cited_beside_the_law() {
    Answer aims = askHeldOut("unseen-children", "northmoor", "remind me what the three aims of the equality duty are");
    assertEquals(Intent.DUTY, aims.intent(), aims.text());
    assertTrue(aims.sources().stream().limit(3).anyMatch(c -> c.document().startsWith("northmoor-")),
        aims.sources().toString());
  }

  @Test
  void a_socio_economic_duty_its_documents_say_the_organisation_adopted_is_considered() {
    // "The council adopted the socio-economic duty in section 1 of the Equality Act 2010 voluntarily in 2023."
    Answer charge = askHeldOut("unseen-shire", "wexhampton",
        "we want to bring in a charge for the carers' sitting service, do we need a CIA?");
    assertTrue(charge.text().contains("socio-economic disadvantage (a duty your organisation adopted)"), charge.text());
    // A council whose documents say nothing of it is told nothing of it.
    Answer none = askHeldOut("unseen-park", "fellmoor", "we want to bring in a charge for the guided walks, EqIA needed?");
    assertFalse(none.text().contains("socio-economic disadvantage (a duty"), none.text());
  }

  @Test
  void a_table_by_area_with_the_proposal_in_its_second_column_and_what_to_complete_gives_the_verdict() {
    // "Area: Estate services; Proposal: Changing the frequency of grass cutting ...; What to complete: Part A only"
    Answer grass = askHeldOut("unseen-housing", "wexford-vale", "team leader in estate services - we want to cut grass"
        + " cutting on our estates from 14 cuts a year to 10 to save some money. do i need to do an assesment for that?");
    assertEquals(Verdict.SCREENING, grass.eqia().verdict(), grass.text());
    assertTrue(grass.text().contains("Changing the frequency of grass cutting"), grass.text());
    // "CPI+1" is an uprating by its index, and the council's own row on the Rent Standard answers it.
    Answer rent = askHeldOut("unseen-housing", "wexford-vale", "rents going up by CPI+1 again this april, its just the"
        + " rent standard. do i still need to do the equality impact thing for it");
    assertEquals(Verdict.SCREENING, rent.eqia().verdict(), rent.text());
    assertTrue(rent.text().contains("Annual rent increase in line with the Government's Rent Standard"), rent.text());
    // An office closed on one afternoon is its opening hours reduced, however the rest of the week stays.
    Answer afternoon = askHeldOut("unseen-housing", "wexford-vale", "we're proposing to close the Northgate housing office"
        + " on wednesday afternoons (rest of the week stays the same). do we need an impact assessment?");
    assertEquals(Verdict.SCREENING, afternoon.eqia().verdict(), afternoon.text());
  }

  @Test
  void a_like_for_like_replacement_is_raised_by_no_row_of_a_greater_change_that_shares_an_abbreviations_words() {
    // "MIU" written out shares "minor injuries unit" with "Closing, merging or relocating a clinic, base, minor
    // injuries unit or other site": a row of the trust's examples, of another kind of change.
    Answer couch = askHeldOut("unseen-community", "larkfield", "at holmbridge MIU the x-ray couch is being replaced"
        + " because the old one failed its service. new one is the same model going in the same room, nothing changes"
        + " for patients. do I need an EHIA?");
    assertEquals(Verdict.NOT_REQUIRED, couch.eqia().verdict(), couch.text());
  }

  @Test
  void someone_harmed_is_given_the_organisations_confidential_support_beside_its_route_for_reporting() {
    Answer abused = askHeldOut("unseen-park", "fellmoor", "a visitor at stanegill car park was really abusive to me"
        + " yesterday, racist stuff. what am i supposed to do now");
    assertTrue(abused.text().contains("Report and Support form"), abused.text());
    assertTrue(abused.text().contains("Employee Assistance Programme: free, confidential advice and counselling"),
        abused.text());
  }

  @Test
  void asked_for_a_leads_email_the_contacts_table_that_writes_the_address_answers() {
    Answer email = askHeldOut("unseen-community", "larkfield", "whats the EDI lead's email");
    assertTrue(email.answered(), email.text());
    assertTrue(email.text().contains("farah.siddiqui@nhs.net"), email.text());
  }

  @Test
  void someone_telling_of_their_menopause_gets_the_organisations_section_on_it_beside_the_adjustments_route() {
    Answer menopause = askHeldOut("unseen-housing", "wexford-vale", "going through the menopause and the hot flushes in"
        + " the office are awful tbh. is there any support or do i just get on with it");
    assertTrue(menopause.answered(), menopause.text());
    assertTrue(menopause.text().contains("a trained menopause champion in every housing team"), menopause.text());
  }

  @Test
  void an_equality_and_due_regard_assessment_is_the_organisations_eqia_and_its_guidance_answers() {
    Answer hub = askHeldOut("unseen-children", "northmoor", "team leader in early help here. we're looking at shutting"
        + " the Thornbury family hub and moving everything into eastgate. do i need to do one of those assessment things??");
    assertEquals(Verdict.REQUIRED, hub.eqia().verdict(), hub.text());
    assertTrue(hub.text().contains("Full EDRA"), hub.text());
    assertTrue(hub.sources().stream().anyMatch(c -> c.document().startsWith("northmoor-edra-guidance")),
        hub.sources().toString());
  }

  @Test
  void someone_telling_of_their_own_pregnancy_gets_their_organisations_word_on_it_not_reasonable_adjustments() {
    Answer pregnant = askHeldOut("unseen-park", "fellmoor", "im a ranger and ive just found out im pregnant (only 8 wks,"
        + " havent told anyone yet). do i have to keep doing lone patrols and the lambing jobs?");
    assertTrue(pregnant.answered(), pregnant.text());
    assertTrue(pregnant.text().contains("new and expectant mothers risk assessment"), pregnant.text());
    assertFalse(pregnant.text().contains("reasonable adjustments"), pregnant.text());
  }

  /** Talks, in a conversation kept in a fresh H2 database, to the bot over a held-out set's documents. */
  private static void inHeldOutDialogue(String set, Path data, Consumer<Dialogue> talk) {
    Path corpus = Path.of("src/test/resources/signpost/eval/held-out/" + set + "/corpus");
    try (KnowledgeBase knowledge = KnowledgeBase.load(LoadOptions.of(List.of(corpus)));
         Database database = Database.open(Engine.H2.fresh(data))) {
      talk.accept(new Dialogue(new AnswerPipeline(knowledge, SharedRules.BUILT_IN, AnswerPolicy.DEFAULT),
          new StoreMemory(database), new Screener(ScreeningReader.builtIn()), Clock.systemUTC(), Dialogue.DEFAULT_IDLE));
    }
  }

  @Test
  void the_row_of_the_organisations_own_examples_like_the_proposal_gives_the_verdict_and_is_quoted_alone() {
    // A mental health trust of the held-out sets: its EQIA policy's Table 1 lists examples with "EQIA needed?" Yes,
    // Screen first or No. Filling a post as it was is a "No" there.
    Answer filled = askHeldOut("unseen-mental-health", "harland-wyre",
        "we're recruiting a replacement for our ward clerk who retired, same band and same job description - EQIA needed?");
    assertEquals(Verdict.NOT_REQUIRED, filled.eqia().verdict(), filled.text());
    assertTrue(filled.paragraphs().stream().anyMatch(p -> p.kind() == Paragraph.Kind.PRACTICE
        && p.text().contains("Example: Recruiting to a vacant post on the same band and job description (like-for-like "
            + "replacement); EQIA needed?: No") && !p.text().contains("Buying stationery")), filled.text());
    assertTrue(filled.rules().contains("NeedNoEqiaWhereTheOrganisationsOwnExampleSaysNone"), filled.rules().toString());

    // Words that rank no table first ("afternoons only", "therapy groups") still find the row of visiting times.
    Answer visiting = askHeldOut("unseen-mental-health", "harland-wyre",
        "we want to move visiting on our ward to afternoons only so mornings are free for therapy groups, anything to do?");
    assertTrue(visiting.text().contains("Changing visiting times or visiting arrangements on inpatient wards; "
        + "EQIA needed?: Screen first"), visiting.text());
  }

  @Test
  void a_row_of_the_organisations_examples_of_the_same_kind_of_change_is_quoted_though_it_shares_few_words() {
    // "start charging £2 a head" shares one word with "Introducing a charge, or increasing fees and charges above
    // inflation": the kind of change is what they share.
    Answer answer = askHeldOut("unseen-metropolitan", "thornlow",
        "we want to start charging £2 a head for the toddler rhyme time sessions at the library, do I need an EIA?");
    assertTrue(answer.text().contains("Proposal: Introducing a charge, or increasing fees and charges above inflation; "
        + "Stage 1 relevance check?: Yes; Stage 2 full EIA?: Usually yes"), answer.text());
  }

  @Test
  void abuse_from_a_patient_is_met_by_the_organisations_route_for_abuse_from_patients_not_by_speaking_up_in_general() {
    // The mental health trust's page has a Freedom to Speak Up section and a route for abuse from patients and visitors.
    Answer answer = askHeldOut("unseen-mental-health", "harland-wyre",
        "one of the patients keeps calling me racist names when I do his obs, what should I do?");
    assertTrue(answer.text().contains("Report it on Datix"), answer.text());
  }

  @Test
  void of_rows_sharing_as_many_words_the_one_naming_the_kind_of_change_is_the_examples_row() {
    // The acute trust's EHIA policy lists "Renaming a team, changing cost codes ..." (none needed) and "Moving a clinic
    // or service to another site ..." (a full assessment); a renamed clinical team moved to a new cost centre shares
    // two words with each, and is a renaming.
    Answer answer = askHeldOut("unseen-acute", "kingsbrook-hospitals",
        "we're renaming the Clinical Coding team and moving it onto a new cost centre, do we need an EHIA?");
    assertEquals(Verdict.NOT_REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Example: Renaming a team, changing cost codes"), answer.text());
  }

  @Test
  void asking_what_to_do_quotes_the_organisations_first_step_and_who_signs_off_as_it_says_it() {
    // A metropolitan borough of the held-out sets: a Stage 1 relevance check first; its sign-off section says both who
    // signs off and, in another paragraph, who does not.
    Answer answer = askHeldOut("unseen-metropolitan", "thornlow",
        "we're stopping the Tuesday evening session at the youth club, what do I have to do on the equality side?");
    assertTrue(answer.text().contains("The Stage 1 relevance check (form EIA1) is a short screening form"), answer.text());
    assertTrue(answer.text().contains("signed off by the Assistant Director responsible for the proposal"), answer.text());
  }

  @Test
  void someone_in_distress_is_given_their_own_organisations_support_first() {
    // A fire service of the held-out sets, whose intranet page tells how to ask for support after a traumatic incident.
    Answer answer = askHeldOut("unseen-fire", "ashdown-fire", "went to an RTC last week with kids in the car. cant sleep, "
        + "keep seeing it. not sure if im allowed to ask for help this long after or if it makes me look weak");

    assertEquals(Intent.SUPPORT, answer.intent(), answer.text());
    assertTrue(answer.paragraphs().get(1).text().contains("TRiM"), answer.text());
    assertTrue(answer.sources().stream().anyMatch(c -> c.document().startsWith("ashdown-fire-support")),
        answer.sources().toString());
  }

  @Test
  void someone_harassed_for_who_they_are_is_given_their_organisations_route_never_its_figures() {
    // An acute trust of the held-out sets: its intranet page says how to report abuse from patients and visitors; its
    // annual report holds figures on such abuse and an action plan on it, which help no one on the day.
    Answer answer = askHeldOut("unseen-acute", "kingsbrook-hospitals",
        "a visitor on my ward keeps making comments about where I'm from and my accent. what can I do?");

    assertEquals(Intent.SUPPORT, answer.intent(), answer.text());
    assertTrue(answer.paragraphs().get(1).text().contains("report it on Datix"), answer.text());
    assertFalse(answer.text().contains("Metric:") || answer.text().contains("Owner:"), answer.text());
  }

  @Test
  void the_sign_off_practice_found_among_the_quotes_stays_in_the_short_answer() {
    // A trust of the held-out sets, whose policy's sign-off section is also what the question quotes.
    Answer answer = askHeldOut("unseen-trust", "northmoor",
        "restructure of the admin team - 2 posts at risk of redundancy. do we need an eqia and who signs it off?");

    assertEquals(Intent.EQIA, answer.intent());
    assertTrue(answer.paragraphs().stream().anyMatch(p -> p.kind() == Paragraph.Kind.PRACTICE
        && p.text().contains("signed off by the Responsible Director")), answer.paragraphs().toString());
    assertFalse(answer.paragraphs().stream().anyMatch(p -> p.kind().detail()
        && p.text().contains("signed off by the Responsible Director")), "not also behind Why?");
  }

  @Test
  void a_passage_of_the_organisation_the_question_names_covers_its_name() {
    Answer answer = ask("who's actually in charge of EDI at Northshire?");

    assertTrue(answer.answered(), answer.text());
    assertTrue(answer.text().contains("Our Chief Executive and the Cabinet Member for Communities lead"), answer.text());
  }

  @Test
  void without_an_owner_on_file_an_objective_question_points_to_the_edi_team_for_the_plan() {
    Answer answer = ask("I'm a recruiting manager, what's my part in the workforce objective?");

    assertEquals(Intent.OBJECTIVE, answer.intent(), answer.text());
    assertTrue(answer.contacts().stream().anyMatch(c -> c.name().equals("your EDI team") && c.how().contains("action plan")),
        answer.contacts().toString());
  }

  @Test
  void a_disclosure_about_hr_matters_points_to_the_hr_team_and_the_edi_team_without_naming_anyone() {
    Answer answer = ask("I care for my mum and my manager keeps refusing my flexible working requests");

    assertEquals(Intent.SUPPORT, answer.intent(), answer.text());
    List<String> names = answer.contacts().stream().map(ContactCard::name).toList();
    assertTrue(names.contains("your HR team (human resources)"), names.toString());
    assertTrue(names.contains("your EDI team"), names.toString());
    assertTrue(answer.contacts().stream().noneMatch(c -> c.name().equals("your EDI team") && c.how().contains("HR")),
        answer.contacts().toString());
  }

  @Test
  void the_staff_network_the_documents_name_is_the_first_contact_for_joining_one_cited_to_its_document() {
    Answer answer = ask("how do I join the staff network?");

    ContactCard first = answer.contacts().get(0);
    assertEquals(new ContactCard("NEV", "staff network", "for staff networks", "northshire-equality-objectives.md"), first);
  }

  @Test
  void the_eqia_role_the_documents_name_is_the_first_contact_for_eqia_help_cited_to_its_document() {
    Answer answer = ask("who can help me with an equality impact assessment?");

    assertEquals(new ContactCard("EqIA Champion", null, "named in your organisation's documents for Equality Impact Assessments",
        "northshire-eqia-guidance.md"), answer.contacts().get(0));
  }

  @Test
  void a_point_the_documents_do_not_cover_is_refused_rather_than_answered_with_contacts_alone() {
    Answer answer = ask("who is the EqIA lead for the parks service?");

    assertFalse(answer.answered(), answer.text());
    assertTrue(answer.text().contains("I can't find a reliable answer"), answer.text());
    assertEquals(List.of(), answer.sources());
  }

  @Test
  void an_introduction_ending_in_a_colon_is_quoted_with_what_it_introduces_under_one_naming_of_the_document() {
    Answer answer = ask("What are the objectives for the neighbourhoods theme?");

    String text = answer.text();
    int introduction = text.indexOf("these include:");
    int row = text.indexOf("B. Neighbourhoods: build greater connection");
    assertTrue(introduction >= 0 && row > introduction, text);
    assertEquals(text.indexOf("From Equality objectives 2025-2029"), text.lastIndexOf("From Equality objectives 2025-2029"),
        "the document is named once for its quotes in a row: " + text);
  }

  @Test
  void what_is_being_done_about_something_is_answered_first_by_its_action_row_however_far_down_it_ranks() {
    // A waste partnership of the held-out sets: the report's own section on the pay gap ranks far above the plan's row.
    Answer answer = askHeldOut("unseen-waste", "saltmarsh-waste-partnership",
        "is anything being done about the gender pay gap?");

    String first = answer.paragraphs().get(0).text();
    assertTrue(first.contains("Reduce the median gender pay gap to below 7%") && first.contains("Delroy Amankwah"),
        answer.text());
  }

  @Test
  void leaflets_asked_for_in_other_languages_find_the_leaflets_translated() {
    // The page's passage on translated leaflets names the languages, never "other languages".
    Answer answer = askHeldOut("unseen-waste", "saltmarsh-waste-partnership",
        "are the leaflets in other languages done yet?");

    assertTrue(answer.text().contains("bulky waste leaflet are available in Polish and Romanian"), answer.text());
  }

  @Test
  void who_signs_off_an_assessment_is_answered_by_the_sign_off_not_by_an_action_on_assessments() {
    // A leisure trust whose plan has an action to train managers in its Quick Check, sharing the message's words.
    Answer answer = askHeldOut("unseen-leisure", "bramcote-leisure",
        "ive done the quick check bit of the customer impact form for our new class times. who signs it off?");

    assertFalse(answer.paragraphs().get(0).text().contains("Action:"), answer.text());
  }

  @Test
  void an_abbreviation_shares_the_words_it_stands_for_with_the_organisations_own_example() {
    // A probation area whose table lists "Changing approved premises house rules (visiting times, ...): Level 1 - EDIS".
    Answer answer = askHeldOut("unseen-probation", "northmoor-probation-delivery",
        "the AP manager wants to stop sunday afternoon visiting times, weekday evenings only from now on. is that an assessment?");

    assertEquals(Verdict.SCREENING, answer.eqia().verdict(), answer.text());
  }

  @Test
  void reporting_moved_from_face_to_face_to_the_phone_is_a_change_of_channel_like_the_organisations_example() {
    Answer answer = askHeldOut("unseen-probation", "northmoor-probation-delivery",
        "we're switching about 300 people from face to face appointments over to phone reporting for good, what assessment is that?");

    assertEquals(Verdict.REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Permanently moving a group of people on probation from face-to-face to telephone"),
        answer.text());
  }

  @Test
  void a_small_team_moved_to_an_earlier_start_is_a_change_to_its_hours_which_the_organisation_checks_briefly() {
    // A bereavement service whose table says "Staff rota, small team ...: Short check"; the move is of hours, not of place.
    Answer answer = askHeldOut("unseen-bereavement", "greyfield-bereavement-services",
        "the grounds crew is 6 people, I want to move them all to an 8am start for the summer. anything I need to do?");

    assertEquals(Verdict.SCREENING, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Staff rota, small team"), answer.text());
  }

  @Test
  void a_pilot_whose_example_screens_it_is_screened_though_its_roll_out_needs_the_full_assessment() {
    // A GP federation: "Time-limited pilot ... An 8-week pilot of a nurse-led leg ulcer clinic at one practice; Level
    // needed: Stage 1 quick check (a Stage 2 full EHIIA is needed before any roll-out)".
    Answer answer = askHeldOut("unseen-gp", "riverside-gp-federation",
        "a practice wants to pilot a nurse led leg ulcer clinic for 6 weeks at their surgery, do we need an ehiia?");

    assertEquals(Verdict.SCREENING, answer.eqia().verdict(), answer.text());
  }

  @Test
  void someone_who_cannot_use_english_told_of_is_answered_by_how_to_get_an_interpreter() {
    // Nothing answers "is that alright?"; the story is of someone who needs an interpreter.
    Answer answer = askHeldOut("unseen-probation", "northmoor-probation-delivery",
        "new guy on licence only speaks albanian, his brother says he can translate for him, is that alright?");

    assertTrue(answer.answered(), answer.text());
    assertTrue(answer.text().contains("Tessaly"), answer.text());
  }

  @Test
  void how_a_visit_went_is_told_around_the_question_not_asked_about() {
    // "a nightmare with google translate" is how it went; the organisation's interpreters answer what should be done.
    Answer answer = askHeldOut("unseen-bereavement", "greyfield-bereavement-services",
        "a family came in today, the dad only speaks polish and it was a nightmare with google translate. what should we"
            + " have done?");

    assertTrue(answer.text().contains("Wordbridge Interpreting"), answer.text());
  }

  @Test
  void told_by_the_doctor_of_a_condition_of_ones_own_is_a_question_of_adjustments() {
    Answer answer = askHeldOut("unseen-probation", "northmoor-probation-delivery",
        "just been told i have MS. no idea what happens at work now");

    assertEquals(Intent.SUPPORT, answer.intent(), answer.text());
    assertTrue(answer.text().contains("reasonable adjustments"), answer.text());
  }

  @Test
  void being_poor_is_asked_of_as_low_income() {
    Answer answer = askHeldOut("unseen-bereavement", "greyfield-bereavement-services",
        "is being poor a protected characteristic or not?");

    assertTrue(answer.text().contains("Being on a low income is not a protected characteristic"), answer.text());
  }
  @Test
  void a_group_asked_for_is_a_staff_network_though_the_organisation_calls_its_own_forums() {
    // "Forum: Carers' Network; Who it is for: Staff who look after a family member ...", beside "our four additional
    // groups" of its assessments, which name carers too.
    Answer answer = askHeldOut("unseen-bereavement", "greyfield-bereavement-services",
        "is there any group for staff who are carers?");

    assertTrue(answer.text().contains("Carers' Network"), answer.text());
  }

  @Test
  void looking_after_someone_is_being_a_carer() {
    Answer answer = askHeldOut("unseen-harbour", "kestrel-harbour-authority",
        "any sort of group for staff who look after someone? he's got dementia");

    assertTrue(answer.text().contains("Carers Together"), answer.text());
  }
  @Test
  void hours_added_without_staff_are_the_organisations_row_for_adding_them_not_for_replacing_staffed_ones() {
    // "Adding unstaffed self-service (Open+) hours on top of the existing staffed hours; Level needed: Quick assessment"
    // beside "Replacing staffed hours with unstaffed self-service (Open+) hours; Level needed: Full assessment".
    Answer answer = askHeldOut("unseen-libraries", "fenbury-libraries-archives",
        "could we run open+ self service on saturday evenings at deepwater as extra hours with no staff there? do we need"
            + " a cia?");

    assertEquals(Verdict.SCREENING, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Adding unstaffed self-service"), answer.text());
  }

  @Test
  void a_session_the_example_names_in_brackets_is_of_that_example() {
    // "Changing the day or time of a regular event or group (e.g. Rhymetime, Knit and Natter) ...; Level needed: No CIA
    // needed": the message shares one word of it, the name of the session.
    Answer answer = askHeldOut("unseen-libraries", "fenbury-libraries-archives",
        "rhymetime at haverley is moving from friday to monday, same time. do we need a cia?");

    assertEquals(Verdict.NOT_REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Changing the day or time of a regular event"), answer.text());
  }

  @Test
  void a_system_moved_to_a_new_supplier_is_the_organisations_row_for_replacing_it() {
    Answer answer = askHeldOut("unseen-libraries", "fenbury-libraries-archives",
        "we're switching the library management system to a new supplier, do we need a cia?");

    assertEquals(Verdict.SCREENING, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Replacing the library management system"), answer.text());
  }

  @Test
  void a_phone_menu_changed_with_its_hours_kept_is_the_row_for_the_telephone_menu_with_no_reduction_in_hours() {
    // "Changing the CCC telephone menu, call scripts or web chat (no reduction in hours); What it needs: Equality
    // Screening Tool", not "Closing a court ... or cutting its opening hours; What it needs: Full Equality Statement".
    Answer answer = askHeldOut("unseen-courts", "hallam-courts-tribunals-region",
        "the contact centre wants to change the phone menu so there are fewer options, hours the same - do we need an EST?");

    assertEquals(Verdict.SCREENING, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("telephone menu"), answer.text());
  }
  @Test
  void a_session_moved_for_one_day_is_the_organisations_one_off_change_which_needs_nothing() {
    // "Type of change: One-off change to a single session; ...; What you need: No PIA needed", over the relocation the
    // move would otherwise be.
    Answer answer = askHeldOut("unseen-blood", "western-blood-tissue-service",
        "the session at the scout hut is moving to the library next door just for that one day because of a burst pipe,"
            + " do we need a pia?");

    assertEquals(Verdict.NOT_REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("One-off change to a single session"), answer.text());
  }

  @Test
  void a_further_level_a_row_may_lead_to_does_not_set_the_row_aside_for_a_smaller_change() {
    // "New or changed shift patterns ...; What you need: Part A screening; Part B if 40 or more staff are affected": 30
    // drivers are of the row, screened.
    Answer answer = askHeldOut("unseen-blood", "western-blood-tissue-service",
        "we'd like to put the mobile team drivers on a 4 on 4 off pattern, 30 of them. do we need a pia?");

    assertEquals(Verdict.SCREENING, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("New or changed shift patterns"), answer.text());
  }
  @Test
  void abuse_from_a_stranger_is_met_by_the_route_for_abuse_from_the_public_and_its_hate_incidents() {
    // "2. Abuse and aggression from members of the public > 2.1 If it happens: ... Incident Report form (IR1)" and "2.2
    // Hate incidents: If the abuse was about your race, religion, disability, sexual orientation ...".
    Answer answer = askHeldOut("unseen-highways", "wessexmoor-highways-authority",
        "a man in a van shouted homophobic abuse at me while i was out inspecting potholes, what should i do?");

    assertTrue(answer.text().contains("Incident Report form (IR1)"), answer.text());
    assertTrue(answer.text().contains("tick the hate incident box"), answer.text());
  }

  @Test
  void an_action_is_found_by_a_word_few_actions_use_its_owners_words_left_out() {
    // "LO4.1; Action: Review archive catalogue descriptions for outdated and harmful language ...; Owner (named lead):
    // Borough Archivist (Dr Hollis Penhaligon)" shares "archive" and "catalogue"; "Head of Libraries, Archives and
    // Information" owning free PCs shares "archives" by its owner's title only.
    Answer answer = askHeldOut("unseen-libraries", "fenbury-libraries-archives",
        "a researcher complained that the archive catalogue still uses some really offensive old words for disabled"
            + " people. is there anything in the action plan about that?");

    assertTrue(answer.text().contains("Borough Archivist (Dr Hollis Penhaligon); By when: December 2026"), answer.text());
  }

  @Test
  void a_smear_test_is_cervical_screening_and_the_poorest_areas_the_most_deprived() {
    Answer reminders = askHeldOut("unseen-pubhealth", "northmere-public-health-agency",
        "who is sorting out the text reminders in other languages for smear tests and when are they meant to go live");
    Answer gap = askHeldOut("unseen-pubhealth", "northmere-public-health-agency",
        "whats the target for closing the bowel screening gap between the poorest and richest areas");

    assertTrue(reminders.text().contains("Lorna Quilliam-Shaw"), reminders.text());
    assertTrue(gap.text().contains("8.4 percentage points or less by 2030"), gap.text());
  }

  @Test
  void a_rapid_assessment_is_a_first_stage_and_a_comprehensive_one_full() {
    // "A new public health campaign or public information; ...; What you need: Rapid HEEA"; "Moving from walk-in to
    // appointment-only ...; What you need: Comprehensive HEEA".
    Answer campaign = askHeldOut("unseen-pubhealth", "northmere-public-health-agency",
        "comms are putting together this winters flu campaign - posters, radio and social media. do we need a heea?");

    assertEquals(Verdict.SCREENING, campaign.eqia().verdict(), campaign.text());
    assertTrue(campaign.text().contains("Rapid HEEA"), campaign.text());
  }

  @Test
  void a_fairness_and_inclusion_check_is_learned_as_the_organisations_assessment() {
    // "Fairness and Inclusion Check (FIC)": its table's "Like-for-like replacement of equipment, furniture, vehicles or IT
    // (same function, same place); What it needs: No check needed" is read as an assessment's table.
    Answer answer = askHeldOut("unseen-youth", "castlebridge-youth-justice-service",
        "four of the chairs are broken so we're replacing them with the same chairs, same model, same rooms. do i need"
            + " to do a fairness check?");

    assertEquals(Verdict.NOT_REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Like-for-like replacement of equipment, furniture"), answer.text());
  }

  @Test
  void an_action_no_passage_answers_is_answered_by_its_row_where_the_row_shares_the_words() {
    // "Ref: 1.3; Action: Replace the hearing loop at the Guildhall reception and in the Council Chamber ...; Owner:
    // Deputy Clerk; Target date: 31 December 2025": no passage the message's words find is quoted.
    Answer answer = askHeldOut("unseen-parish", "ashcombe-town-council",
        "the hearing loop at reception is rubbish again, is anyone sorting out a new one and when?");

    assertTrue(answer.text().contains("Owner: Deputy Clerk; Target date: 31 December 2025"), answer.text());
  }

  @Test
  void an_abbreviation_asked_about_is_spelled_out_by_the_organisations_own_passage() {
    // "The Tamar Adjustments Passport (TAP)" heads the section the answer quotes, whose text says only "The TAP is a short
    // record ..."; the passage found that spells it out leads.
    Answer answer = askHeldOut("unseen-pensions", "tamar-vale-pension-fund",
        "my manager says i should fill in a TAP before my review. what even is that?");

    assertTrue(answer.text().contains("Tamar Adjustments Passport"), answer.text());
  }
}
