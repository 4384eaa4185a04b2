package signpost.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a question file: one JSON object a line, as in the shared {@code dev.jsonl}. */
public final class QuestionFile {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private QuestionFile() {}

  /**
   * Returns the questions of the file.
   *
   * @throws IllegalArgumentException when a line is not a question object, naming the file and line
   */
  public static List<EvalQuestion> read(Path file) throws IOException {
    List<EvalQuestion> questions = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      try {
        questions.add(parse(MAPPER.readTree(lines.get(i))));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a question: " + e.getMessage(), e);
      }
    }
    return questions;
  }

  static EvalQuestion parse(JsonNode json) {
    if (!json.hasNonNull("id") || !json.hasNonNull("question")) throw new IllegalArgumentException("needs id and question");
    JsonNode e = json.path("expect");
    Expectation expect = new Expectation(strings(e.get("sources")), groups(e.get("facts")), strings(e.get("contacts")),
        strings(e.get("eqia")), e.path("out_of_scope").asBoolean(false));
    String org = json.hasNonNull("org") ? json.get("org").asText() : null;
    return new EvalQuestion(json.get("id").asText(), json.get("question").asText(), org, expect);
  }

  private static List<String> strings(JsonNode array) {
    if (array == null || array.isNull()) return null;
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<List<String>> groups(JsonNode array) {
    if (array == null || array.isNull()) return null;
    List<List<String>> out = new ArrayList<>();
    array.forEach(g -> out.add(strings(g)));
    return out;
  }
}
