package signpost.bot.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import signpost.bot.config.Config;
import signpost.bot.teamsapp.PackageValues;
import signpost.bot.teamsapp.TeamsAppException;
import signpost.bot.teamsapp.TeamsPackage;

/**
 * {@code teams-package [--bot-id GUID] [--host HOST]}: fills the Teams app template ({@code deploy/teams}) and writes the
 * zip an admin uploads to Teams. The bot id and host default to the settings {@code serve} runs with
 * ({@code MICROSOFT_APP_ID} and the first of {@code SIGNPOST_PUBLIC_HOSTS}, from the environment or {@code --config}), so
 * the package names the host the Origin/Host checks and record links use.
 */
final class TeamsPackageCommand {

  static final String USAGE = "usage: signpost teams-package [--bot-id GUID] [--host HOST] [--config FILE] [--privacy-url URL] "
      + "[--terms-url URL] [--out FILE] [--manifest DIR]";
  private static final Set<String> OPTIONS =
      Set.of("--bot-id", "--host", "--config", "--privacy-url", "--terms-url", "--out", "--manifest");

  private TeamsPackageCommand() {}

  static int run(List<String> argv, Console console) {
    Args args = Args.parse(argv, OPTIONS, Set.of());
    if (!args.positional().isEmpty()) throw new UsageException("teams-package takes no argument: " + args.positional().get(0));
    String file = args.value("--config");
    Config config = Config.load(System.getenv(), file == null ? null : Path.of(file));
    PackageValues values = values(args, config);
    warnUnlessPublic(values.host(), config.edge().publicHosts(), console);
    Path template = Path.of(orDefault(args.value("--manifest"), "deploy/teams"));
    Path zip = Path.of(orDefault(args.value("--out"), TeamsPackage.ZIP));
    try {
      TeamsPackage.write(template, values, zip);
    } catch (TeamsAppException e) {
      console.err().println("signpost: " + e.getMessage());
      return 1;
    }
    console.out().printf("wrote %s: Teams app and bot %s, messaging endpoint https://%s/api/messages%n",
        zip, values.botId(), values.host());
    console.out().println("upload it in Teams: Apps > Manage your apps > Upload an app "
        + "(or the Teams admin centre for everyone)");
    return 0;
  }

  /** Returns the options' values, with the bot id and host taken from the configuration where an option is absent. */
  private static PackageValues values(Args args, Config config) {
    String botId = orDefault(args.value("--bot-id"), config.teams().appId());
    if (botId == null) {
      throw new UsageException("teams-package needs --bot-id GUID or MICROSOFT_APP_ID, the bot's Microsoft App ID");
    }
    List<String> publicHosts = config.edge().publicHosts();
    String host = orDefault(args.value("--host"), publicHosts.isEmpty() ? null : publicHosts.get(0));
    if (host == null) {
      throw new UsageException("teams-package needs --host HOST or SIGNPOST_PUBLIC_HOSTS, Signpost's public host name");
    }
    try {
      return new PackageValues(botId, host, args.value("--privacy-url"), args.value("--terms-url"));
    } catch (IllegalArgumentException e) {
      String from = (args.value("--bot-id") == null ? " (the bot id is MICROSOFT_APP_ID)" : "")
          + (args.value("--host") == null ? " (the host is the first of SIGNPOST_PUBLIC_HOSTS)" : "");
      throw new UsageException(e.getMessage() + from);
    }
  }

  /** Warns when the package's host is not one of the configured public host names, which links and checks use. */
  private static void warnUnlessPublic(String host, List<String> publicHosts, Console console) {
    if (publicHosts.isEmpty() || publicHosts.contains(host)) return;
    console.err().println("signpost: warning: " + host + " is not in SIGNPOST_PUBLIC_HOSTS (" + String.join(",", publicHosts)
        + "), the names the web chat's APIs answer to and record links use");
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
