package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;

class AnswerShapeTest {

  private static final Document DOC = new Document("plan.md", "Plan", "a", null, null, null, false);
  private static final double BOOST = 1.6;

  private final ShapeMemo dates = new ShapeMemo(AnswerShape.DATE, 10);
  private final ShapeMemo numbers = new ShapeMemo(AnswerShape.NUMBER, 10);
  private final ShapeMemo lists = new ShapeMemo(AnswerShape.LIST, 10);
  private final ShapeMemo people = ShapeMemo.asWritten(AnswerShape.PERSON, 10);
  private final ShapeMemo frequencies = new ShapeMemo(AnswerShape.FREQUENCY, 10);

  private double factor(String question, int docId, String text, String... headings) {
    Passage passage = new Passage(DOC, docId, List.of(headings), null, text);
    return AnswerShape.of(question, BOOST, dates, numbers, lists, people, frequencies).factor(docId, passage);
  }

  @Test
  void a_question_of_who_boosts_a_passage_naming_a_person_or_a_post() {
    assertEquals(BOOST, factor("Who signed off the foreword?", 0, "Cllr Carol Hart\nCabinet Member - Health"));
    assertEquals(BOOST, factor("need whoever wrote the paper, who's the contact?", 1, "Report author: jo.bloggs@council.gov.uk"));
    assertEquals(BOOST, factor("who leads on this?", 2, "The Managing Director leads the EDI Board."));
    assertEquals(1.0, factor("who leads on this?", 3, "the board is led by the council and its director."),
        "a post is told by its capitals");
    assertEquals(1.0, factor("which groups are affected by the change?", 4, "The Managing Director leads the EDI Board."));
    assertEquals(BOOST, factor("which director owns the poverty objective?", 5, "Objective sponsor: Dr Helen Marsh"),
        "asking which post is asking who");
    assertEquals(BOOST, factor("names of the people who did our excellent level peer challenge?", 6,
        "- Cllr John Whelan - London Borough of Lambeth"), "people asked for by what they did");
    assertEquals(1.0, factor("how many people took part in the peer challenge?", 7, "- Cllr John Whelan - Lambeth"));
  }

  @Test
  void a_question_of_who_pays_boosts_a_passage_saying_where_the_money_comes_from_not_a_person() {
    String asked = "and who pays if I need software?";
    assertEquals(BOOST, factor(asked, 0, "Equipment and software are paid for from the central Adjustments Fund."));
    assertEquals(1.0, factor(asked, 1, "If you need advice, ask Occupational Health: oh@council.gov.uk."),
        "whom to ask is no payer");
    assertEquals(BOOST, factor("which budget does the interpreter come out of?", 2,
        "Interpreting costs are charged to your team's budget."));
  }

  @Test
  void a_question_of_who_holds_a_named_post_boosts_a_passage_naming_that_post_the_more() {
    String asked = "who's the exec lead for the objective about staff being safe from abuse?";
    assertEquals(BOOST * BOOST, factor(asked, 0, "Executive lead: Eleanor Whitfield, Director of Corporate Affairs"),
        "a shortened word finds the word written out");
    assertEquals(BOOST, factor(asked, 1, "Owner: Craig Benson, Head of Security"), "a person, not the post asked");
    assertEquals(BOOST, factor(asked, 2, "The Steering Group's members include the executive leads for each objective, "
        + "the Head of EDI"), "the post spoken of, not held by one");
    assertEquals(BOOST * BOOST, factor("who is the executive sponsor of the race network?", 3,
        "REACH: Executive sponsor: Amrit Sandhu, Chief People Officer"));
    assertEquals(BOOST, factor("who's the right lead for this?", 4, "Owner: Craig Benson, Head of Security"),
        "a word that tells no post from another is no part of it");
  }

