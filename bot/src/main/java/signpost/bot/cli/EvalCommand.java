package signpost.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import signpost.bot.core.AnswerJson;
import signpost.bot.core.AnswerPipeline;
import signpost.bot.core.AnswerPolicy;
import signpost.bot.core.Question;
import signpost.bot.eval.EvalQuestion;
import signpost.bot.eval.QuestionFile;
import signpost.bot.eval.Report;
import signpost.bot.eval.Scorer;
import signpost.knowledge.KnowledgeBase;

/**
 * {@code eval FILE [--knowledge DIR]... [--min-pass F]}: answers every question of the file and prints
 * the figures of the shared scorer; exits 1 when the pass rate is under {@code --min-pass}.
 */
final class EvalCommand {

  static final String USAGE = "usage: signpost eval FILE [--knowledge DIR]... [--rules DIR] [--min-pass FRACTION]";

  private EvalCommand() {}

  static int run(List<String> argv, Console console) throws IOException {
    Args args = Args.parse(argv, Set.of("--knowledge", "--index", "--min-pass", "--max-file-mb", "--rules"), Set.of());
    if (args.positional().size() != 1) throw new UsageException("eval needs one question file");
    double minPass = minPass(args.value("--min-pass"));
    List<EvalQuestion> questions = readQuestions(Path.of(args.positional().get(0)));
    try (KnowledgeBase knowledge = Knowledge.load(args, console)) {
      Report report = evaluate(new AnswerPipeline(knowledge, Rules.load(args), AnswerPolicy.DEFAULT), questions);
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
