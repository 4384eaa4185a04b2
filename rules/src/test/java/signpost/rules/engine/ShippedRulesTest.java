package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import signpost.knowledge.org.Organisation;
import signpost.rules.decision.Decision;

/** The built-in rules the build compiles into the jar: read instead of compiled, and only when they are the rules in use. */
class ShippedRulesTest {

  private static final List<RuleFile> BUILT_IN = RuleFiles.builtIn();
  private static final RuleBase SHIPPED = new RuleBase(ShippedRules.inJar().read(BUILT_IN).orElseThrow(), 0);
  private static final RuleBase COMPILED = new RuleBase(RuleCompiler.compile(BUILT_IN), 0);
  private static final Map<String, Organisation> ORGANISATIONS = new ConcurrentHashMap<>();
  private static final String PLANTED = "package signpost.rules.facts;\n\nrule \"Planted\"\nwhen\nthen\nend\n";
  private static final String QUESTION = "Do I need an EqIA for cutting day-centre hours?";

  @TempDir
  Path dir;

  @Test
  void the_build_puts_the_built_in_rules_compiled_from_their_exact_text_on_the_class_path() {
    assertNotNull(ShippedRules.class.getResource(ShippedRules.RESOURCE), ShippedRules.RESOURCE);
    assertTrue(ShippedRules.inJar().read(BUILT_IN).isPresent());
    assertEquals(COMPILED.ruleNames(), SHIPPED.ruleNames());
    assertTrue(SHIPPED.ruleNames().size() >= 90, SHIPPED.ruleNames().toString());
  }

  @ParameterizedTest(name = "[{1}] {0}")
  @CsvFileSource(resources = "/signpost/rules/eqia-scenarios.csv", numLinesToSkip = 1)
  void the_shipped_rules_decide_each_eqia_scenario_exactly_as_freshly_compiled_ones(String question, String org) {
    Situation situation = Situations.asked(question, org == null ? null : ORGANISATIONS.computeIfAbsent(org, SharedOrganisations::load));

    Decision compiled = COMPILED.decide(situation);
    Decision shipped = SHIPPED.decide(situation);

    assertEquals(compiled.eqia() == null ? null : compiled.eqia().verdict(), shipped.eqia() == null ? null : shipped.eqia().verdict());
    assertEquals(compiled.rules(), shipped.rules());
    assertEquals(compiled, shipped);
  }

  @Test
  void the_built_in_rules_are_read_from_the_jar_and_nothing_is_compiled_into_the_cache() throws IOException {
    Path cache = dir.resolve("signpost").resolve("rules");

    RuleBase rules = RuleBase.compile(BUILT_IN, cache);

    assertEquals(COMPILED.decide(Situations.asked(QUESTION)), rules.decide(Situations.asked(QUESTION)));
    assertEquals(List.of(), entries(cache));
  }

  @Test
  void a_rules_folder_whose_files_equal_the_built_in_ones_is_read_from_the_jar() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("folder"));
    for (RuleFile file : BUILT_IN) Files.writeString(folder.resolve(file.name()), file.text());
    Path cache = dir.resolve("signpost").resolve("rules");

    LiveRuleBase rules = LiveRuleBase.of(folder, cache);

    assertEquals(COMPILED.ruleNames(), rules.get().ruleNames());
    assertEquals(List.of(), entries(cache));
  }

  @Test
  void an_edited_rules_folder_is_compiled_and_kept_in_the_cache_as_before() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Files.writeString(folder.resolve("local.drl"), PLANTED);
    Path cache = dir.resolve("signpost").resolve("rules");

    LiveRuleBase rules = LiveRuleBase.of(folder, cache);

    assertTrue(rules.get().ruleNames().contains("Planted"), rules.get().ruleNames().toString());
    assertEquals(1, entries(cache).size());
  }

  @Test
  void packages_kept_under_the_built_in_key_are_what_serves_the_built_in_files() throws IOException {
    URL resource = resource(ShippedRules.key(BUILT_IN), planted());

    RuleBase rules = RuleBase.compile(BUILT_IN, null, ShippedRules.at(resource));

    assertTrue(rules.ruleNames().contains("Planted"), "the packages under the built-in key were not read");
  }

  @Test
  void packages_compiled_from_other_rule_files_are_not_used_and_the_built_in_files_are_compiled() throws IOException {
    Path file = dir.resolve("built-in.bin");
    ShippedRules.write(planted(), file);

    RuleBase rules = RuleBase.compile(BUILT_IN, null, ShippedRules.at(file.toUri().toURL()));

    assertFalse(rules.ruleNames().contains("Planted"), rules.ruleNames().toString());
    assertEquals(COMPILED.ruleNames(), rules.ruleNames());
  }

  @Test
  void packages_cut_short_are_not_used_and_the_built_in_files_are_compiled() throws IOException {
    Path file = dir.resolve("built-in.bin");
    ShippedRules.write(BUILT_IN, file);
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));

    RuleBase rules = RuleBase.compile(BUILT_IN, null, ShippedRules.at(file.toUri().toURL()));

    assertEquals(COMPILED.decide(Situations.asked(QUESTION)), rules.decide(Situations.asked(QUESTION)));
  }

  @Test
  void a_resource_that_is_not_compiled_rules_or_none_at_all_means_the_built_in_files_are_compiled() throws IOException {
    Path garbage = Files.write(dir.resolve("built-in.bin"), new byte[] {1, 2, 3});

    RuleBase fromGarbage = RuleBase.compile(BUILT_IN, null, ShippedRules.at(garbage.toUri().toURL()));
    RuleBase fromNothing = RuleBase.compile(BUILT_IN, null, ShippedRules.at(null));

    assertEquals(COMPILED.decide(Situations.asked(QUESTION)), fromGarbage.decide(Situations.asked(QUESTION)));
    assertEquals(COMPILED.decide(Situations.asked(QUESTION)), fromNothing.decide(Situations.asked(QUESTION)));
  }

  /** Returns the built-in files and one more with a rule of its own. */
  private static List<RuleFile> planted() {
    List<RuleFile> files = new ArrayList<>(BUILT_IN);
    files.add(new RuleFile("local.drl", PLANTED));
    return files;
  }

  /** Returns a resource holding the packages of {@code files} under {@code key}, as the build writes them. */
  private URL resource(String key, List<RuleFile> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
      out.writeUTF(key);
      out.writeObject(new ArrayList<>(RuleCompiler.compilePackages(files).packages()));
    }
    return Files.write(dir.resolve("planted.bin"), bytes.toByteArray()).toUri().toURL();
  }

  private static List<Path> entries(Path cache) throws IOException {
    if (!Files.isDirectory(cache)) return List.of();
    try (Stream<Path> list = Files.list(cache)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
    }
  }
}