  @Test
  void a_question_of_how_often_boosts_a_passage_stating_a_frequency() {
    assertEquals(BOOST, factor("how often do councils have to publish equality objectives?", 0,
        "Listed bodies must set equality objectives at least every four years."));
    assertEquals(BOOST, factor("how frequently does the board meet", 1, "The EDI Board meets quarterly."));
    assertEquals(1.0, factor("how often do councils have to publish equality objectives?", 2,
        "The council published five equality objectives in July 2024."));
    assertEquals(BOOST, factor("do we have to redo our equality objectives every 3 yrs or what's the actual rule", 3,
        "Listed bodies must set equality objectives at least every four years."), "a frequency guessed at is asked about");
  }

  @Test
  void a_frequency_next_to_what_is_asked_on_its_line_boosts_the_more() {
    AnswerShape often = AnswerShape.of("how often do we have to refresh our equality objectives?", BOOST, dates, numbers,
        lists, people, frequencies).datedNear(List.of("object"));

    assertEquals(BOOST * BOOST, often.factor(0, new Passage(DOC, 0, List.of(), null,
        "We must prepare and publish equality objectives at least every four years.")));
    assertEquals(BOOST, often.factor(1, new Passage(DOC, 1, List.of(), null,
        "Outcome: Care leavers are supported; By when: Each year\nOutcome: more objectives met; By when: 2026")),
        "a table's next row is another thing's");
  }

  @Test
  void a_request_to_name_or_list_things_boosts_a_passage_with_a_list_of_three_or_more() {
    assertEquals(BOOST, factor("Name the protected characteristics", 0, "The nine are:\n- age\n- disability\n- race"));
    assertEquals(1.0, factor("Name the protected characteristics", 1, "The nine are:\n- age\n- disability"));
    assertEquals(1.0, factor("Why do characteristics matter?", 2, "The nine are:\n- age\n- disability\n- race"));
    assertEquals(BOOST, factor("derbyshire edi priorities list pls", 3, "Our priorities:\n- workforce\n- skills\n- places"),
        "a message naming the list it wants");
  }

  @Test
  void how_far_ahead_of_what_is_asked_beats_a_span_before_something_else() {
    AnswerShape ahead = AnswerShape.of("how far ahead of the decision meeting does it need to be in?", BOOST, dates,
        numbers, lists, people, frequencies).aheadOf(List.of("meet", "decis"));

    assertEquals(BOOST * BOOST * BOOST, ahead.factor(0, new Passage(DOC, 0, List.of(), null,
        "Step: Send the stage 1 screening; When: At least 8 weeks before the decision-making meeting")), 1e-9);
    assertEquals(BOOST * BOOST, ahead.factor(1, new Passage(DOC, 1, List.of(), null,
        "The Board paper deadline is 10 working days before the Board meeting, so book early.")), 1e-9);
  }

  @Test
  void how_long_for_what_is_asked_beats_a_span_of_something_else() {
    AnswerShape howLong = AnswerShape.of("how long do the staff networks get to comment?", BOOST, dates, numbers, lists,
        people, frequencies).datedNear(List.of("comment"));

    assertEquals(BOOST * BOOST, howLong.factor(0, new Passage(DOC, 0, List.of(), null,
        "For workforce proposals, consult the staff networks and give them at least 14 days to comment.")), 1e-9);
    assertEquals(BOOST, howLong.factor(1, new Passage(DOC, 1, List.of(), null,
        "Staff networks can comment on any policy they choose, at any time of year. Each network's chair gets 10 days "
            + "of facility time.")), 1e-9);
  }

  @Test
  void how_far_ahead_or_how_long_boosts_a_passage_stating_a_span_of_time() {
    assertEquals(BOOST * BOOST, factor("how far ahead of the committee do i need to get my stage 2 in?", 0,
        "7.4 The signed full assessment must reach the EDI team at least six weeks before the meeting."),
        "a span before something is how far ahead, the more");
    assertEquals(BOOST, factor("how far ahead of the committee do i need to get my stage 2 in?", 3,
        "The consultation runs for six weeks."), "a span alone");
    assertEquals(BOOST, factor("how long does the EDI team take to review it", 1, "The team replies within 10 working days."));
    assertEquals(BOOST, factor("how long does the EDI team take to review it", 4,
        "The team replies within 10 working days of the request."), "how long it takes is not how far ahead");
    assertEquals(1.0, factor("how far ahead of the committee do i need to get my stage 2 in?", 2,
        "7.3 Send the signed full assessment to the EDI team."));
  }

