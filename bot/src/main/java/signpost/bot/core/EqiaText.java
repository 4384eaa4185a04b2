package signpost.bot.core;

import java.util.List;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.Practice;
import signpost.rules.decision.EqiaVerdict;

/** Writes an EqIA verdict as a manager reads it: the verdict, why, what to consider, what to do next. */
final class EqiaText {

  private static final int MAX_PRACTICES = 3;

  private EqiaText() {}

  static void write(StringBuilder text, EqiaVerdict verdict) {
    text.append("EqIA: ").append(verdict.verdict().label()).append('.');
    list(text, "Why", verdict.reasons());
    if (!verdict.consider().isEmpty()) text.append("\n\nConsider: ").append(String.join("; ", verdict.consider())).append('.');
    list(text, "The aims of the equality duty this engages", verdict.aims());
    list(text, "Next steps", verdict.nextSteps());
    list(text, "To settle it, tell me", verdict.openQuestions());
    for (String caveat : verdict.caveats()) text.append("\n\nImportant: ").append(caveat);
  }

  /** Quotes what the organisation's own documents say about its EqIA practice, cited. */
  static void practices(StringBuilder text, Organisation org, KnowledgeBase knowledge, CitationList citations) {
    if (org.eqia() == null || org.eqia().practices().isEmpty()) return;
    text.append("\n\nHow ").append(org.name()).append(" does it:");
    List<Practice> practices = org.eqia().practices();
    for (Practice practice : practices.subList(0, Math.min(MAX_PRACTICES, practices.size()))) {
      text.append("\n- ").append(practice.text());
      text.append(citations.citeDocument(knowledge, practice.sources(), practice.text()));
    }
  }

  static void list(StringBuilder text, String lead, List<String> items) {
    if (items.isEmpty()) return;
    text.append("\n\n").append(lead).append(':');
    for (String item : items) text.append("\n- ").append(item);
  }
}
