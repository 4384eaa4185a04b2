package signpost.bot.core;

import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.org.DraftPlan;
import signpost.knowledge.org.Milestone;
import signpost.knowledge.org.Organisation;

/** Writes the timetable of an organisation's draft plan, from its organisation file, cited. */
final class TimetableText {

  private TimetableText() {}

  static void write(StringBuilder text, Organisation org, KnowledgeBase knowledge, CitationList citations) {
    DraftPlan plan = org.draftPlan();
    if (plan == null || plan.timetable().isEmpty()) return;
    text.append("\n\nTimetable for ").append(org.name()).append("'s draft equality objectives");
    if (plan.status() != null) text.append(" (").append(plan.status()).append(')');
    text.append(':');
    text.append(citations.citeDocument(knowledge, plan.sources(), "Timetable"));
    for (Milestone milestone : plan.timetable()) {
      text.append("\n- ").append(milestone.what());
      if (milestone.when() != null) text.append(": ").append(DateWords.of(milestone.when()));
    }
  }
}