  @Test
  void a_number_asked_for_is_a_phone_number() {
    assertEquals(BOOST, factor("whats the EAP number again?", 0, "Employee Assistance Programme:\n- Freephone: 0808 157 0642"));
    assertEquals(1.0, factor("whats the EAP number again?", 1, "The EAP offers telephone counselling and debt advice."));
    assertEquals(BOOST, factor("number for the counselling line?", 2, "Call 01632 960250 or ext. 4400."));
    assertEquals(1.0, factor("the new spec is phone interpreting only, do we need an EqIA?", 3, "Call 01632 960250."),
        "a phone named, not a number asked for");
  }

  @Test
  void when_question_boosts_a_passage_with_a_date() {
    assertEquals(BOOST, factor("When was the plan agreed?", 0, "Cabinet agreed the plan on 12 March 2024."));
    assertEquals(BOOST, factor("Is there a timetable for the review?", 1, "The review ends 2025-06."));
  }

  @Test
  void between_which_dates_boosts_a_span_of_dates_above_a_date_next_to_what_is_asked() {
    AnswerShape between = AnswerShape.of("between which dates can the public comment on the draft objectives?", BOOST, dates,
        numbers, lists, people, frequencies).datedNear(List.of("comment"));
    AnswerShape when = AnswerShape.of("when can the public comment on the draft objectives?", BOOST, dates,
        numbers, lists, people, frequencies).datedNear(List.of("comment"));
    Passage span = new Passage(DOC, 0, List.of(), null, "Public consultation 1 March 2024 to 5 April 2024");
    Passage near = new Passage(DOC, 1, List.of(), null, "The Committee will comment on 9 May 2024.");

    assertEquals(BOOST * BOOST * BOOST, between.factor(0, span), 1e-9);
    assertEquals(BOOST * BOOST, between.factor(1, near), 1e-9);
    assertEquals(Math.sqrt(BOOST), when.factor(0, span), 1e-9, "a span is no more than a date unless a span is asked");
  }

  @Test
  void a_question_asks_when_by_its_first_word_or_by_asking_for_a_timetable() {
    assertEquals(true, AnswerShape.asksWhen("  When did the review visit happen?"));
    assertEquals(true, AnswerShape.asksWhen("what's the timetable for the refresh"));
    assertEquals(true, AnswerShape.asksWhen("between which dates can the public comment?"));
    assertEquals(false, AnswerShape.asksWhen("what happened when the review visited?"));
  }

  @Test
  void a_question_asks_when_by_a_later_sentence_or_after_another_question() {
    assertEquals(true, AnswerShape.asksWhen("I'm rolling out the passport. When is it meant to be done by?"));
    assertEquals(true, AnswerShape.asksWhen("who's in charge of rolling out the passport, and when is it meant to be done?"));
    assertEquals(true, AnswerShape.asksWhen("who owns the action and when's it due"), "when's: when is");
    assertEquals(false, AnswerShape.asksWhen("what happens to my report, and when I send it who reads it?"));
    assertEquals(false, AnswerShape.asksWhen("who do I tell when a customer is abusive?"));
    assertEquals(false, AnswerShape.asksWhen("is there a hate incident centre in Bradley Carr and when is it open?"),
        "opening hours, not a date");
  }

