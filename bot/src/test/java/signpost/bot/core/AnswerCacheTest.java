package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LoadOptions;
import signpost.rules.decision.Intent;
import signpost.rules.engine.RuleBase;
import signpost.rules.engine.Situation;
import signpost.rules.screening.ScreeningContext;
import signpost.rules.screening.Slot;

class AnswerCacheTest {

  private static final RuleBase RULES = SharedRules.BUILT_IN.get();
  private static final AnswerCache.Basis BASIS = new AnswerCache.Basis(RULES, null, null);

  @TempDir Path folder;

  private static Answer answer(Question q) {
    return new Answer(q.id(), q.text(), q.organisation(), true, Intent.FACT, List.of(new Paragraph(Paragraph.Kind.BODY, "text")), 0.8, List.of(), List.of(), null,
        List.of("AnswerAsFact"));
  }

  @Test
  void a_repeated_question_gets_the_kept_answer_under_its_own_id() {
    AnswerCache cache = new AnswerCache(10);
    Question first = new Question("a", "Who advises on EqIAs?", "cambridgeshire");
    cache.get(first, BASIS);
    cache.put(first, BASIS, answer(first));

    Answer again = cache.get(new Question("b", "Who  advises on EqIAs?", "cambridgeshire"), BASIS);

    assertEquals("b", again.id());
    assertEquals("text", again.text());
    assertNull(cache.get(new Question("c", "Who advises on EqIAs?", "derbyshire"), BASIS));
  }

  @Test
  void a_question_is_single_spaced_exactly_when_making_each_run_of_white_space_one_space_changes_nothing() {
    for (String text : new String[] {"Who advises on EqIAs?", "Who  advises?", "Who\tadvises?", "Who \nadvises?", " Who",
        "Who ", "", " ", "\r", "Who\u00a0advises?", "Who\u2003 advises?", "a\u000bb", "a\fb", "a b c d"}) {
      assertEquals(text.replaceAll("\\s+", " ").equals(text), AnswerCache.singleSpaced(text), text);
    }
  }

  @Test
  void each_question_looked_up_counts_once_as_a_hit_or_a_miss_and_a_peek_counts_only_a_hit() {
    AnswerCache cache = new AnswerCache(10);
    Question q = new Question("a", "Who advises on EqIAs?", "cambridgeshire");
    cache.get(q, BASIS);
    cache.put(q, BASIS, answer(q));

    assertNull(cache.peek(new Question("b", "What is IDEAL?", "cambridgeshire"), BASIS));
    cache.get(new Question("c", "What is IDEAL?", "cambridgeshire"), BASIS);
    cache.peek(new Question("d", "Who advises on EqIAs?", "cambridgeshire"), BASIS);
    cache.get(new Question("e", "Who advises on EqIAs?", "cambridgeshire"), BASIS);

    assertEquals(2, cache.hits());
    assertEquals(2, cache.misses());
  }

  @Test
  void the_cache_holds_no_ones_words_so_a_reply_to_someone_reporting_harm_is_kept_as_any_other() {
    AnswerCache cache = new AnswerCache(10);
    Question q = new Question("a", "I was harassed at work by my manager", "cambridgeshire");
    cache.get(q, BASIS);

    cache.put(q, BASIS, answer(q));

    assertEquals(1, cache.size());
    for (Object held : cache.held()) assertFalse(held.toString().contains("harassed"), held.toString());
    Answer again = cache.get(new Question("b", "I was harassed at work by my manager", "cambridgeshire"), BASIS);
    assertEquals("I was harassed at work by my manager", again.question());
    assertEquals("b", again.id());
  }

  @Test
  void a_new_rule_base_empties_the_cache() {
    AnswerCache cache = new AnswerCache(10);
    Question q = new Question("a", "What is IDEAL?", "cambridgeshire");
    cache.get(q, BASIS);
    cache.put(q, BASIS, answer(q));

    assertNull(cache.get(q, new AnswerCache.Basis(RuleBase.builtIn(), null, null)));
    assertEquals(0, cache.size());
  }

