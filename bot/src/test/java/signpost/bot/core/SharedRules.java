package signpost.bot.core;

import java.util.function.Supplier;
import signpost.rules.engine.RuleBase;

/** The built-in rule base, compiled once for the tests of this module (compiling takes about a second). */
final class SharedRules {

  private static final RuleBase RULES = RuleBase.builtIn();
  static final Supplier<RuleBase> BUILT_IN = () -> RULES;

  private SharedRules() {}
}
