package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LoadOptions;

/**
 * Who signs off depends on who decides: "For decisions taken by Cabinet, the assessment must also be signed off by the
 * Director of Place." A message saying Cabinet decides is told it beside the general sign-off; one that names no such
 * body is not. Over a real index of an organisation that brings only its documents.
 */
class SignOffForTheDecidingBodyTest {

  private static final String ORG = "westmere";
  private static final String FOR_CABINET = "For decisions taken by Cabinet, the assessment must also be signed off by the Director of Place.";

  @TempDir
  static Path folder;

  private static KnowledgeBase knowledge;
  private static AnswerPipeline pipeline;

  @BeforeAll
  static void load() throws IOException {
    Files.writeString(folder.resolve("manifest.yaml"), """
        organisations:
          westmere:
            name: Westmere Council
        documents:
          - file: westmere-eqia-guidance.md
            organisation: westmere
            title: Equality Impact Assessment guidance
            kind: guidance
            published: 2025-06
        """);
    Files.writeString(folder.resolve("westmere-eqia-guidance.md"), """
        # Equality Impact Assessment guidance

        ## When you need one
        Every proposal to close, reduce or move a service the public use needs an Equality Impact Assessment.

        ## Sign-off
        Every Equality Impact Assessment is signed off by the Head of Service responsible for the proposal.

        %s

        For decisions taken under delegated powers, the assessment is kept with the decision record.
        """.formatted(FOR_CABINET));
    knowledge = KnowledgeBase.load(LoadOptions.of(List.of(folder)));
    pipeline = new AnswerPipeline(knowledge, SharedRules.BUILT_IN, AnswerPolicy.DEFAULT);
  }

  @AfterAll
  static void close() {
    knowledge.close();
  }

  @Test
  void a_decision_by_cabinet_is_told_who_else_signs_off_for_cabinet() {
    Answer answer = pipeline.answer(new Question("t", "We're closing the Eastgate day centre and the decision will be taken"
        + " by Cabinet in January. Do we need an EqIA and who signs it off?", ORG));

    assertTrue(answer.paragraphs().stream().anyMatch(p -> !p.kind().detail() && p.text().contains(FOR_CABINET)),
        answer.paragraphs()::toString);
  }

  @Test
  void a_message_naming_no_deciding_body_is_told_the_general_sign_off_only() {
    Answer answer = pipeline.answer(new Question("t", "We're closing the Eastgate day centre. Do we need an EqIA?", ORG));

    assertFalse(answer.paragraphs().stream().anyMatch(p -> !p.kind().detail() && p.text().contains(FOR_CABINET)),
        answer.paragraphs()::toString);
  }
}