  @Test
  void the_least_recently_asked_answer_goes_first_when_full() {
    AnswerCache cache = new AnswerCache(2);
    Question a = new Question("a", "A?", null);
    Question b = new Question("b", "B?", null);
    Question c = new Question("c", "C?", null);
    cache.get(a, BASIS);
    cache.put(a, BASIS, answer(a));
    cache.put(b, BASIS, answer(b));
    cache.get(a, BASIS);

    cache.put(c, BASIS, answer(c));

    assertEquals("a", cache.get(a, BASIS).id());
    assertNull(cache.get(b, BASIS));
    assertEquals(2, cache.size());
  }

  @Test
  void a_full_cache_lets_a_sixteenth_of_its_answers_go_at_once_the_least_recently_asked() {
    AnswerCache cache = new AnswerCache(32);
    List<Question> questions = new ArrayList<>();
    cache.get(new Question("first", "First?", null), BASIS); // a look starts the generation answers are kept in
    for (int i = 0; i < 32; i++) {
      Question q = new Question("q" + i, "Question " + i + "?", null);
      questions.add(q);
      cache.put(q, BASIS, answer(q));
    }
    cache.get(questions.get(0), BASIS);
    cache.get(questions.get(1), BASIS);

    Question last = new Question("q32", "Question 32?", null);
    cache.put(last, BASIS, answer(last));

    assertEquals(30, cache.size());
    for (int gone = 2; gone <= 4; gone++) assertNull(cache.get(questions.get(gone), BASIS), "question " + gone);
    assertEquals("q0", cache.get(questions.get(0), BASIS).id());
    assertEquals("q1", cache.get(questions.get(1), BASIS).id());
    assertEquals("q5", cache.get(questions.get(5), BASIS).id());
    assertEquals("q32", cache.get(last, BASIS).id());
  }

  @Test
  void the_pipeline_with_a_cache_answers_a_repeat_exactly_as_without() {
    try (var knowledge = SharedCorpus.load()) {
      AnswerPipeline plain = new AnswerPipeline(knowledge, SharedRules.BUILT_IN, AnswerPolicy.DEFAULT);
      AnswerPipeline cached = plain.withCache(10);
      Question q = new Question("q1", "Do I need an EqIA for cutting day-centre hours?", "cambridgeshire");

      Answer first = cached.answer(q);
      Answer second = cached.answer(new Question("q2", q.text(), q.organisation()));

      assertEquals(plain.answer(q), first);
      assertEquals("q2", second.id());
      assertSame(first.sources(), second.sources());
    }
  }

  @Test
  void a_step_of_a_screening_is_kept_by_its_text_and_the_parts_filled_and_never_answers_the_question_alone() {
    try (var knowledge = SharedCorpus.load()) {
      AnswerPipeline plain = new AnswerPipeline(knowledge, SharedRules.BUILT_IN, AnswerPolicy.DEFAULT);
      AnswerPipeline cached = plain.withCache(10);
      String proposal = "We are cutting day-centre hours from five days to three, affecting about 120 older and disabled people";
      ScreeningContext started = new ScreeningContext(EnumSet.of(Slot.ACTIVITY, Slot.AFFECTED));
      ScreeningContext further = new ScreeningContext(EnumSet.of(Slot.ACTIVITY, Slot.AFFECTED, Slot.GROUPS, Slot.EVIDENCE));
      Question q = new Question("q1", proposal, "cambridgeshire");

      Answer alone = cached.answer(q);
      Answer first = cached.answer(new Question("q2", proposal, "cambridgeshire"), started);
      Answer again = cached.answer(new Question("q3", proposal, "cambridgeshire"), started);
      Answer later = cached.answer(new Question("q4", proposal, "cambridgeshire"), further);

      assertEquals(plain.answer(new Question("q2", proposal, "cambridgeshire"), started), first);
      assertEquals(plain.answer(new Question("q4", proposal, "cambridgeshire"), further), later);
      assertNull(alone.next());
      assertEquals("q3", again.id());
      assertSame(first.sources(), again.sources());
      assertEquals(first.next(), again.next());
      assertTrue(first.next() != null && later.next() != null && first.next().slot() != later.next().slot(),
          "the step asked next follows the parts filled: " + first.next() + " then " + later.next());
      assertEquals(1, cached.cacheHits(), "only the repeat of a step is answered from the cache");
      assertEquals(3, cached.cacheMisses());

      // The same step asked when the assessment is due adds the timescales: never the answer kept without them.
      cached.answer(new Question("q5", proposal, "cambridgeshire"), started.withTimingAsked());
      assertEquals(1, cached.cacheHits());
      assertEquals(4, cached.cacheMisses());
    }
  }

