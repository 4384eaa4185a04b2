package signpost.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import signpost.bot.core.Answer;
import signpost.bot.core.AnswerJson;
import signpost.bot.core.AnswerPipeline;
import signpost.bot.core.AnswerPolicy;
import signpost.bot.core.Citation;
import signpost.bot.core.Question;
import signpost.knowledge.KnowledgeBase;

/**
 * {@code ask [--org ID] [--knowledge DIR]... [--index DIR] [--rules DIR] [--json] [--explain] ["question"]}: answers one question,
 * or, with no question, every line of standard input (JSON {@code {"id","question","org"}} or plain text),
 * one JSON answer a line.
 */
final class AskCommand {

  static final String USAGE = "usage: signpost ask [--org ID] [--knowledge DIR]... [--index DIR] [--rules DIR] [--json] [--explain] \"question\"";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AskCommand() {}

  static int run(List<String> argv, Console console) throws IOException {
    Args args = Args.parse(argv, Set.of("--org", "--knowledge", "--index", "--max-file-mb", "--rules"), Set.of("--json", "--explain"));
    String text = String.join(" ", args.positional()).strip();
    Question single = null;
    if (!args.positional().isEmpty()) single = question(null, text, args.value("--org"));
    try (KnowledgeBase knowledge = Knowledge.load(args, console)) {
      AnswerPipeline pipeline = new AnswerPipeline(knowledge, Rules.load(args), AnswerPolicy.DEFAULT);
      if (single == null) return batch(pipeline, args.value("--org"), console);
      Answer answer = pipeline.answer(single);
      if (args.flag("--explain")) {
        explain(knowledge, single, console);
        console.err().println("rules fired: " + String.join(", ", answer.rules()));
      }
      console.out().println(args.flag("--json") ? AnswerJson.line(answer) : render(answer));
      return 0;
    }
  }

  private static Question question(String id, String text, String org) {
    if (text.isBlank()) throw new UsageException("the question is empty");
    try {
      return new Question(id, text, org);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static int batch(AnswerPipeline pipeline, String defaultOrg, Console console) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
    int number = 0;
    int bad = 0;
    for (String line; (line = in.readLine()) != null; ) {
      number++;
      if (line.isBlank()) continue;
      try {
        console.out().println(AnswerJson.line(pipeline.answer(parseLine(line, defaultOrg, number))));
      } catch (IllegalArgumentException e) {
        bad++;
        console.err().println("line " + number + ": " + e.getMessage());
      }
    }
    return bad == 0 ? 0 : 1;
  }

  static Question parseLine(String line, String defaultOrg, int number) {
    String trimmed = line.strip();
    if (!trimmed.startsWith("{")) return new Question("line-" + number, trimmed, defaultOrg);
    try {
      JsonNode json = MAPPER.readTree(trimmed);
      String org = json.hasNonNull("org") ? json.get("org").asText() : defaultOrg;
      String id = json.hasNonNull("id") ? json.get("id").asText() : "line-" + number;
      return new Question(id, json.path("question").asText(""), org);
    } catch (IOException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  /** Prints the ranked passages behind an answer, for people checking their knowledge base. */
  private static void explain(KnowledgeBase knowledge, Question q, Console console) {
    var hits = knowledge.search(new signpost.knowledge.search.SearchRequest(q.text(), q.organisation(), 8)).hits();
    for (int i = 0; i < hits.size(); i++) {
      var h = hits.get(i);
      console.err().printf("#%d score %.2f coverage %.2f %s > %s p.%s: %.80s%n", i + 1, h.score(), h.coverage(),
          h.passage().document().id(), h.passage().sectionPath(), h.passage().page(), h.passage().text());
    }
  }

  static String render(Answer answer) {
    StringBuilder out = new StringBuilder(answer.text());
    if (!answer.sources().isEmpty()) {
      out.append("\n\nSources:");
      List<Citation> sources = answer.sources();
      for (int i = 0; i < sources.size(); i++) {
        out.append("\n[").append(i + 1).append("] ").append(sources.get(i).label());
      }
    }
    return out.toString();
  }
}
