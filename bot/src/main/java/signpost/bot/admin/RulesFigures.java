package signpost.bot.admin;

import java.util.List;
import signpost.rules.engine.Trigger;

/**
 * What the admin page shows of the rules and the knowledge they serve with: the rule files, the EqIA trigger table,
 * and how the last reload of each went.
 *
 * @param files the rule files, each with where it comes from
 * @param triggers the rows of the trigger tables
 * @param rules how many rules the serving rule base holds
 * @param rulesGeneration how many rule bases have served (one more per good reload)
 * @param rulesLastError why the last reload of the rules was refused, or null
 * @param knowledgeGeneration how many knowledge loads have served
 * @param knowledgeLastError why the last reload of the knowledge was refused, or null
 */
public record RulesFigures(List<RuleFileSource> files, List<Trigger> triggers, int rules, long rulesGeneration,
                           String rulesLastError, long knowledgeGeneration, String knowledgeLastError) {

  /**
   * A rule file and where it comes from.
   *
   * @param name its file name
   * @param inFolder true when the rules folder holds it (replacing or adding to the built-in ones)
   */
  public record RuleFileSource(String name, boolean inFolder) {}

  public RulesFigures {
    files = List.copyOf(files);
    triggers = List.copyOf(triggers);
  }
}
