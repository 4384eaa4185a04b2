package signpost.bot.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import signpost.bot.config.Config;
import signpost.bot.logging.Logs;
import signpost.bot.server.Assistant;
import signpost.knowledge.LoadReport;

/**
 * Builds what a command runs on the way {@code serve} does: the configuration from the environment (and
 * {@code --config FILE}) with the command's options over it, and the {@link Assistant} from that, so that every
 * command reads parsed documents and compiled rules from the same cache.
 */
final class Setup {

  /** The options every command that answers takes. */
  static final Set<String> OPTIONS = Set.of("--knowledge", "--index", "--rules", "--cache", "--max-file-mb", "--config");

  private Setup() {}

  /** Returns {@link #OPTIONS} and the command's own valued options. */
  static Set<String> options(String... own) {
    Set<String> all = new HashSet<>(OPTIONS);
    all.addAll(Set.of(own));
    return all;
  }

  /**
   * Returns the configuration: the environment's settings, under them {@code --config FILE}'s, and over both the
   * command line's. Log lines are written in its format from here on.
   */
  static Config config(Args args) {
    String file = args.value("--config");
    Config config = Config.load(System.getenv(), file == null ? null : Path.of(file));
    if (!args.paths("--knowledge").isEmpty()) config = config.withKnowledge(args.paths("--knowledge"));
    if (args.value("--index") != null) config = config.withIndex(Path.of(args.value("--index")));
    if (args.value("--rules") != null) config = config.withRules(Path.of(args.value("--rules")));
    if (args.value("--cache") != null) config = config.withCache(cache(args.value("--cache")));
    if (args.value("--max-file-mb") != null) config = config.withMaxFileBytes(megabytes(args.value("--max-file-mb")));
    Logs.use(config.observability().logFormat());
    return config;
  }

  /**
   * Returns the assistant a one-off command answers with: no answer cache, so every answer is worked out; the
   * skipped files reported on standard error.
   */
  static Assistant assistant(Args args, Console console) {
    Assistant assistant = Assistant.start(config(args).withAnswerCache(0));
    reportSkipped(assistant.knowledge().report(), console);
    return assistant;
  }

  static void reportSkipped(LoadReport report, Console console) {
    report.skipped().forEach(s -> console.err().println("skipped " + s.file() + ": " + s.reason()));
  }

  private static Path cache(String value) {
    return value.equalsIgnoreCase("none") ? null : Path.of(value);
  }

  private static long megabytes(String value) {
    try {
      double mb = Double.parseDouble(value);
      if (!(mb > 0)) throw new UsageException("--max-file-mb must be positive: " + value);
      return Math.round(mb * 1024 * 1024);
    } catch (NumberFormatException e) {
      throw new UsageException("--max-file-mb must be a number: " + value);
    }
  }
}
