package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
 * Beside an EqIA verdict the passages found are detail behind "Why?", but one that answers a later question of the
 * message ("... and how far ahead of the report deadline does it need doing?") is what was asked: it stays in the
 * short answer. Over a real index of an organisation's own guidance.
 */
class AskedTooTest {

  private static final String ORG = "southmere";
  private static final String TIMESCALE = "Send the screening to the equality team at least six weeks before the report deadline.";

  @TempDir
  static Path folder;

  private static KnowledgeBase knowledge;
  private static AnswerPipeline pipeline;

  @BeforeAll
  static void load() throws IOException {
    Files.writeString(folder.resolve("manifest.yaml"), """
        organisations:
          southmere:
            name: Southmere Council
        documents:
          - file: southmere-eqia-guidance.md
            organisation: southmere
            title: Equality Impact Assessment guidance
            kind: guidance
            published: 2025-06
        """);
    Files.writeString(folder.resolve("southmere-eqia-guidance.md"), """
        # Equality Impact Assessment guidance

        ## When you need one
        Every proposal to close, reduce or move a service the public use needs an Equality Impact Assessment.

        ## Timescales
        %s

        ## Sign-off
        Your Head of Service signs off the assessment.
        """.formatted(TIMESCALE));
    knowledge = KnowledgeBase.load(LoadOptions.of(List.of(folder)));
    pipeline = new AnswerPipeline(knowledge, SharedRules.BUILT_IN, AnswerPolicy.DEFAULT);
  }

  @AfterAll
  static void close() {
    knowledge.close();
  }

  @Test
  void a_later_question_answered_beside_a_verdict_stays_in_the_short_answer() {
    Answer answer = pipeline.answer(new Question("t", "we're closing the Eastgate day centre, do we need an EqIA?"
        + " and how far ahead of the report deadline does it need doing", ORG));

    assertNotNull(answer.eqia());
    assertTrue(answer.paragraphs().stream().anyMatch(p -> !p.kind().detail() && p.text().contains(TIMESCALE)),
        answer.paragraphs()::toString);
  }

  @Test
  void asked_only_whether_one_is_needed_the_timescale_is_detail_if_quoted_at_all() {
    Answer answer = pipeline.answer(new Question("t", "we're closing the Eastgate day centre, do we need an EqIA?", ORG));

    assertNotNull(answer.eqia());
    assertFalse(answer.paragraphs().stream().anyMatch(p -> !p.kind().detail() && p.text().contains(TIMESCALE)),
        answer.paragraphs()::toString);
  }
}
