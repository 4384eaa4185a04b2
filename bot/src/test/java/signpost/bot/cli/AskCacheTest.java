package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ask} in fresh JVMs, as from the command line: the second answers from what the first kept in the cache, and
 * neither compiles the built-in rules, which the build compiled already.
 */
class AskCacheTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PSED_MD = "# Our public sector equality duty\n\n## Due regard\n\n"
      + "Due regard means the council consciously considers the three aims of the public sector equality duty "
      + "(PSED) before it takes a decision, not after.\n";

  @TempDir Path dir;

  private JsonNode ask(Path knowledge, Path cache) throws IOException, InterruptedException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ask", "--knowledge", knowledge.toString(), "--cache", cache.toString(), "--json", "What is due regard?");
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "ask did not finish");
    assertEquals(0, process.exitValue(), out);
    return MAPPER.readTree(out);
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Returns the compiled rule packages kept, without the stamp of the code that compiled them. */
  private static List<Path> compiledRules(Path cache) throws IOException {
    if (!Files.isDirectory(cache.resolve("rules"))) return List.of();
    return files(cache.resolve("rules")).stream().filter(file -> file.getFileName().toString().startsWith("rules-")).toList();
  }

  @Test
  void a_second_ask_in_a_new_jvm_reads_the_kept_index_instead_of_the_documents_and_no_ask_compiles_the_rules() throws Exception {
    Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
    Path document = Files.writeString(knowledge.resolve("psed.md"), PSED_MD);
    Path cache = dir.resolve("cache");
    assertTrue(ask(knowledge, cache).get("text").asText().contains("consciously considers"));
    assertEquals(List.of(), compiledRules(cache));
    // Same length and time, other text, and no parsed blocks: only the kept index still holds the sentence.
    FileTime modified = Files.getLastModifiedTime(document);
    Files.writeString(document, "x".repeat(PSED_MD.length()));
    Files.setLastModifiedTime(document, modified);
    try (Stream<Path> blocks = Files.list(cache)) {
      for (Path entry : blocks.filter(Files::isRegularFile).toList()) Files.delete(entry);
    }

    JsonNode second = ask(knowledge, cache);

    assertTrue(second.get("text").asText().contains("consciously considers"), second.toString());
    assertEquals("psed.md", second.get("sources").get(0).get("document").asText());
    assertEquals(List.of(), compiledRules(cache));
  }
}