  @Test
  void who_and_when_boosts_an_actions_row_with_its_owner_and_date_however_far_apart_its_cells() {
    String row = "Ref: 2.1; Action: Make the website meet the accessibility standard for every page and form we publish;"
        + " Lead officer: Sandra Okafor, Head of Digital Services; By when: March 2026";
    AnswerShape whoAndWhen = AnswerShape.of("when have we got to get the website accessible by and whos on the hook", BOOST,
        dates, numbers, lists, people, frequencies).datedNear(List.of("websit"));
    AnswerShape when = AnswerShape.of("when have we got to get the website accessible by", BOOST,
        dates, numbers, lists, people, frequencies).datedNear(List.of("websit"));

    assertEquals(BOOST * BOOST * Math.sqrt(BOOST), whoAndWhen.factor(0, new Passage(DOC, 0, List.of(), null, row)), 1e-9);
    assertEquals(BOOST * BOOST, when.factor(1, new Passage(DOC, 1, List.of(), null, row)), 1e-9);
    assertEquals(Math.sqrt(BOOST), when.factor(2, new Passage(DOC, 2, List.of(), null,
        "The website is one of our channels; we review our channels every year, the next time in March 2026 when the"
            + " board meets; the board: considers it.")), 1e-9, "a sentence is no row");
  }

  @Test
  void who_and_by_when_boosts_an_actions_row_naming_what_is_asked_its_owner_and_date_above_a_paragraph_of_them() {
    String log = "Action ref: TB/25/067a; Action: Publish the stage 2 EHIA on the trust website; Owner: Sadia Rahman, Head of"
        + " Equality, Diversity and Inclusion; Due: 22 May 2025\nAction ref: TB/25/067b; Action: Confirm the Castle Quay"
        + " Hopper contract and timetable; Owner: Nikhil Joshi, Head of Transport and Sustainability; Due: 31 July 2025";
    String minutes = "Martin Dunne, Chief Operating Officer, introduced the move to the Castle Quay centre from 6 October"
        + " 2025; a free shuttle bus, the Castle Quay Hopper, would run every 30 minutes.";
    AnswerShape whoAndWhen = AnswerShape.of("whos sorting the hopper bus for castle quay and by when", BOOST, dates, numbers,
        lists, people, frequencies).datedNear(List.of("hopper")).ownedRowOf(List.of("hopper", "castl"));

    assertEquals(BOOST * BOOST * BOOST, whoAndWhen.factor(0, new Passage(DOC, 0, List.of(), null, log)), 1e-9);
    assertTrue(whoAndWhen.factor(1, new Passage(DOC, 1, List.of(), null, minutes)) < BOOST * BOOST * BOOST);
    AnswerShape when = AnswerShape.of("by when is the hopper bus for castle quay sorted", BOOST, dates, numbers, lists,
        people, frequencies).datedNear(List.of("hopper")).ownedRowOf(List.of("hopper", "castl"));
    assertEquals(BOOST * BOOST, when.factor(2, new Passage(DOC, 2, List.of(), null, log)), 1e-9, "no owner asked");
  }

  @Test
  void when_question_boosts_a_time_told_as_a_span_before_something() {
    AnswerShape when = AnswerShape.of("when does my full assessment need to be in?", BOOST, dates, numbers, lists, people,
        frequencies).datedNear(List.of("assess"));

    assertEquals(BOOST, when.factor(0, new Passage(DOC, 0, List.of(), null,
        "Stage: Draft full assessment sent for checking; When: At least 20 working days before the report deadline")), 1e-9);
    assertEquals(1.0, when.factor(1, new Passage(DOC, 1, List.of(), null, "Send the full assessment for checking.")), 1e-9);
  }

  @Test
  void when_a_meeting_is_asked_its_schedule_beside_it_says_when_as_a_date_would() {
    AnswerShape when = AnswerShape.of("when is the qeia panel?", BOOST, dates, numbers, lists, people, frequencies)
        .datedNear(List.of("qeia"));

    assertEquals(BOOST * BOOST, when.factor(0, new Passage(DOC, 0, List.of(), null,
        "Step: Send the full EHIA to the panel secretary; When: Within 10 working days\n"
            + "Step: QEIA Panel meetings; When: Monthly, on the second Tuesday of the month")), 1e-9);
    assertEquals(1.0, when.factor(1, new Passage(DOC, 1, List.of(), null,
        "Every stage 2 EHIA must be approved by the QEIA Panel before the decision is made.")), 1e-9);
    assertEquals(1.0, when.factor(2, new Passage(DOC, 2, List.of(), null,
        "The QEIA Panel approves full assessments. Separately, and for other reasons entirely, our staff networks of "
            + "many kinds meet monthly.")), 1e-9, "a schedule of something else");
  }

