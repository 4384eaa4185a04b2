package signpost.bot.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LoadOptions;
import signpost.knowledge.LoadReport;

/** {@code index --knowledge DIR... --index OUT}: builds an on-disk index and reports what it did. */
final class IndexCommand {

  static final String USAGE = "usage: signpost index --knowledge DIR [--knowledge DIR]... --index OUT";

  private IndexCommand() {}

  static int run(List<String> argv, Console console) {
    Args args = Args.parse(argv, Set.of("--knowledge", "--index", "--max-file-mb"), Set.of());
    if (args.value("--index") == null) throw new UsageException("index needs --index OUT");
    if (args.paths("--knowledge").isEmpty()) throw new UsageException("index needs at least one --knowledge DIR");
    LoadOptions options = LoadOptions.of(args.paths("--knowledge")).withIndexFolder(Path.of(args.value("--index")));
    try (KnowledgeBase knowledge = KnowledgeBase.load(options)) {
      LoadReport r = knowledge.report();
      Setup.reportSkipped(r, console);
      console.out().printf("indexed %d documents, %d passages, %d organisations into %s; skipped %d files; took %d ms%n",
          r.documents().size(), r.passages(), r.organisations().size(), args.value("--index"), r.skipped().size(),
          r.took().toMillis());
      return 0;
    }
  }
}
