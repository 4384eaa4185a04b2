package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.index.PassageIndex;

class MainTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PSED_MD = "# Our public sector equality duty\n\n## Due regard\n\n"
      + "Due regard means the council consciously considers the three aims of the public sector equality duty "
      + "(PSED) before it takes a decision, not after.\n";

  @TempDir Path dir;
  private Path knowledge;

  @BeforeEach
  void writeKnowledge() throws IOException {
    knowledge = Files.createDirectories(dir.resolve("knowledge"));
    Files.writeString(knowledge.resolve("psed.md"), PSED_MD);
    Files.writeString(knowledge.resolve("manifest.yaml"), "organisations:\n  north:\n    name: North Borough Council\n"
        + "  south:\n    name: South County Council\ndocuments:\n  - file: psed.md\n    organisation: north\n");
  }

  /** Returns the command line with {@code --knowledge} and a cache of this test's own. */
  private String[] ask(String... rest) {
    List<String> args = new ArrayList<>(List.of("ask", "--knowledge", knowledge.toString(), "--cache", dir.resolve("cache").toString()));
    args.addAll(List.of(rest));
    return args.toArray(String[]::new);
  }

  private static List<String> keys(JsonNode json) {
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void no_arguments_prints_usage_and_exits_2() {
    Cli.Run run = Cli.run();

    assertEquals(2, run.code());
    assertEquals(Main.USAGE + System.lineSeparator(), run.err());
    assertEquals("", run.out());
  }

  @Test
  void unknown_command_exits_2() {
    Cli.Run run = Cli.run("tell");

    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("signpost: unknown command tell"), run.err());
  }

  @Test
  void help_prints_usage_and_exits_0() {
    Cli.Run run = Cli.run("help");

    assertEquals(0, run.code());
    assertEquals(Main.USAGE + System.lineSeparator(), run.out());
  }

  @Test
  void empty_question_exits_2() {
    Cli.Run run = Cli.run("ask", "");

    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("signpost: the question is empty"), run.err());
  }

  @Test
  void question_over_2000_characters_exits_2_naming_the_limit() {
    Cli.Run run = Cli.run("ask", "a".repeat(2_001));

    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("signpost: question is 2001 characters; the limit is 2000"), run.err());
  }

  @Test
  void unknown_option_exits_2() {
    Cli.Run run = Cli.run("ask", "--colour", "What is due regard?");

    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("signpost: unknown option --colour"), run.err());
  }

  @Test
  void missing_knowledge_folder_exits_1_naming_it() {
    Path missing = dir.resolve("missing");

    Cli.Run run = Cli.run("ask", "--knowledge", missing.toString(), "What is due regard?");

    assertEquals(1, run.code());
    assertEquals("signpost: not a knowledge folder: " + missing + System.lineSeparator(), run.err());
  }

  @Test
  void ask_with_json_prints_one_answer_line_in_the_contract() throws IOException {
    Cli.Run run = Cli.run(ask("What is due regard?", "--json"));

    assertEquals(0, run.code(), run.err());
    assertEquals(1, run.outLines().size(), run.out());
    JsonNode answer = MAPPER.readTree(run.outLines().get(0));
    assertEquals(List.of("id", "question", "org", "answered", "intent", "text", "confidence", "sources", "contacts",
        "eqia", "rules", "paragraphs"), keys(answer));
    assertEquals("What is due regard?", answer.get("question").asText());
    assertTrue(answer.get("org").isNull());
    assertTrue(answer.get("answered").isBoolean());
    assertTrue(answer.get("sources").isArray() && answer.get("contacts").isArray() && answer.get("rules").isArray());
  }

  @Test
  void batch_answers_a_json_line_and_a_plain_line() throws IOException {
    Cli.Run run = Cli.withInput("{\"id\": \"q1\", \"question\": \"What is due regard?\", \"org\": \"north\"}\n\nWhat is the PSED?\n",
        ask());

    assertEquals(0, run.code(), run.err());
    assertEquals(2, run.outLines().size(), run.out());
    JsonNode first = MAPPER.readTree(run.outLines().get(0));
    JsonNode second = MAPPER.readTree(run.outLines().get(1));
    assertEquals("q1", first.get("id").asText());
    assertEquals("north", first.get("org").asText());
    assertEquals("line-3", second.get("id").asText());
    assertEquals("What is the PSED?", second.get("question").asText());
  }

  @Test
  void batch_reports_an_invalid_json_line_by_number_and_answers_the_rest() throws IOException {
    Cli.Run run = Cli.withInput("What is due regard?\n{\"id\": broken\nWhat is the PSED?\n", ask());

    assertEquals(1, run.code());
    assertEquals(2, run.outLines().size(), run.out());
    assertEquals("line-1", MAPPER.readTree(run.outLines().get(0)).get("id").asText());
    assertEquals("line-3", MAPPER.readTree(run.outLines().get(1)).get("id").asText());
    assertTrue(run.err().contains("line 2: not valid JSON: "), run.err());
  }

  @Test
  void batch_reports_a_json_line_without_a_question() {
    Cli.Run run = Cli.withInput("{\"id\": \"q1\"}\n", ask());

    assertEquals(1, run.code());
    assertEquals("", run.out());
    assertTrue(run.err().contains("line 1: question must not be empty"), run.err());
  }

  @Test
  void ask_takes_an_organisation_by_id_or_name_in_any_case() throws IOException {
    for (String org : List.of("NORTH", "north borough council")) {
      Cli.Run run = Cli.run(ask("--org", org, "--json", "What is due regard?"));

      assertEquals(0, run.code(), run.err());
      assertEquals("north", MAPPER.readTree(run.out()).get("org").asText());
    }
  }

  @Test
  void ask_for_an_unknown_organisation_exits_2_listing_the_known_ones() {
    Cli.Run run = Cli.run(ask("--org", "atlantis", "What is due regard?"));

    assertEquals(2, run.code());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("signpost: --org: unknown organisation: atlantis; known: north, south"), run.err());
  }

  @Test
  void batch_reports_a_line_with_an_unknown_organisation_and_asks_a_null_one_for_none() throws IOException {
    Cli.Run run = Cli.withInput("{\"id\": \"q1\", \"question\": \"What is due regard?\", \"org\": \"atlantis\"}\n"
        + "{\"id\": \"q2\", \"question\": \"What is due regard?\", \"org\": null}\n"
        + "{\"id\": \"q3\", \"question\": \"What is due regard?\", \"org\": \"South County Council\"}\n",
        ask("--org", "north"));

    assertEquals(1, run.code());
    assertTrue(run.err().contains("line 1: unknown organisation: atlantis; known: north, south"), run.err());
    assertEquals(2, run.outLines().size(), run.out());
    assertTrue(MAPPER.readTree(run.outLines().get(0)).get("org").isNull());
    assertEquals("south", MAPPER.readTree(run.outLines().get(1)).get("org").asText());
  }

  @Test
  void index_writes_a_lucene_index_and_says_so() {
    Path out = dir.resolve("index");

    Cli.Run run = Cli.run("index", "--knowledge", knowledge.toString(), "--index", out.toString());

    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("indexed "), run.out());
    assertTrue(run.out().contains(" into " + out + "; skipped 0 files"), run.out());
    try (PassageIndex index = PassageIndex.open(out)) {
      assertTrue(index.size() > 1, "the document and the built-in guide: " + index.size());
    }
  }

  @Test
  void index_without_an_output_folder_exits_2() {
    Cli.Run run = Cli.run("index", "--knowledge", knowledge.toString());

    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("signpost: index needs --index OUT"), run.err());
  }

  @Test
  void eval_under_the_minimum_pass_rate_exits_1() throws IOException {
    Path questions = Files.writeString(dir.resolve("questions.jsonl"), "{\"id\": \"x1\", \"question\": "
        + "\"What is due regard?\", \"org\": null, \"expect\": {\"facts\": [[\"purple zebra crossing\"]]}}\n");

    Cli.Run run = Cli.run("eval", questions.toString(), "--knowledge", knowledge.toString(), "--cache", "none", "--min-pass", "1.0");

    assertEquals(1, run.code(), run.err());
    List<String> lines = run.outLines();
    assertEquals("pass 0/1 (0%) sources 0/0 facts 0/1 eqia 0/0 out-of-scope 0/0 first-source 0/0",
        lines.get(lines.size() - 1));
  }

  @Test
  void eval_with_a_minimum_pass_rate_out_of_range_exits_2() throws IOException {
    Path questions = Files.writeString(dir.resolve("questions.jsonl"), "");

    Cli.Run run = Cli.run("eval", questions.toString(), "--min-pass", "90");

    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("signpost: --min-pass must be between 0 and 1: 90"), run.err());
  }
}