  @Test
  void when_question_does_not_boost_a_passage_with_only_a_year() {
    assertEquals(1.0, factor("When was the plan agreed?", 0, "The plan was agreed in 2024."));
  }

  @Test
  void the_answer_a_body_gave_is_a_response_recorded() {
    assertEquals(BOOST, factor("what answer did the council give?", 0, "Response:\n- 1) The main reason is pay awards."));
    assertEquals(1.0, factor("what answer did the council give?", 1, "Why were these measures taken?"));
    assertEquals(BOOST, factor("how did the council respond?", 2, "Answer - the target was set in March."));
    assertEquals(BOOST, factor("how did they respond?", 3, "Reply: the target was set in March."));
  }

  @Test
  void who_was_spoken_to_is_answered_by_the_bodies_named() {
    assertEquals(BOOST, factor("which groups have we engaged? who have we spoken to?", 0,
        "Initial engagement has been undertaken with the BME Forum and the Youth Network."));
    assertEquals(1.0, factor("who runs the network?", 1, "The Youth Network meets monthly."),
        "a body is no person for who runs it");
  }

  @Test
  void a_gap_named_alone_as_the_question_asks_for_its_figure() {
    assertEquals(BOOST, factor("really don't want to get it wrong. Ethnicity pay gap?", 0,
        "The mean ethnicity pay gap was 3.1%."));
    assertEquals(1.0, factor("really don't want to get it wrong. Ethnicity pay gap?", 1,
        "The ethnicity pay gap is the difference in average pay."));
  }

  @Test
  void how_many_question_boosts_a_passage_with_a_number() {
    assertEquals(BOOST, factor("How many staff are disabled?", 0, "Of our staff, 7.5% are disabled."));
    assertEquals(1.0, factor("How many staff are disabled?", 1, "Some of our staff are disabled."));
    assertEquals(BOOST, factor("what's our ethnicity pay gap?", 2, "The mean ethnicity pay gap was 3.1%."));
    assertEquals(1.0, factor("what's our ethnicity pay gap?", 3, "Ethnicity pay gap means the difference in pay."),
        "asking for our figure is not asking what the term means");
    assertEquals(BOOST, factor("do we know what our ethnicity pay gap is? someone said we don't", 4,
        "The mean ethnicity pay gap was 3.1%."), "a figure asked for within a question");
    assertEquals(BOOST, factor("ethnicty pay gap figures?", 5, "The mean ethnicity pay gap was 3.1%."),
        "a message ending by naming the figures asks for them");
    assertEquals(BOOST, factor("how big is the savings target this year?", 9, "The savings target is £9.2m."),
        "how big asks for a figure");
    assertEquals(BOOST, factor("difference in pay between men and women here - what was the last figure published?", 0,
        "The mean gender pay gap was 8.8%."), "the figure asked for after a dash");
    assertEquals(BOOST, factor("whats the population of the borough?", 6, "Indicator: Total population; Vale: 118,400"));
    assertEquals(1.0, factor("whats the population of the borough?", 7, "Population means the people living in an area."),
        "asking the population is asking how many, not what a population is");
    assertEquals(Math.sqrt(BOOST), factor("population of harrowfield?", 8, "Harrowfield has 187,400 residents."), 1e-9,
        "a count of residents answers less surely than a population's");
  }

  @Test
  void definition_question_boosts_a_passage_that_opens_by_defining_the_term() {
    assertEquals(BOOST, factor("What is inclusion?", 0, "Inclusion means everyone feels they belong."));
    assertEquals(BOOST, factor("What does equity mean?", 1, "\"Equity\" (fairness) is treating people by need."));
    assertEquals(BOOST, factor("What counts as a protected characteristic?", 2,
        "Protected characteristic means one of the nine the Act names."));
  }