  @Test
  void kept_gives_a_repeat_its_answer_without_answering_and_nothing_for_a_new_question() {
    try (var knowledge = SharedCorpus.load()) {
      AnswerPipeline plain = new AnswerPipeline(knowledge, SharedRules.BUILT_IN, AnswerPolicy.DEFAULT);
      AnswerPipeline cached = plain.withCache(10);
      Question q = new Question("q1", "Who advises on EqIAs?", "cambridgeshire");

      assertEquals(Optional.empty(), cached.kept(q));
      Answer first = cached.answer(q);
      Answer kept = cached.kept(new Question("q2", q.text(), q.organisation())).orElseThrow();

      assertEquals("q2", kept.id());
      assertEquals(first.text(), kept.text());
      assertSame(first.sources(), kept.sources());
      plain.answer(q);
      assertEquals(Optional.empty(), plain.kept(q));
    }
  }

  @Test
  void a_repeat_after_the_knowledge_is_reloaded_is_answered_from_the_new_knowledge() throws Exception {
    try (KnowledgeBase before = canteen("eight"); KnowledgeBase after = canteen("nine")) {
      AtomicReference<KnowledgeBase> serving = new AtomicReference<>(before);
      AnswerPipeline cached = new AnswerPipeline(serving::get, SharedRules.BUILT_IN, AnswerPolicy.DEFAULT).withCache(10);
      Question q = new Question("q1", "When does the staff canteen open?", null);
      assertTrue(cached.answer(q).text().contains("opens at eight"), cached.answer(q).text());

      serving.set(after);

      Question again = new Question("q2", q.text(), null);
      assertEquals(Optional.empty(), cached.kept(again));
      assertTrue(cached.answer(again).text().contains("opens at nine"), cached.answer(again).text());
    }
  }

  @Test
  void a_text_searched_again_finds_the_same_passages_and_never_those_of_knowledge_since_reloaded() throws Exception {
    try (KnowledgeBase before = canteen("seven"); KnowledgeBase after = canteen("ten")) {
      AtomicReference<KnowledgeBase> serving = new AtomicReference<>(before);
      AnswerPipeline pipeline = new AnswerPipeline(serving::get, SharedRules.BUILT_IN, AnswerPolicy.DEFAULT).withCache(10);
      Question q = new Question("q1", "When does the staff canteen open?", null);
      assertEquals(List.of("seven"), hours(pipeline.situation(q)));
      assertEquals(List.of("seven"), hours(pipeline.situation(new Question("q2", q.text(), null))));

      serving.set(after);

      assertEquals(List.of("ten"), hours(pipeline.situation(new Question("q3", q.text(), null))));
    }
  }

  /** Returns the hour each passage found says the canteen opens at. */
  private static List<String> hours(Situation situation) {
    return situation.quoted().stream().map(p -> p.text().replaceAll(".*opens at (\\w+).*", "$1").strip()).toList();
  }

  private KnowledgeBase canteen(String hour) throws java.io.IOException {
    Path knowledge = Files.createDirectories(folder.resolve(hour));
    Files.writeString(knowledge.resolve("canteen.md"), "# Canteen guide\n\n## Opening times\n\nThe staff canteen opens at "
        + hour + " every weekday morning.\n");
    return KnowledgeBase.load(LoadOptions.of(List.of(knowledge)));
  }
}
