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
import signpost.bot.core.Citation;
import signpost.bot.core.Question;
import signpost.bot.conversation.Dialogue;
import signpost.bot.conversation.Inbound;
import signpost.bot.conversation.Reply;
import signpost.bot.conversation.ReplyJson;
import signpost.bot.server.Assistant;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.UnknownOrganisationException;

/**
 * {@code ask [--org ID] [--knowledge DIR]... [--index DIR] [--rules DIR] [--json] [--explain] ["question"]}: answers one question,
 * or, with no question, every line of standard input (JSON {@code {"id","question","org"}} or plain text),
 * one JSON answer a line.
 */
final class AskCommand {

  static final String USAGE = "usage: signpost ask [--org ID] [--knowledge DIR]... [--index DIR] [--rules DIR] [--cache DIR|none] [--json] "
      + "[--explain] \"question\"";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The owner of a batch's conversations: the person running it, as a pseudonym. */
  private static final String BATCH_OWNER = "cli-batch";

  private AskCommand() {}

  static int run(List<String> argv, Console console) throws IOException {
    Args args = Args.parse(argv, Setup.options("--org"), Set.of("--json", "--explain"));
    String text = String.join(" ", args.positional()).strip();
    if (!args.positional().isEmpty()) question(null, text, null);
    try (Assistant assistant = Setup.assistant(args, console)) {
      KnowledgeBase knowledge = assistant.knowledge();
      String org;
      try {
        org = knowledge.resolveOrganisation(args.value("--org"));
      } catch (UnknownOrganisationException e) {
        throw new UsageException("--org: " + e.getMessage());
      }
      if (args.positional().isEmpty()) return batch(assistant, knowledge, org, console);
      Question single = question(null, text, org);
      Answer answer = assistant.pipeline().answer(single);
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

  private static int batch(Assistant assistant, KnowledgeBase knowledge, String defaultOrg, Console console)
      throws IOException {
    AnswerPipeline pipeline = assistant.pipeline();
    Dialogue dialogue = null;
    // A batch's conversations are its own: the same ids in another run start afresh.
    String run = java.util.UUID.randomUUID().toString();
    BufferedReader in = new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
    int number = 0;
    int bad = 0;
    for (String line; (line = in.readLine()) != null; ) {
      number++;
      if (line.isBlank()) continue;
      try {
        Question question = parseLine(line, knowledge, defaultOrg, number);
        String conversation = conversation(line);
        if (conversation == null) {
          console.out().println(AnswerJson.line(pipeline.answer(question)));
          continue;
        }
        if (dialogue == null) dialogue = assistant.dialogue();
        Reply reply = dialogue.reply(new Inbound("cli:" + run + ":" + conversation, BATCH_OWNER, question.id(), question.text(),
            question.organisation()));
        console.out().println(ReplyJson.line(new Reply(reply.answer(), conversation, reply.screening())));
      } catch (IllegalArgumentException e) {
        bad++;
        console.err().println("line " + number + ": " + e.getMessage());
      }
    }
    return bad == 0 ? 0 : 1;
  }

  /**
   * Returns the question on one line of a batch: JSON {@code {"id","question","org"}} or plain text asked for
   * {@code defaultOrg}. An {@code "org"} of null asks as no organisation.
   *
   * @throws IllegalArgumentException when the line is not valid JSON, has no question or names an unknown organisation
   */
  static Question parseLine(String line, KnowledgeBase knowledge, String defaultOrg, int number) {
    String trimmed = line.strip();
    if (!trimmed.startsWith("{")) return new Question("line-" + number, trimmed, defaultOrg);
    JsonNode json;
    try {
      json = MAPPER.readTree(trimmed);
    } catch (IOException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    String org = json.has("org") ? knowledge.resolveOrganisation(json.get("org").isNull() ? null : json.get("org").asText())
        : defaultOrg;
    String id = json.hasNonNull("id") ? json.get("id").asText() : "line-" + number;
    return new Question(id, json.path("question").asText(""), org);
  }

  /** Returns the {@code "conversation"} of a JSON batch line, or null when it has none. */
  static String conversation(String line) {
    String trimmed = line.strip();
    if (!trimmed.startsWith("{")) return null;
    try {
      JsonNode json = MAPPER.readTree(trimmed);
      return json.hasNonNull("conversation") && !json.get("conversation").asText().isBlank()
          ? json.get("conversation").asText() : null;
    } catch (IOException e) {
      return null;
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
