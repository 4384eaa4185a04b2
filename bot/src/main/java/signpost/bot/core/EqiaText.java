package signpost.bot.core;

import java.util.List;
import signpost.bot.core.Paragraph.Kind;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.Practice;
import signpost.rules.decision.EqiaVerdict;

/** Writes an EqIA verdict as a manager reads it: the verdict, why, what to consider, what to do next. */
final class EqiaText {

  private static final int MAX_PRACTICES = 3;

  private EqiaText() {}

  static void write(Paragraphs text, EqiaVerdict verdict) {
    text.add(Kind.VERDICT, "EqIA: " + verdict.verdict().label() + ".");
    text.list(Kind.REASONS, "Why", verdict.reasons());
    if (!verdict.consider().isEmpty()) text.add(Kind.CONSIDER, "Consider: " + String.join("; ", verdict.consider()) + ".");
    text.list(Kind.AIMS, "The aims of the equality duty this engages", verdict.aims());
    text.list(Kind.NEXT_STEPS, "Next steps", verdict.nextSteps());
    text.list(Kind.OPEN_QUESTIONS, "To settle it, tell me", verdict.openQuestions());
    for (String caveat : verdict.caveats()) text.add(Kind.CAVEAT, "Important: " + caveat);
  }

  /** Quotes what the organisation's own documents say about its EqIA practice, cited. */
  static void practices(Paragraphs text, Organisation org, KnowledgeBase knowledge, CitationList citations) {
    if (org.eqia() == null || org.eqia().practices().isEmpty()) return;
    StringBuilder paragraph = new StringBuilder("How ").append(org.name()).append(" does it:");
    List<Practice> practices = org.eqia().practices();
    for (Practice practice : practices.subList(0, Math.min(MAX_PRACTICES, practices.size()))) {
      paragraph.append("\n- ").append(practice.text());
      paragraph.append(citations.citeDocument(knowledge, practice.sources(), practice.text()));
    }
    text.add(Kind.BODY, paragraph);
  }
}
