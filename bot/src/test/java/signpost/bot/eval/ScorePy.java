package signpost.bot.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shared reference scorers on files written to a folder: {@code eval/score.py} for single questions and
 * {@code eval/score_conversations.py} for conversations.
 */
final class ScorePy {

  private ScorePy() {}

  /** Returns the lines score.py prints for the questions and answers; skips the test without python3. */
  static List<String> run(Path dir, List<EvalQuestion> questions, List<? extends JsonNode> answers)
      throws IOException, InterruptedException {
    Path script = shared().resolve("eval").resolve("score.py");
    assumeTrue(Files.isRegularFile(script), "score.py not found at " + script);
    Path q = Files.write(dir.resolve("questions.jsonl"), questions.stream().map(ScorePy::json).toList());
    Path a = Files.write(dir.resolve("answers.jsonl"), answers.stream().map(JsonNode::toString).toList());
    Process process;
    try {
      process = new ProcessBuilder("python3", script.toString(), q.toString(), a.toString())
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "python3 is not available: " + e.getMessage());
      throw e;
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroy();
    return output.lines().toList();
  }

  /** Returns the turns of the shared conversations as the scorer puts them to {@code ask}, one JSON line each. */
  static List<String> conversationTurns() throws IOException, InterruptedException {
    return python(List.of("--questions"));
  }

  /** Returns the lines score_conversations.py prints for the answers to the shared conversations' turns. */
  static List<String> conversations(Path dir, List<? extends JsonNode> answers) throws IOException, InterruptedException {
    Path a = Files.write(dir.resolve("conversation-answers.jsonl"), answers.stream().map(JsonNode::toString).toList());
    return python(List.of(a.toString()));
  }

  /** Runs score_conversations.py on the shared conversations; skips the test without python3. */
  private static List<String> python(List<String> args) throws IOException, InterruptedException {
    Path script = shared().resolve("eval").resolve("score_conversations.py");
    assumeTrue(Files.isRegularFile(script), "score_conversations.py not found at " + script);
    List<String> command = new java.util.ArrayList<>(List.of("python3", script.toString(),
        shared().resolve("eval").resolve("conversations.jsonl").toString()));
    command.addAll(args);
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "python3 is not available: " + e.getMessage());
      throw e;
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroy();
    return output.lines().toList();
  }

  /** Returns the question as a line of the shared question file. */
  static String json(EvalQuestion question) {
    ObjectNode q = Fixtures.MAPPER.createObjectNode();
    q.put("id", question.id());
    q.put("question", question.question());
    q.put("org", question.organisation());
    ObjectNode expect = q.putObject("expect");
    Expectation e = question.expect();
    if (e.sources() != null) expect.set("sources", Fixtures.MAPPER.valueToTree(e.sources()));
    if (e.facts() != null) expect.set("facts", Fixtures.MAPPER.valueToTree(e.facts()));
    if (e.contacts() != null) expect.set("contacts", Fixtures.MAPPER.valueToTree(e.contacts()));
    if (e.eqia() != null) expect.set("eqia", Fixtures.MAPPER.valueToTree(e.eqia()));
    if (e.outOfScope()) expect.put("out_of_scope", true);
    return q.toString();
  }

  private static Path shared() {
    String property = System.getProperty("signpost.shared");
    for (Path shared : new Path[] {
        property == null ? null : Path.of(property), Path.of("../shared"), Path.of("../../shared")}) {
      if (shared != null && Files.isDirectory(shared.resolve("eval"))) return shared;
    }
    throw new IllegalStateException("shared folder not found; set -Dsignpost.shared=<folder>");
  }
}
