package signpost.bot.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import signpost.bot.core.Answer;
import signpost.bot.core.AnswerPipeline;
import signpost.bot.core.AnswerPolicy;
import signpost.bot.core.Citation;
import signpost.bot.core.Question;
import signpost.bot.core.SharedCorpus;
import signpost.bot.store.Engine;
import signpost.bot.store.StoreContract;
import signpost.rules.decision.Intent;
import signpost.rules.engine.RuleBase;

/**
 * The answer pipeline over the real shared corpus and built-in rules, with an answer cache, gives the curated answers
 * kept in a real database from the next question after each save, edit and retirement, cited as their writers.
 */
class CuratedAnswersInPipelineTest extends StoreContract {

  private static final RuleBase RULES = RuleBase.builtIn();
  private static final String DOGS = "Can I bring my dog to the office?";
  private static final LocalDate REVIEW_BY = LocalDate.parse("2027-06-30");

  private CuratedAnswers curated;
  private AnswerPipeline pipeline;

  @Override
  protected Engine engine() {
    return Engine.H2;
  }

  @BeforeEach
  void pipeline() {
    curated = new CuratedAnswers(database.curated(), clock);
    pipeline = new AnswerPipeline(SharedCorpus.shared(), () -> RULES, AnswerPolicy.DEFAULT).withWritten(curated)
        .withCache(100);
  }

  private Answer ask(String question, String organisation) {
    return pipeline.answer(new Question("q", question, organisation));
  }

  @Test
  void a_refused_question_is_answered_from_the_curated_answer_saved_for_it_cited_as_the_edi_contacts() {
    assertFalse(ask(DOGS, "cambridgeshire").answered());

    CuratedAnswer saved = curated.save("cambridgeshire", DOGS, "Only assistance dogs may come into council offices.",
        "EDI Contacts", REVIEW_BY);
    Answer answer = ask("Can I bring my dog into the office?", "cambridgeshire");

    assertTrue(answer.answered());
    assertEquals(Intent.FACT, answer.intent());
    assertTrue(answer.text().startsWith("Only assistance dogs may come into council offices. [1]"), answer.text());
    assertEquals(List.of(new Citation("curated-" + saved.id(), "Answered by the EDI Contacts, 1 December 2026", null, null,
        "Only assistance dogs may come into council offices.")), answer.sources());
    assertEquals("Answered by the EDI Contacts, 1 December 2026", answer.sources().get(0).label());
    assertFalse(answer.contacts().isEmpty());
    assertEquals(List.of("GiveTheAnswerTheEdiContactsWrote"), answer.rules());
  }

  @Test
  void an_edit_or_a_retirement_is_never_hidden_by_an_answer_kept_in_the_cache() {
    CuratedAnswer saved = curated.save("cambridgeshire", DOGS, "Only assistance dogs.", "EDI Contacts", REVIEW_BY);
    assertTrue(ask(DOGS, "cambridgeshire").text().startsWith("Only assistance dogs."));

    curated.edit(saved.id(), DOGS, "Assistance dogs, and pets on Bring Your Dog Day.", REVIEW_BY);
    assertTrue(ask(DOGS, "cambridgeshire").text().startsWith("Assistance dogs, and pets on Bring Your Dog Day."));

    curated.retire(saved.id());
    assertFalse(ask(DOGS, "cambridgeshire").answered());
  }

  @Test
  void another_organisations_asker_is_not_given_it() {
    curated.save("cambridgeshire", DOGS, "Only assistance dogs.", "EDI Contacts", REVIEW_BY);

    assertFalse(ask(DOGS, "derbyshire").answered());
  }

  @Test
  void someone_reporting_harm_gets_support_whatever_was_curated() {
    String disclosure = "I was harassed at work because I'm gay";
    curated.save("cambridgeshire", disclosure, "Ask HR.", "EDI Contacts", REVIEW_BY);

    Answer answer = ask(disclosure, "cambridgeshire");

    assertEquals(Intent.SUPPORT, answer.intent());
    assertFalse(answer.text().contains("Ask HR."), answer.text());
  }
}
