package signpost.bot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static signpost.bot.eval.Fixtures.answer;
import static signpost.bot.eval.Fixtures.contact;
import static signpost.bot.eval.Fixtures.contacts;
import static signpost.bot.eval.Fixtures.eqia;
import static signpost.bot.eval.Fixtures.facts;
import static signpost.bot.eval.Fixtures.outOfScope;
import static signpost.bot.eval.Fixtures.question;
import static signpost.bot.eval.Fixtures.sources;
import static signpost.bot.eval.Fixtures.verdict;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {

  @Test
  void source_among_the_first_three_passes_whatever_its_folder_and_extension() {
    assertEquals(List.of(), Scorer.judge(question("q", sources("plan-a")),
        answer("q", "text", "x.pdf", "docs/Plan-A.PDF", "y.pdf")));
  }

  @Test
  void source_fourth_in_line_does_not_count() {
    assertEquals(List.of("sources [x, y, z]"), Scorer.judge(question("q", sources("plan-a")),
        answer("q", "text", "x.pdf", "y.docx", "z.html", "plan-a.pdf")));
  }

  @Test
  void answer_without_sources_fails_a_source_expectation() {
    assertEquals(List.of("sources []"), Scorer.judge(question("q", sources("plan-a")), answer("q", "text")));
  }

  @Test
  void fact_group_needs_one_alternative_in_the_text() {
    assertEquals(List.of(), Scorer.judge(question("q", facts(List.of("four years", "4 years"), List.of("149"))),
        answer("q", "The plan runs for 4 years under section 149.")));
  }

  @Test
  void each_missing_fact_group_is_a_reason() {
    assertEquals(List.of("missing fact [due regard]", "missing fact [four years, 4 years]"),
        Scorer.judge(question("q", facts(List.of("due regard"), List.of("149"), List.of("four years", "4 years"))),
            answer("q", "Section 149 applies.")));
  }

  @Test
  void facts_match_across_typographic_quotes_dashes_case_and_white_space() {
    assertEquals(List.of(), Scorer.judge(
        question("q", facts(List.of("council's plan"), List.of("2023-2027"), List.of("\"due regard\""),
            List.of("equality act 2010"))),
        answer("q", "The Council\u2019s  plan for 2023\u20132027 asks for \u201cdue regard\u201d under the "
            + "Equality\u00a0Act\n\t2010.")));
  }

  @Test
  void contact_may_be_found_in_a_contacts_name() {
    ObjectNode a = contact(answer("q", "Ask them."), "EqIA Super Users", null);

    assertEquals(List.of(), Scorer.judge(question("q", contacts("eqia super user")), a));
  }

  @Test
  void contact_may_be_found_in_a_contacts_role() {
    ObjectNode a = contact(answer("q", "Ask them."), "Jo Bloggs", "Equality  Lead");

    assertEquals(List.of(), Scorer.judge(question("q", contacts("hr services", "equality lead")), a));
  }

  @Test
  void contact_may_be_found_in_the_text() {
    assertEquals(List.of(), Scorer.judge(question("q", contacts("edi team")), answer("q", "Ask the EDI Team.")));
  }

  @Test
  void missing_contact_lists_the_alternatives() {
    ObjectNode a = contact(answer("q", "Ask them."), "HR Services", "Service Director");

    assertEquals(List.of("no contact of [eqia super user, edi team]"),
        Scorer.judge(question("q", contacts("eqia super user", "edi team")), a));
  }

  @Test
  void eqia_verdict_must_be_one_of_the_listed() {
    assertEquals(List.of(), Scorer.judge(question("q", eqia("not_required", "screening")),
        verdict(answer("q", "text"), "screening")));
    assertEquals(List.of("eqia required not in [not_required, screening]"),
        Scorer.judge(question("q", eqia("not_required", "screening")), verdict(answer("q", "text"), "required")));
  }

  @Test
  void missing_eqia_verdict_is_null() {
    Expectation readFromFile = new Expectation(null, null, null, new ArrayList<>(List.of("required")), false);

    assertEquals(List.of("eqia null not in [required]"), Scorer.judge(question("q", readFromFile), answer("q", "text")));
  }

  @Test
  void missing_eqia_verdict_fails_an_expectation_built_with_list_of() {
    assertEquals(List.of("eqia null not in [required]"), Scorer.judge(question("q", eqia("required")), answer("q", "text")));
    assertEquals("pass 0/1 (0%) sources 0/0 facts 0/0 eqia 0/1 out-of-scope 0/0 first-source 0/0",
        Scorer.score(List.of(question("q", eqia("required"))), Map.of("q", answer("q", "text"))).summary());
  }

  @Test
  void out_of_scope_question_passes_only_when_refused() {
    ObjectNode refused = answer("q", "I can't help with that.");
    refused.put("answered", false);

    assertEquals(List.of(), Scorer.judge(question("q", outOfScope()), refused));
    assertEquals(List.of("answered an out-of-scope question"),
        Scorer.judge(question("q", outOfScope()), answer("q", "Here is a recipe.")));
  }

  @Test
  void out_of_scope_question_without_an_answered_flag_fails() {
    ObjectNode a = answer("q", "text");
    a.remove("answered");

    assertEquals(List.of("answered an out-of-scope question"), Scorer.judge(question("q", outOfScope()), a));
  }

  @Test
  void refusal_of_an_in_scope_question_is_not_answered() {
    ObjectNode refused = answer("q", "Sorry.", "x.pdf");
    refused.put("answered", false);

    assertEquals(List.of("not answered", "sources [x]", "missing fact [due regard]"),
        Scorer.judge(question("q", new Expectation(List.of("plan-a"), List.of(List.of("due regard")), null, null, false)),
            refused));
  }

  @Test
  void question_without_an_answer_fails_with_no_answer() {
    Report report = Scorer.score(List.of(question("q", facts(List.of("due regard")))), Map.of());

    assertEquals("pass 0/1 (0%) sources 0/0 facts 0/1 eqia 0/0 out-of-scope 0/0 first-source 0/0", report.summary());
    assertEquals(List.of("q"), report.pass().missed());
  }
}
