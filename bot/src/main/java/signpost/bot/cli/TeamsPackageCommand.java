package signpost.bot.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import signpost.bot.teamsapp.PackageValues;
import signpost.bot.teamsapp.TeamsAppException;
import signpost.bot.teamsapp.TeamsPackage;

/**
 * {@code teams-package --bot-id GUID --host HOST}: fills the Teams app template ({@code deploy/teams}) and writes the
 * zip an admin uploads to Teams.
 */
final class TeamsPackageCommand {

  static final String USAGE = "usage: signpost teams-package --bot-id GUID --host HOST [--privacy-url URL] "
      + "[--terms-url URL] [--out FILE] [--manifest DIR]";
  private static final Set<String> OPTIONS =
      Set.of("--bot-id", "--host", "--privacy-url", "--terms-url", "--out", "--manifest");

  private TeamsPackageCommand() {}

  static int run(List<String> argv, Console console) {
    Args args = Args.parse(argv, OPTIONS, Set.of());
    if (!args.positional().isEmpty()) throw new UsageException("teams-package takes no argument: " + args.positional().get(0));
    PackageValues values = values(args);
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

  private static PackageValues values(Args args) {
    if (args.value("--bot-id") == null) {
      throw new UsageException("teams-package needs --bot-id GUID, the bot's Microsoft App ID");
    }
    if (args.value("--host") == null) throw new UsageException("teams-package needs --host HOST, Signpost's public host name");
    try {
      return new PackageValues(args.value("--bot-id"), args.value("--host"), args.value("--privacy-url"),
          args.value("--terms-url"));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
