package signpost.bot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LoadOptions;
import signpost.knowledge.LoadReport;

/** Loads the knowledge a command names, or the embedded default: the built-in guide and ../shared/corpus. */
final class Knowledge {

  static final Path DEFAULT_FOLDER = Path.of("..", "shared", "corpus");

  private Knowledge() {}

  static List<Path> folders(Args args) {
    List<Path> folders = args.paths("--knowledge");
    if (!folders.isEmpty()) return folders;
    return Files.isDirectory(DEFAULT_FOLDER) ? List.of(DEFAULT_FOLDER) : List.of();
  }

  static KnowledgeBase load(Args args, Console console) {
    LoadOptions options = LoadOptions.of(folders(args));
    String index = args.value("--index");
    if (index != null) options = options.withIndexFolder(Path.of(index));
    String max = args.value("--max-file-mb");
    if (max != null) options = options.withMaxFileBytes(megabytes(max));
    KnowledgeBase knowledge = KnowledgeBase.load(options);
    reportSkipped(knowledge.report(), console);
    return knowledge;
  }

  static void reportSkipped(LoadReport report, Console console) {
    report.skipped().forEach(s -> console.err().println("skipped " + s.file() + ": " + s.reason()));
  }

  private static long megabytes(String value) {
    try {
      return Math.round(Double.parseDouble(value) * 1024 * 1024);
    } catch (NumberFormatException e) {
      throw new UsageException("--max-file-mb must be a number: " + value);
    }
  }
}
