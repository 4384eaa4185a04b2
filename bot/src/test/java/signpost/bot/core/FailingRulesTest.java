package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.rules.decision.Intent;
import signpost.rules.engine.LiveRuleBase;

/**
 * Rules edited outside the jar that pass the example questions at start but throw on a real one, with no last good
 * rules to fall back on: the question gets a polite refusal, never an exception.
 */
class FailingRulesTest {

  @TempDir Path folder;
  @TempDir Path cache;

  @Test
  void a_rule_that_throws_on_a_real_question_gives_a_refusal_not_an_error() throws IOException {
    Files.writeString(folder.resolve("local.drl"), """
        package signpost.rules.facts;
        import signpost.rules.features.*;

        rule "ExplodeOnStaffRequests"
        when
          About(topic == Topic.STAFF_ADMIN)
        then
          throw new IllegalStateException("boom");
        end
        """, StandardCharsets.UTF_8);
    LiveRuleBase rules = LiveRuleBase.of(folder, cache, Duration.ofSeconds(2));
    AnswerPipeline pipeline = new AnswerPipeline(SharedCorpus.shared(), rules, AnswerPolicy.DEFAULT);

    Answer answer = pipeline.answer(new Question("t", "how do I reset my password?", "cambridgeshire"));

    assertFalse(answer.answered());
    assertEquals(Intent.UNKNOWN, answer.intent());
    assertTrue(answer.text().contains("I can't find a reliable answer"), answer.text());
  }
}
