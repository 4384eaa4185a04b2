package signpost.rules.engine;

import java.util.Objects;

/**
 * One file of the rule base: a DRL file, or the EqIA trigger table the rule base compiles into rules.
 *
 * @param name the file name used in messages, e.g. {@code eqia.drl} or {@code eqia-triggers.csv}
 * @param text its contents
 */
public record RuleFile(String name, String text) {

  public RuleFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    if (!isRuleFile(name)) throw new IllegalArgumentException("a rule file ends in .drl or .csv: " + name);
  }

  /** Returns true when a file of this name is part of a rule base. */
  public static boolean isRuleFile(String name) {
    return name.endsWith(".drl") || name.endsWith(".csv");
  }

  /** Returns true for a trigger table, false for DRL. */
  public boolean table() {
    return name.endsWith(".csv");
  }
}
