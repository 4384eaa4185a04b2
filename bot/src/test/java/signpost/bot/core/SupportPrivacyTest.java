package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import signpost.knowledge.KnowledgeBase;
import signpost.rules.decision.Intent;

/** A support request's words are never written to a log: the whole pipeline runs with the log captured. */
class SupportPrivacyTest {

  private static final String DISCLOSURE = "My manager keeps making racist comments about me in team meetings";

  @Test
  void the_words_of_a_support_request_never_reach_the_log() throws Exception {
    PrintStream err = System.err;
    PrintStream out = System.out;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(log, true, StandardCharsets.UTF_8);
    Answer answer;
    System.setErr(capture);
    System.setOut(capture);
    try (KnowledgeBase knowledge = SharedCorpus.load()) {
      LoggerFactory.getLogger(SupportPrivacyTest.class).warn("capture-check");
      answer = new AnswerPipeline(knowledge, SharedRules.BUILT_IN, AnswerPolicy.DEFAULT)
          .answer(new Question("s1", DISCLOSURE, "cambridgeshire"));
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    String logged = log.toString(StandardCharsets.UTF_8);

    assertTrue(logged.contains("capture-check"), "the log capture must see what is logged: " + logged);
    assertTrue(answer.intent() == Intent.SUPPORT && answer.answered(), answer.toString());
    assertFalse(logged.contains("racist comments"), logged);
    assertFalse(logged.contains(DISCLOSURE), logged);
  }
}