  @Test
  void definition_asked_of_several_boosts_the_definition_of_one_and_how_it_is_asked_is_not_the_term() {
    assertEquals(BOOST, factor("what are the protected characteristics again?", 0,
        "A protected characteristic is one of the nine personal characteristics the Act protects."));
    assertEquals(BOOST, factor("what are the protected characteristics again?", 1, "The nine are named below.",
        "Glossary", "Protected characteristic"));
    assertEquals(1.0, factor("What is the public sector equality duty?", 2,
        "The Public Sector Equality Duty is the duty in section 149."), "the duty is one thing, not a kind of thing");
  }

  @Test
  void an_abbreviation_asked_after_boosts_its_glossary_entry_the_most_and_where_it_is_written_out() {
    assertEquals(BOOST * BOOST, factor("what does BAME stand for?", 0, "BAME stands for Black, Asian and minority ethnic."));
    assertEquals(BOOST, factor("what does EINA stand for? everyone says it", 1,
        "6.1 Our way of showing due regard is the Equality Impact and Needs Assessment (EINA)."));
    assertEquals(1.0, factor("what does EINA stand for?", 2, "Every EINA is checked by the Policy Officer."));
    assertEquals(BOOST, factor("what's PIA short for", 3, "Complete a People Impact Assessment (PIA) first."));
  }

  @Test
  void definition_question_boosts_a_definitions_tables_row_for_the_term() {
    assertEquals(BOOST, factor("what does core20plus5 mean?", 0,
        "Term: Core20PLUS5; Meaning: NHS England's approach to reducing health inequalities."));
    assertEquals(1.0, factor("what does core20plus5 mean?", 1, "Term: EHIA; Meaning: see Core20PLUS5;"));
  }

  @Test
  void who_counts_as_something_asked_at_the_end_boosts_its_glossary_entry_not_another_tables_row() {
    String question = "doing an IIA on a youth fares thing - is there an age cut off for who counts as a care leaver?";
    assertEquals(BOOST, factor(question, 0, "Care leavers: for IIA purposes, people up to their 25th birthday who were"
        + " looked after by a local authority for at least 13 weeks."));
    assertEquals(1.0, factor(question, 1, "Group: Care leavers; Likely impact of Option 3: Negative - low; Evidence:"
        + " Small numbers"));
  }

  @Test
  void definition_question_does_not_boost_a_definition_later_in_the_passage() {
    assertEquals(1.0, factor("What is inclusion?", 0, "For us, inclusion means everyone feels they belong."));
  }

  @Test
  void definition_question_boosts_a_passage_under_a_heading_that_is_the_term() {
    assertEquals(BOOST, factor("What is inclusion?", 0, "Everyone feels they belong.", "Our values", "Inclusion"));
  }

  @Test
  void a_message_asking_only_what_a_term_means_among_other_words_is_focused_on_that_question() {
    assertEquals(Optional.of("what does pcref stand for"),
        AnswerShape.focus("what does PCREF stand for lol, keeps coming up in handovers and i just nod"));
    assertEquals(Optional.of("what is reasonable adjustment"),
        AnswerShape.focus("my manager keeps saying 'reasonable adjustment' - what does that actually mean?"));
    assertEquals(Optional.of("what does efia stand for"),
        AnswerShape.focus("new starter, what does EFIA stand for? everyone keeps saying it in meetings"));
    assertEquals(Optional.empty(), AnswerShape.focus("what does PCREF stand for and who leads it?"),
        "a second question keeps the whole message");
    assertEquals(Optional.empty(), AnswerShape.focus("who leads on PCREF?"));
    assertEquals(Optional.of("what does feia stand for"),
        AnswerShape.focus("saw FEIA in the committee minutes, what does that stand for"), "'that' points back to FEIA");
  }

  @Test
  void question_of_no_particular_shape_boosts_nothing() {
    assertEquals(1.0, factor("Who advises on EqIAs?", 0, "Inclusion means belonging, since 12 March 2024."));
  }
}
