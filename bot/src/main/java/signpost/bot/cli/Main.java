package signpost.bot.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import signpost.bot.config.ConfigException;
import signpost.bot.logging.Logs;
import signpost.bot.server.Assistant;
import signpost.bot.server.ServerException;
import signpost.bot.slack.SlackException;
import signpost.bot.store.StoreException;
import signpost.bot.teams.TeamsException;
import signpost.knowledge.KnowledgeException;
import signpost.rules.RulesException;

/** The {@code signpost} command line. */
public final class Main {

  static final String USAGE = String.join("\n",
      "Signpost: answers questions on equality, diversity and inclusion from your organisation's documents.",
      "commands:",
      "  " + ServeCommand.USAGE,
      "  " + AskCommand.USAGE,
      "  " + ChatCommand.USAGE,
      "  " + ScreeningCommand.USAGE,
      "  " + EvalCommand.USAGE,
      "  " + IndexCommand.USAGE,
      "  " + BenchCommand.USAGE,
      "  " + ServerBenchCommand.USAGE,
      "  " + TeamsPackageCommand.USAGE);

  private Main() {}

  public static void main(String[] args) {
    // How long loading took is for a server's log; a one-off command's output is its answer.
    if (args.length > 0 && !args[0].equals("serve")) Logs.quiet(Assistant.class.getName());
    QuickStart.stopWithLauncher();
    var quick = QuickStart.plan(args, System.getenv());
    if (quick.isPresent()) {
      try {
        System.exit(quick.get().run());
      } catch (java.io.IOException e) {
        // The tuned JVM could not start: answer here, only more slowly.
      } catch (InterruptedException e) {
        System.exit(130);
      }
    }
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** Runs one command and returns its exit code: 0 done, 1 failed, 2 called wrongly. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Console console = new Console(in, out, err);
    if (args.length == 0) {
      err.println(USAGE);
      return 2;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      return switch (args[0]) {
        case "serve" -> ServeCommand.run(rest, console);
        case "ask" -> AskCommand.run(rest, console);
        case "chat" -> ChatCommand.run(rest, console);
        case "screening" -> ScreeningCommand.run(rest, console);
        case "eval" -> EvalCommand.run(rest, console);
        case "index" -> IndexCommand.run(rest, console);
        case "bench" -> BenchCommand.run(rest, console);
        case "bench-server" -> ServerBenchCommand.run(rest, console);
        case "bench-baseline" -> BaselineCommand.run(rest, console);
        case "teams-package" -> TeamsPackageCommand.run(rest, console);
        case "help", "--help", "-h" -> {
          out.println(USAGE);
          yield 0;
        }
        default -> throw new UsageException("unknown command " + args[0]);
      };
    } catch (UsageException e) {
      err.println("signpost: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (KnowledgeException | RulesException | ConfigException | ServerException | SlackException | TeamsException
             | StoreException e) {
      err.println("signpost: " + e.getMessage());
      return 1;
    } catch (Exception e) {
      err.println("signpost: " + e);
      return 1;
    }
  }
}
