package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
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
import signpost.rules.features.PersonRequests;

/** Edits a real rules folder and checks what serves: the built-in rules, the edit, or the last good rules. */
class LiveRuleBaseTest {

  private static final String NEWSLETTER = "Do we need an EqIA for the staff newsletter?";
  private static final String SCREEN_ROW = "ScreenEventsAndCommunications,event_or_communication,,screening,";
  private static final String REQUIRE_ROW = "RequireAnEqiaForCommunications,event_or_communication,,required,"
      + "\"Communications reach everyone, so this council assesses them.\",\n";

  @TempDir
  Path folder;

  private static String builtInTable() throws IOException {
    try (InputStream in = LiveRuleBaseTest.class.getResourceAsStream("/signpost/rules/facts/eqia-triggers.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Returns the built-in table with communications made to require a full EqIA. */
  private static String editedTable() throws IOException {
    String table = builtInTable();
    int start = table.indexOf(SCREEN_ROW);
    int end = table.indexOf('\n', start) + 1;
    return table.substring(0, start) + REQUIRE_ROW + table.substring(end);
  }

  private static Verdict newsletterVerdict(LiveRuleBase rules) {
    return rules.get().decide(Situations.asked(NEWSLETTER)).eqia().verdict();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void an_empty_folder_serves_the_built_in_rules() {
    LiveRuleBase rules = LiveRuleBase.of(folder);

    assertEquals(Verdict.SCREENING, newsletterVerdict(rules));
  }

  @Test
  void a_table_in_the_folder_replaces_the_built_in_table() throws IOException {
    write("eqia-triggers.csv", editedTable());

    LiveRuleBase rules = LiveRuleBase.of(folder);
    Decision decision = rules.get().decide(Situations.asked(NEWSLETTER));

    assertEquals(Verdict.REQUIRED, decision.eqia().verdict());
    assertTrue(decision.rules().contains("RequireAnEqiaForCommunications"), decision.rules().toString());
    assertFalse(decision.rules().contains("ScreenEventsAndCommunications"), decision.rules().toString());
  }

  @Test
  void a_bad_edit_is_refused_with_file_and_line_and_the_last_good_rules_keep_serving() throws IOException {
    LiveRuleBase rules = LiveRuleBase.of(folder);
    RuleBase serving = rules.get();
    String bad = editedTable().replace(REQUIRE_ROW, "RequireAnEqiaForCommunications,event_or_communication,,always,Why,\n");
    write("eqia-triggers.csv", bad);
    int badLine = (int) bad.substring(0, bad.indexOf("RequireAnEqiaForCommunications")).lines().count() + 1;

    assertFalse(rules.reload());

    assertTrue(rules.lastError().startsWith("eqia-triggers.csv:" + badLine + ": verdict must be"), rules.lastError());
    assertSame(serving, rules.get());
    assertEquals(1, rules.generation());
    assertEquals(Verdict.SCREENING, newsletterVerdict(rules));
  }

  @Test
  void a_good_edit_after_a_bad_one_is_taken_up() throws IOException {
    LiveRuleBase rules = LiveRuleBase.of(folder);
    write("eqia-triggers.csv", "rule,activity\n");
    assertFalse(rules.reload());

    write("eqia-triggers.csv", editedTable());

    assertTrue(rules.reload());
    assertNull(rules.lastError());
    assertEquals(2, rules.generation());
    assertEquals(Verdict.REQUIRED, newsletterVerdict(rules));
  }

  @Test
  void a_drl_file_that_does_not_compile_is_refused_with_its_own_line() throws IOException {
    LiveRuleBase rules = LiveRuleBase.of(folder);
    write("local.drl", "package signpost.rules.facts;\n\nrule \"SayHello\"\nwhen\n  About(topik == null)\nthen\nend\n");

    assertFalse(rules.reload());

    assertTrue(rules.lastError().startsWith("local.drl:5: "), rules.lastError());
  }

  @Test
  void a_service_refuses_to_start_on_rules_that_do_not_compile() throws IOException {
    write("eqia-triggers.csv", "rule,activity,affects,verdict,reason,next step\nBad,teleport,,required,Why,\n");

    RulesException e = assertThrows(RulesException.class, () -> LiveRuleBase.of(folder));

    assertEquals("eqia-triggers.csv:2: unknown activity teleport; expected one of [new_policy, review, reduce_or_stop, relocation, "
        + "budget_saving, charging, procurement, restructure, recruitment, event_or_communication, technical_report, "
        + "cosmetic_change, decision_taken, channel_shift, employment_terms, inflation_uprating, other_change]", e.getMessage());
  }

  @Test
  void a_missing_folder_is_named() {
    RulesException e = assertThrows(RulesException.class, () -> LiveRuleBase.of(folder.resolve("nope")));

    assertTrue(e.getMessage().contains("nope"), e.getMessage());
  }

  @Test
  void watching_the_folder_reloads_a_saved_change_and_refuses_a_broken_one() throws Exception {
    try (LiveRuleBase rules = LiveRuleBase.of(folder).watch()) {
      write("eqia-triggers.csv", editedTable());
      await(() -> rules.generation() == 2);
      assertEquals(Verdict.REQUIRED, newsletterVerdict(rules));

      write("eqia-triggers.csv", "not a table\n");
      await(() -> rules.lastError() != null);
      assertEquals(2, rules.generation());
      assertEquals(Verdict.REQUIRED, newsletterVerdict(rules));
    }
  }

  @Test
  void an_edited_person_request_file_changes_recognition_after_reload() throws IOException {
    LiveRuleBase rules = LiveRuleBase.of(folder);
    assertFalse(rules.personRequests().asks("Can I have a word with a human?"));

    write(PersonRequests.FILE, builtInPersonRequests().replace("[VERB]\n", "[VERB]\nhave a word\n"));

    assertTrue(rules.reload());
    assertTrue(rules.personRequests().asks("Can I have a word with a human?"));
    assertEquals(2, rules.generation());
  }

  @Test
  void a_bad_person_request_file_is_refused_with_file_and_line_and_the_last_good_wordings_keep_serving() throws IOException {
    write(PersonRequests.FILE, builtInPersonRequests().replace("[VERB]\n", "[VERB]\nhave a word\n"));
    LiveRuleBase rules = LiveRuleBase.of(folder);
    PersonRequests serving = rules.personRequests();
    String bad = builtInPersonRequests().replace("[VERB]\n", "[VERB]\nhave (a word)\n");
    write(PersonRequests.FILE, bad);
    int badLine = (int) bad.substring(0, bad.indexOf("have (a word)")).lines().count() + 1;

    assertFalse(rules.reload());

    assertEquals(PersonRequests.FILE + ":" + badLine + ": a phrase is plain words (letters, digits and '): have (a word)",
        rules.lastError());
    assertSame(serving, rules.personRequests());
    assertTrue(rules.personRequests().asks("Can I have a word with a human?"));
    assertEquals(1, rules.generation());
  }

  @Test
  void watching_the_folder_reloads_a_saved_person_request_file() throws Exception {
    try (LiveRuleBase rules = LiveRuleBase.of(folder).watch()) {
      write(PersonRequests.FILE, builtInPersonRequests().replace("[VERB]\n", "[VERB]\nhave a word\n"));
      await(() -> rules.generation() == 2);
      assertTrue(rules.personRequests().asks("Can I have a word with a human?"));
    }
  }

  private static String builtInPersonRequests() throws IOException {
    try (InputStream in = LiveRuleBaseTest.class.getResourceAsStream("/signpost/rules/phrases/" + PersonRequests.FILE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Waits for the watcher thread; the file system reports changes within seconds (polling on some systems). */
  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("the rules folder change was not picked up in 30 s");
      Thread.sleep(50);
    }
  }
}
