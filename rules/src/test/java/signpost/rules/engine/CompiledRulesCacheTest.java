package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.rules.RulesException;
import signpost.rules.decision.Decision;

/** The cache of compiled rules in use when a rules folder changes the built-in files (which the jar carries compiled). */
class CompiledRulesCacheTest {

  private static final List<String> QUESTIONS = List.of("Do I need an EqIA for cutting day-centre hours?",
      "What does the PSED mean for my team?", "I was harassed at work because I am gay", "Write me a poem");

  /** The rules of a folder that adds a file of its own, an empty one: they decide as the built-in rules do. */
  private static final List<RuleFile> EDITED = withFile("local.drl", "package signpost.rules.facts;\n");

  @TempDir
  Path dir;
  /** The cache as Signpost lays it out, {@code <root>/rules}, so the key file sits beside the root. */
  Path cache;

  @BeforeEach
  void layOut() {
    cache = dir.resolve("signpost").resolve("rules");
  }

  private static List<RuleFile> withFile(String name, String text) {
    List<RuleFile> files = new ArrayList<>(RuleFiles.builtIn());
    files.add(new RuleFile(name, text));
    return files;
  }

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
    RuleBase first = RuleBase.compile(EDITED, cache);
    assertEquals(1, entries().size());

    RuleBase readBack = RuleBase.compile(EDITED, cache);

    assertEquals(fresh, decide(first));
    assertEquals(fresh, decide(readBack));
    assertEquals(RuleBase.builtIn().ruleNames(), readBack.ruleNames());
  }

  @Test
  void an_edited_rule_file_is_compiled_afresh_under_another_entry() throws Exception {
    RuleBase.compile(EDITED, cache);
    List<RuleFile> editedAgain = new ArrayList<>(EDITED);
    editedAgain.add(new RuleFile("more.drl", "package signpost.rules.facts;\n"));

    RuleBase.compile(editedAgain, cache);

    assertEquals(2, entries().size());
  }

  @Test
  void an_unreadable_entry_is_compiled_afresh_and_rewritten() throws Exception {
    RuleBase.compile(EDITED, cache);
    Path entry = entries().get(0);
    Files.write(entry, new byte[] {1, 2, 3});

    RuleBase rules = RuleBase.compile(EDITED, cache);

    assertEquals(decide(RuleBase.builtIn()), decide(rules));
    assertNotEquals(3, Files.size(entry));
  }

  @Test
  void an_entry_not_signed_with_the_key_is_compiled_afresh_never_deserialised() throws Exception {
    List<RuleFile> planted = withFile("planted.drl", "package signpost.rules.facts;\n\nrule \"Planted\"\nwhen\nthen\nend\n");
    RuleBase.compile(planted, cache);
    Path plantedEntry = entries().get(0);
    RuleBase.compile(EDITED, cache);
    Path editedEntry = entries().stream().filter(p -> !p.equals(plantedEntry)).findFirst().orElseThrow();
    // Someone who can write to the cache puts other compiled rules, signed for another name, under the edited rules' entry.
    Files.copy(plantedEntry, editedEntry, StandardCopyOption.REPLACE_EXISTING);

    RuleBase rules = RuleBase.compile(EDITED, cache);

    assertFalse(rules.ruleNames().contains("Planted"), rules.ruleNames().toString());
    assertEquals(RuleBase.builtIn().ruleNames(), rules.ruleNames());
    assertFalse(Arrays.equals(Files.readAllBytes(plantedEntry), Files.readAllBytes(editedEntry)));
  }

  @Test
  void the_key_is_kept_beside_the_cache_root_readable_by_its_owner_only() throws Exception {
    RuleBase.compile(EDITED, cache);

    Path key = dir.resolve("signpost.key");
    assertEquals(32, Files.size(key));
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(key));
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
