package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.rules.RulesException;
import signpost.rules.decision.Decision;

class CompiledRulesCacheTest {

  private static final List<String> QUESTIONS = List.of("Do I need an EqIA for cutting day-centre hours?",
      "What does the PSED mean for my team?", "I was harassed at work because I am gay", "Write me a poem");

  @TempDir
  Path cache;

  private static List<Decision> decide(RuleBase rules) {
    return QUESTIONS.stream().map(q -> rules.decide(Situations.asked(q, SharedOrganisations.load("cambridgeshire")))).toList();
  }

  private List<Path> entries() throws Exception {
    try (Stream<Path> list = Files.list(cache)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
    }
  }

  @Test
  void rules_read_back_from_the_cache_decide_exactly_as_freshly_compiled_ones() throws Exception {
    List<Decision> fresh = decide(RuleBase.builtIn());
    RuleBase first = RuleBase.compile(RuleFiles.builtIn(), cache);
    assertEquals(1, entries().size());

    RuleBase readBack = RuleBase.compile(RuleFiles.builtIn(), cache);

    assertEquals(fresh, decide(first));
    assertEquals(fresh, decide(readBack));
    assertEquals(RuleBase.builtIn().ruleNames(), readBack.ruleNames());
  }

  @Test
  void an_edited_rule_file_is_compiled_afresh_under_another_entry() throws Exception {
    RuleBase.compile(RuleFiles.builtIn(), cache);
    List<RuleFile> edited = new ArrayList<>(RuleFiles.builtIn());
    edited.add(new RuleFile("local.drl", "package signpost.rules.facts;\n"));

    RuleBase.compile(edited, cache);

    assertEquals(2, entries().size());
  }

  @Test
  void an_unreadable_entry_is_compiled_afresh_and_rewritten() throws Exception {
    RuleBase.compile(RuleFiles.builtIn(), cache);
    Path entry = entries().get(0);
    Files.write(entry, new byte[] {1, 2, 3});

    RuleBase rules = RuleBase.compile(RuleFiles.builtIn(), cache);

    assertEquals(decide(RuleBase.builtIn()), decide(rules));
    assertNotEquals(3, Files.size(entry));
  }

  @Test
  void rules_that_do_not_compile_are_refused_with_file_and_line_and_nothing_is_kept() throws Exception {
    List<RuleFile> broken = new ArrayList<>(RuleFiles.builtIn());
    broken.add(new RuleFile("local.drl", "package signpost.rules.facts;\nrule \"X\"\nwhen\n  About(topik == null)\nthen\nend\n"));

    RulesException e = assertThrows(RulesException.class, () -> RuleBase.compile(broken, cache));

    assertEquals("local.drl:4", e.getMessage().substring(0, e.getMessage().indexOf(": ")));
    assertEquals(List.of(), Files.isDirectory(cache) ? entries() : List.of());
  }
}
