package signpost.bot.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The parsed arguments of one command: options with values, repeatable ones, flags, and the rest. */
final class Args {

  private final List<String> positional = new ArrayList<>();
  private final List<String[]> options = new ArrayList<>();
  private final List<String> flags = new ArrayList<>();

  /**
   * Parses {@code args} against the options that take a value and the flags the command knows.
   *
   * @throws UsageException on an unknown option or a missing value
   */
  static Args parse(List<String> args, Set<String> valued, Set<String> knownFlags) {
    Args parsed = new Args();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (valued.contains(arg)) {
        if (i + 1 >= args.size()) throw new UsageException(arg + " needs a value");
        parsed.options.add(new String[] {arg, args.get(++i)});
      } else if (knownFlags.contains(arg)) {
        parsed.flags.add(arg);
      } else if (arg.startsWith("--") && arg.length() > 2) {
        throw new UsageException("unknown option " + arg);
      } else {
        parsed.positional.add(arg);
      }
    }
    return parsed;
  }

  String value(String option) {
    String found = null;
    for (String[] o : options) if (o[0].equals(option)) found = o[1];
    return found;
  }

  List<Path> paths(String option) {
    List<Path> paths = new ArrayList<>();
    for (String[] o : options) if (o[0].equals(option)) paths.add(Path.of(o[1]));
    return paths;
  }

  boolean flag(String flag) {
    return flags.contains(flag);
  }

  List<String> positional() {
    return positional;
  }
}
