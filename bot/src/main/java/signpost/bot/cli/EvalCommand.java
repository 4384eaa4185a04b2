package signpost.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import signpost.bot.core.AnswerJson;
import signpost.bot.core.AnswerPipeline;
import signpost.bot.core.Question;
import signpost.bot.eval.EvalQuestion;
import signpost.bot.eval.QuestionFile;
import signpost.bot.eval.Report;
import signpost.bot.eval.Scorer;
import signpost.bot.server.Assistant;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.UnknownOrganisationException;

/**
 * {@code eval FILE [--knowledge DIR]... [--min-pass F]}: answers every question of the file and prints
 * the figures of the shared scorer; exits 1 when the pass rate is under {@code --min-pass}.
 */
final class EvalCommand {

  static final String USAGE = "usage: signpost eval FILE [--knowledge DIR]... [--rules DIR] [--cache DIR|none] [--min-pass FRACTION]";

  private EvalCommand() {}

  static int run(List<String> argv, Console console) throws IOException {
    Args args = Args.parse(argv, Setup.options("--min-pass"), Set.of());
    if (args.positional().size() != 1) throw new UsageException("eval needs one question file");
    double minPass = minPass(args.value("--min-pass"));
    List<EvalQuestion> questions = readQuestions(Path.of(args.positional().get(0)));
    try (Assistant assistant = Setup.assistant(args, console)) {
      Report report = evaluate(assistant.pipeline(), organisations(questions, assistant.knowledge(), console));
      report.print(console.out());
      return report.pass().hits() >= minPass * report.pass().total() ? 0 : 1;
    }
  }

  /** Returns the report of the pipeline's answers to the questions. */
  static Report evaluate(AnswerPipeline pipeline, List<EvalQuestion> questions) {
    Map<String, JsonNode> answers = new HashMap<>();
    for (EvalQuestion q : questions) {
      answers.put(q.id(), AnswerJson.tree(pipeline.answer(new Question(q.id(), q.question(), q.organisation()))));
    }
    return Scorer.score(questions, answers);
  }

  /**
   * Returns the questions with their organisations as ids. An organisation the knowledge does not know is a
   * warning, not an error, so that one bad line does not lose the whole report; it is asked as written.
   */
  static List<EvalQuestion> organisations(List<EvalQuestion> questions, KnowledgeBase knowledge, Console console) {
    List<EvalQuestion> resolved = new ArrayList<>();
    Set<String> warned = new HashSet<>();
    for (EvalQuestion q : questions) {
      String org = q.organisation();
      try {
        org = knowledge.resolveOrganisation(org);
      } catch (UnknownOrganisationException e) {
        if (warned.add(org)) console.err().println("warning: " + q.id() + ": " + e.getMessage() + "; asked as written");
      }
      resolved.add(new EvalQuestion(q.id(), q.question(), org, q.expect()));
    }
    return resolved;
  }

  private static List<EvalQuestion> readQuestions(Path file) throws IOException {
    try {
      return QuestionFile.read(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UsageException("no such question file: " + file);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static double minPass(String value) {
    if (value == null) return 0;
    try {
      double f = Double.parseDouble(value);
      if (f < 0 || f > 1) throw new UsageException("--min-pass must be between 0 and 1: " + value);
      return f;
    } catch (NumberFormatException e) {
      throw new UsageException("--min-pass must be a number: " + value);
    }
  }
}
