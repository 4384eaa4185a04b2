package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.rules.RulesException;
import signpost.rules.decision.Decision;
import signpost.rules.decision.Verdict;

/** Edits a real rules folder with rules that throw, stall or break the compiler, and checks what serves. */
class GuardedRulesTest {

  private static final String NEWSLETTER = "Do we need an EqIA for the staff newsletter?";
  private static final Duration LIMIT = Duration.ofSeconds(2);

  @TempDir Path folder;
  /** The first compilation is the same in every test: kept once, read back after. */
  @TempDir static Path cacheRoot;

  private void write(String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String rule(String name, String when, String then) {
    return "package signpost.rules.facts;\n\nrule \"" + name + "\"\nwhen\n" + when + "\nthen\n" + then + "\nend\n";
  }

  private static Verdict newsletterVerdict(LiveRuleBase rules) {
    return rules.get().decide(Situations.asked(NEWSLETTER)).eqia().verdict();
  }

  @Test
  void a_reloaded_rule_that_throws_is_refused_and_the_last_good_rules_keep_serving() throws IOException {
    LiveRuleBase rules = LiveRuleBase.of(folder, cacheRoot.resolve("signpost").resolve("rules"), LIMIT);
    RuleBase serving = rules.get();
    write("local.drl", rule("Explode", "", "  throw new IllegalStateException(\"boom\");"));

    assertFalse(rules.reload());

    assertTrue(rules.lastError().startsWith("the rules failed on the example question"), rules.lastError());
    assertTrue(rules.lastError().contains("boom"), rules.lastError());
    assertSame(serving, rules.get());
    assertEquals(1, rules.generation());
    assertEquals(Verdict.SCREENING, newsletterVerdict(rules));
  }

  @Test
  void a_reloaded_rule_that_stalls_is_refused_within_the_time_limit() throws IOException {
    LiveRuleBase rules = LiveRuleBase.of(folder, cacheRoot.resolve("signpost").resolve("rules"), LIMIT);
    write("local.drl", rule("Stall", "", "  Thread.sleep(60000);"));

    boolean reloaded = assertTimeoutPreemptively(Duration.ofSeconds(8), rules::reload);

    assertFalse(reloaded);
    assertTrue(rules.lastError().contains("took longer than the limit of 2000 ms"), rules.lastError());
    assertEquals(Verdict.SCREENING, newsletterVerdict(rules));
  }

  @Test
  void a_service_refuses_to_start_on_rules_that_throw() throws IOException {
    write("local.drl", rule("Explode", "", "  throw new IllegalStateException(\"boom\");"));

    RulesException e = assertThrows(RulesException.class, () -> LiveRuleBase.of(folder, cacheRoot.resolve("signpost").resolve("rules"), LIMIT));

    assertTrue(e.getMessage().startsWith("the rules failed on the example question"), e.getMessage());
  }

  @Test
  void a_rule_that_throws_only_on_a_real_question_is_answered_by_the_last_good_rules_and_dropped() throws IOException {
    LiveRuleBase rules = LiveRuleBase.of(folder, cacheRoot.resolve("signpost").resolve("rules"), LIMIT);
    RuleBase good = rules.get();
    // No example question quotes a passage, so this passes the check and fails on the first real answer.
    write("local.drl", rule("ExplodeOnQuotes", "  PassageQuoted()", "  throw new IllegalStateException(\"boom\");"));
    assertTrue(rules.reload());
    Situation quoting = Situations.quoting(Situations.document("newsletter-policy.pdf", null), NEWSLETTER, null);

    Decision decided = rules.get().decide(quoting);

    assertEquals(Verdict.SCREENING, decided.eqia().verdict());
    assertFalse(decided.rules().contains("ExplodeOnQuotes"));
    RuleBase serving = rules.get();
    assertEquals(good.ruleNames(), serving.ruleNames());
    assertTrue(rules.lastError().contains("failed on a question"), rules.lastError());
    assertEquals(Verdict.SCREENING, serving.decide(quoting).eqia().verdict());
  }

  @Test
  void the_watcher_survives_a_change_that_breaks_the_compiler_and_takes_up_the_next_good_one() throws Exception {
    try (LiveRuleBase rules = LiveRuleBase.of(folder, cacheRoot.resolve("signpost").resolve("rules"), LIMIT).watch()) {
      write("local.drl", rule("Deep", "  eval(" + "(".repeat(20_000) + "true" + ")".repeat(20_000) + ")", ""));
      await(() -> rules.lastError() != null);
      assertTrue(rules.lastError().contains("StackOverflowError"), rules.lastError());
      assertTrue(rules.status().watching(), rules.status().toString());

      write("local.drl", rule("SayNothing", "  About(topic == null)", ""));
      await(() -> rules.generation() == 2);
      assertNull(rules.lastError());
      assertEquals(new LiveRuleBase.Status(2, null, true), rules.status());
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("the rules folder change was not picked up in 30 s");
      Thread.sleep(50);
    }
  }
}
