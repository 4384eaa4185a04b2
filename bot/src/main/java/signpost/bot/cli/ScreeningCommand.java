package signpost.bot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import signpost.bot.conversation.ScreeningRecords;
import signpost.bot.screening.Screening;
import signpost.bot.screening.ScreeningMarkdown;
import signpost.bot.screening.ScreeningPdf;
import signpost.bot.server.Assistant;

/**
 * {@code screening list|show REF|export REF --format md|pdf [--out FILE]|delete REF}: the EqIA screening records of
 * the person at the terminal (the system user, as a pseudonym), the ones {@code chat} kept. Anyone else's record is
 * "not found", as one that does not exist.
 */
final class ScreeningCommand {

  static final String USAGE = "usage: signpost screening list | show REF | export REF --format md|pdf [--out FILE] | "
      + "delete REF";

  private ScreeningCommand() {}

  /** Returns the pseudonymous id of the person at the terminal: the system user on the {@code cli} channel. */
  static String owner(Assistant assistant) {
    return assistant.owner("cli", System.getProperty("user.name"));
  }

  static int run(List<String> argv, Console console) throws IOException {
    Args args = Args.parse(argv, Setup.options("--format", "--out"), Set.of());
    List<String> words = args.positional();
    if (words.isEmpty()) throw new UsageException("screening needs one of list, show, export, delete");
    String action = words.get(0);
    if (!List.of("list", "show", "export", "delete").contains(action)) {
      throw new UsageException("unknown screening action " + action + "; use list, show, export or delete");
    }
    if (action.equals("list") ? words.size() != 1 : words.size() != 2) {
      throw new UsageException("screening " + action + (action.equals("list") ? " takes no reference" : " needs one reference"));
    }
    String format = args.value("--format");
    if (action.equals("export") && !"md".equals(format) && !"pdf".equals(format)) {
      throw new UsageException("screening export needs --format md or --format pdf" + (format == null ? "" : ": " + format));
    }
    try (Assistant assistant = Setup.assistant(args, console)) {
      ScreeningRecords records = assistant.dialogue().screenings();
      String owner = owner(assistant);
      if (action.equals("list")) return list(records.of(owner), console);
      String reference = words.get(1);
      Optional<Screening> found = records.find(owner, reference);
      if (found.isEmpty()) {
        console.err().println("signpost: no screening record of yours has the reference " + reference
            + "; see signpost screening list");
        return 1;
      }
      Screening screening = found.get();
      switch (action) {
        case "show" -> console.out().print(ScreeningMarkdown.render(screening));
        case "export" -> export(screening, format, args.value("--out"), console);
        default -> {
          records.delete(owner, screening.reference());
          console.out().println("Deleted screening " + screening.reference() + ".");
        }
      }
      return 0;
    }
  }

  private static int list(List<Screening> screenings, Console console) {
    if (screenings.isEmpty()) {
      console.out().println("You have no screening records. Start one with signpost chat.");
      return 0;
    }
    for (Screening s : screenings) {
      console.out().printf("%s  %-9s  %-12s  %s  %s%n", s.reference(), s.status().wireName(),
          s.verdict() == null ? "no verdict" : s.verdict().wireName(), s.updated(),
          s.activity() == null ? "(activity not yet recorded)" : s.activity().replace('\n', ' '));
    }
    return 0;
  }

  private static void export(Screening screening, String format, String out, Console console) throws IOException {
    Path file = Path.of(out == null ? screening.reference() + "." + format : out);
    byte[] bytes = format.equals("pdf") ? ScreeningPdf.render(screening)
        : ScreeningMarkdown.render(screening).getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    console.out().println("Wrote screening " + screening.reference() + " to " + file);
  }
}
