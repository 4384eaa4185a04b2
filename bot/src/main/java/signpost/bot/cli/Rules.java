package signpost.bot.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import signpost.rules.engine.LiveRuleBase;
import signpost.rules.engine.RuleBase;

/** Loads the rule base a command names: the built-in rules, with {@code --rules DIR}'s files over them. */
final class Rules {

  private Rules() {}

  /**
   * Returns the rule base.
   *
   * @throws signpost.rules.RulesException when the rules do not compile, naming file and line
   */
  static Supplier<RuleBase> load(Args args) {
    String folder = args.value("--rules");
    if (folder == null) {
      RuleBase builtIn = RuleBase.builtIn();
      return () -> builtIn;
    }
    return LiveRuleBase.of(Path.of(folder));
  }
}
