package signpost.bot.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import signpost.bot.core.Paragraph.Kind;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.org.DatedAction;
import signpost.knowledge.org.Objective;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.Priority;
import signpost.knowledge.org.Theme;

/**
 * Writes the themes or priorities that touch a question, from the organisation file: a theme's aim,
 * objectives and measures; a priority's aim and its actions by due date.
 */
final class ObjectivesText {

  private ObjectivesText() {}

  static void write(Paragraphs text, Kind kind, List<String> themeIds, Organisation org, KnowledgeBase knowledge,
                    CitationList citations) {
    for (Theme theme : org.themes()) {
      if (!themeIds.contains(theme.id())) continue;
      StringBuilder paragraph = new StringBuilder(org.name()).append(", theme ").append(theme.id()).append(": ")
          .append(theme.name());
      if (theme.aim() != null) paragraph.append(". Aim: ").append(theme.aim());
      paragraph.append(citations.citeDocument(knowledge, strategySources(org), org.name() + " organisation facts"));
      paragraph.append("\nObjectives:");
      for (Objective objective : org.objectives()) {
        if (!theme.id().equals(objective.themeId())) continue;
        paragraph.append("\n").append(objective.id()).append(". ").append(objective.text());
      }
      text.add(kind, paragraph);
      text.list(kind, "How success is measured", theme.measures());
    }
    for (Priority priority : org.priorities()) {
      if (themeIds.contains(priority.id())) text.add(kind, priority(priority, org, knowledge, citations));
    }
  }

  private static String priority(Priority priority, Organisation org, KnowledgeBase knowledge, CitationList citations) {
    StringBuilder text = new StringBuilder(org.name()).append(", priority: ").append(priority.name());
    if (priority.aim() != null) text.append(". Aim: ").append(priority.aim());
    text.append(citations.citeDocument(knowledge, priority.sources().isEmpty() ? strategySources(org) : priority.sources(),
        org.name() + " organisation facts"));
    Map<String, StringBuilder> byDue = new LinkedHashMap<>();
    for (DatedAction action : priority.actions()) {
      byDue.computeIfAbsent(action.due(), d -> new StringBuilder()).append("\n- ").append(action.text());
    }
    byDue.forEach((due, actions) -> text.append("\nActions due by ").append(DateWords.of(due)).append(':').append(actions));
    return text.toString();
  }

  private static List<String> strategySources(Organisation org) {
    return org.strategy() == null ? List.of() : org.strategy().sources();
  }
}
