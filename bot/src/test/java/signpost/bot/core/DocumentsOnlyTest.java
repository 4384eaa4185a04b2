package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LoadOptions;
import signpost.rules.decision.Intent;

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
        """);
    KnowledgeBase knowledge = KnowledgeBase.load(LoadOptions.of(List.of(folder)));
    pipeline = new AnswerPipeline(knowledge, SharedRules.BUILT_IN, AnswerPolicy.DEFAULT);
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
  void a_point_the_documents_do_not_cover_is_refused_rather_than_answered_with_contacts_alone() {
    Answer answer = ask("who is the EqIA lead for the parks service?");

    assertFalse(answer.answered(), answer.text());
    assertTrue(answer.text().contains("I can't find a reliable answer"), answer.text());
    assertEquals(List.of(), answer.sources());
  }
}
