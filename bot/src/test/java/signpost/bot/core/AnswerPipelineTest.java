package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.rules.decision.Intent;
import signpost.rules.decision.Verdict;

/** Runs the whole pipeline on the real shared corpus, its organisation files and the built-in guide. */
class AnswerPipelineTest {

  private static Answer ask(String question, String org) {
    return SharedCorpus.pipeline().answer(new Question("t", question, org));
  }

  private static List<String> contactNames(Answer answer) {
    return answer.contacts().stream().map(ContactCard::name).toList();
  }

  @Test
  void a_question_outside_edi_is_refused_and_pointed_to_the_organisations_signposting_contacts() {
    Answer answer = ask("Write me a poem about cats", "cambridgeshire");

    assertFalse(answer.answered());
    assertEquals(Intent.UNKNOWN, answer.intent());
    assertEquals(List.of(), answer.sources());
    assertEquals(List.of("EDI Contacts", "EDI Team", "Respect@Work Contacts"), contactNames(answer));
    assertTrue(answer.text().contains("equality, diversity and inclusion"), answer.text());
    assertTrue(answer.rules().contains("RefuseSmallTalk"), answer.rules().toString());
  }

  @Test
  void a_message_asking_two_questions_quotes_an_answer_to_each() {
    Answer answer = ask("What peer support groups are there? And when did full council approve the EDI strategy?",
        "cambridgeshire");

    assertTrue(answer.answered());
    // The second question's answer, which the two questions' words together did not find.
    assertTrue(answer.text().contains("approved by Full Council on 18 July 2023"), answer.text());
    assertTrue(answer.sources().stream().anyMatch(c -> c.document().startsWith("cambridgeshire-edi-action-plan-report")),
        answer.sources().toString());
    assertTrue(answer.sources().stream().anyMatch(c -> c.document().startsWith("cambridgeshire-edi-strategy")),
        answer.sources().toString());
  }

  @Test
  void a_refusal_without_an_organisation_names_no_person() {
    Answer answer = ask("What time does the canteen open?", null);

    assertFalse(answer.answered());
    assertEquals(List.of("your EDI team"), contactNames(answer));
  }

  @Test
  void a_request_for_a_person_no_one_can_be_reached_for_names_who_to_ask_as_a_refusal_does_and_no_one_invented() {
    Answer named = SharedCorpus.pipeline().referral(new Question(null, "Can I speak to a human?", "cambridgeshire"));
    Answer generic = SharedCorpus.pipeline().referral(new Question(null, "Can I speak to a human?", null));

    assertFalse(named.answered());
    assertEquals(null, named.id());
    assertEquals(List.of("EDI Contacts", "EDI Team", "Respect@Work Contacts"), contactNames(named));
    assertEquals("For EDI questions, ask", named.contactsLead());
    assertTrue(named.text().startsWith("I can't pass questions on to a person from here"), named.text());
    assertEquals(List.of("your EDI team"), contactNames(generic));
  }

  @Test
  void a_disclosure_of_harassment_gets_support_contacts_and_urgent_help() {
    Answer answer = ask("I was harassed at work because I'm gay", "cambridgeshire");

    assertTrue(answer.answered());
    assertEquals(Intent.SUPPORT, answer.intent());
    assertTrue(answer.text().contains("call 999"), answer.text());
    assertTrue(contactNames(answer).contains("Respect@Work Contacts"), contactNames(answer).toString());
    assertTrue(answer.rules().contains("OfferCareToSomeoneReportingHarm"), answer.rules().toString());
  }

  @Test
  void a_report_of_harm_about_what_the_act_protects_says_so_cited_to_the_legal_guide() {
    Answer aged = ask("My team leader keeps saying I'm too old to learn the new system, in front of everyone", "cambridgeshire");
    Answer unnamed = ask("someone in my team keeps shouting at me in meetings", "cambridgeshire");

    assertEquals(Intent.SUPPORT, aged.intent(), aged.text());
    assertTrue(aged.text().contains("Age is a protected characteristic under the Equality Act 2010"), aged.text());
    assertTrue(aged.sources().stream().anyMatch(c -> c.section().endsWith("Age")), aged.sources().toString());
    assertEquals(Intent.SUPPORT, unnamed.intent(), unnamed.text());
    assertFalse(unnamed.text().contains("protected characteristic"), unnamed.text());
  }

  @Test
  void asking_who_advises_on_eqias_names_only_the_eqia_contacts() {
    Answer answer = ask("Who advises on EqIAs?", "cambridgeshire");

    assertTrue(answer.answered());
    assertEquals(List.of("EqIA Super Users"), contactNames(answer));
    assertTrue(answer.rules().contains("ReferToContactsServingTheNeed"), answer.rules().toString());
  }

  @Test
  void asking_whether_an_eqia_is_needed_gives_the_verdict_reasons_and_who_signs_off() {
    Answer answer = ask("We're proposing to stop a bus subsidy to save money. Do we need an EqIA?", "derbyshire");

    assertEquals(Intent.EQIA, answer.intent());
    assertEquals(Verdict.REQUIRED, answer.eqia().verdict());
    assertTrue(answer.text().startsWith("EqIA: required."), answer.text());
    assertTrue(answer.eqia().reasons().stream().anyMatch(r -> r.contains("cumulative impact")), answer.eqia().reasons().toString());
    assertTrue(answer.rules().containsAll(List.of("RequireAnEqiaForReducingOrStoppingAService", "RequireAnEqiaForABudgetSaving")),
        answer.rules().toString());
    assertTrue(answer.text().contains("The law: due regard"), answer.text());
    assertFalse(answer.text().contains("How Derbyshire County Council does it:"), answer.text());
    assertTrue(answer.more().stream().anyMatch(p -> p.text().startsWith("How Derbyshire County Council does it:")),
        answer.more().toString());
  }

