package signpost.bot.core;

import signpost.bot.core.Paragraph.Kind;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.org.DraftPlan;
import signpost.knowledge.org.Milestone;
import signpost.knowledge.org.Organisation;

/** Writes the timetable of an organisation's draft plan, from its organisation file, cited. */
final class TimetableText {

  private TimetableText() {}

  static void write(Paragraphs text, Kind kind, Organisation org, KnowledgeBase knowledge, CitationList citations) {
    DraftPlan plan = org.draftPlan();
    if (plan == null || plan.timetable().isEmpty()) return;
    StringBuilder paragraph = new StringBuilder("Timetable for ").append(org.name()).append("'s draft equality objectives");
    if (plan.status() != null) paragraph.append(" (").append(plan.status()).append(')');
    paragraph.append(':');
    paragraph.append(citations.citeDocument(knowledge, plan.sources(), "Timetable"));
    for (Milestone milestone : plan.timetable()) {
      paragraph.append("\n- ").append(milestone.what());
      if (milestone.when() != null) paragraph.append(": ").append(DateWords.of(milestone.when()));
    }
    text.add(kind, paragraph);
  }
}