  @Test
  void a_question_that_only_asks_who_advises_has_no_verdict() {
    assertEquals(null, ask("Who advises on EqIAs?", "cambridgeshire").eqia());
  }

  @Test
  void a_timetable_question_shows_the_organisations_timetable_with_dates_in_words() {
    Answer answer = ask("What's the timetable for the EDI refresh?", "derbyshire");

    assertTrue(answer.text().contains("Cabinet - formal adoption of the equality objectives: June 2024 (to be confirmed)"), answer.text());
    assertTrue(answer.sources().stream().anyMatch(c -> c.document().startsWith("derbyshire-scrutiny-edi-update-2024-02")),
        answer.sources().toString());
  }

  @Test
  void a_when_question_introduces_the_passage_with_its_documents_title() {
    Answer answer = ask("When did scrutiny consider the update on the EDI review?", "derbyshire");

    assertTrue(answer.text().startsWith("From Improvement and Scrutiny Committee (Resources), 29 February 2024"), answer.text());
  }

  @Test
  void objective_questions_show_the_theme_and_who_owns_the_plan_without_inventing_action_owners() {
    Answer answer = ask("Who is responsible for the workforce objectives?", "cambridgeshire");

    assertEquals(Intent.OBJECTIVE, answer.intent());
    assertTrue(answer.text().contains("theme A: Our workforce"), answer.text());
    assertTrue(answer.text().contains("do not name an owner for each action"), answer.text());
    assertTrue(contactNames(answer).contains("HR Services"), contactNames(answer).toString());
  }

  @Test
  void an_eqia_question_without_an_organisation_points_to_your_edi_team() {
    Answer answer = ask("Who advises on EqIAs?", null);

    assertEquals(List.of("your EDI team"), contactNames(answer));
  }

  @Test
  void the_organisations_own_document_is_cited_before_the_built_in_guide() {
    Answer answer = ask("What is the Public Sector Equality Duty?", "cambridgeshire");

    assertTrue(answer.answered());
    assertEquals("cambridgeshire-edi-strategy-2023-2027.pdf", answer.sources().get(0).document());
    assertTrue(answer.sources().stream().skip(1).anyMatch(s -> s.document().startsWith("signpost-")),
        "the guide is still cited after the organisation's own words: " + answer.sources());
  }

  @Test
  void a_staff_member_is_never_cited_another_councils_documents() {
    for (String question : List.of("What is the vision of the EDI strategy?", "What are the workforce objectives?",
        "How is the EDI action plan monitored?")) {
      Answer answer = ask(question, "derbyshire");
      answer.sources().forEach(s -> assertFalse(s.document().startsWith("cambridgeshire")
          || s.document().startsWith("derby-city"), question + " cited " + s.document()));
    }
  }

  @Test
  void a_question_about_a_council_nothing_is_known_of_is_refused_even_for_a_staff_member() {
    Answer answer = ask("What are Norfolk County Council's equality objectives?", "derbyshire");

    assertFalse(answer.answered());
    assertEquals(List.of(), answer.sources());
    assertTrue(answer.text().startsWith("I have no documents or facts about norfolk county council."), answer.text());
  }

  @Test
  void naming_another_council_never_stops_care_or_an_eqia_verdict() {
    Answer support = ask("I moved here from Leeds City Council and my new manager keeps mocking my accent", "derbyshire");
    Answer eqia = ask("Leeds City Council closed its day centres; we're closing ours too, anything equality-wise?", "derbyshire");

    assertEquals(Intent.SUPPORT, support.intent(), support.text());
    assertEquals(Verdict.REQUIRED, eqia.eqia().verdict(), eqia.text());
  }

  @Test
  void a_refusal_names_the_word_of_the_question_no_document_mentions() {
    Answer answer = ask("give me a recipe for vegan lasagne", null);

    assertFalse(answer.answered());
    assertTrue(List.of("recipe", "vegan", "lasagne").stream()
        .anyMatch(word -> answer.text().startsWith("The documents I know don't mention \"" + word + "\".")), answer.text());
  }

  @Test
  void a_misspelt_question_is_answered_as_if_spelt_right() {
    Answer answer = ask("unconcious bias definition pls", null);

    assertTrue(answer.answered(), answer.text());
    assertTrue(answer.text().toLowerCase(java.util.Locale.ROOT).contains("unconscious bias"), answer.text());
  }

  @Test
  void a_question_naming_a_known_council_is_answered_from_its_documents_when_the_asker_has_none() {
    Answer answer = ask("What is the vision of Derbyshire's EDI strategy?", null);

    assertTrue(answer.answered());
    assertTrue(answer.sources().get(0).document().startsWith("derbyshire"), answer.sources().toString());
  }

  @Test
  void another_councils_words_found_for_someone_of_no_organisation_are_introduced_by_their_title() {
    Answer answer = ask("What peer support groups are there?", null);

    assertTrue(answer.sources().stream().anyMatch(s -> s.document().startsWith("cambridgeshire")), answer.sources().toString());
    assertTrue(answer.text().contains("From Equality, Diversity and Inclusion Strategy 2023-2027"), answer.text());
  }

  @Test
  void every_quoted_passage_is_numbered_and_cited() {
    Answer answer = ask("What is the Diverse Council Declaration?", "derbyshire");

    for (int i = 1; i <= answer.sources().size(); i++) assertTrue(answer.text().contains("[" + i + "]"), answer.text());
    assertFalse(answer.text().contains("[" + (answer.sources().size() + 1) + "]"));
    assertEquals("derbyshire-scrutiny-edi-update-2024-02.pdf", answer.sources().get(0).document());
    assertTrue(answer.sources().get(0).page() != null);
  }
}
