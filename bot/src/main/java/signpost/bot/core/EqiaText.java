package signpost.bot.core;

import java.util.List;
import signpost.bot.core.Paragraph.Kind;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.org.Nation;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.Practice;
import signpost.rules.decision.EqiaVerdict;

/** Writes an EqIA verdict as a manager reads it: the verdict, why, what to consider, what to do next. */
final class EqiaText {

  private static final int MAX_PRACTICES = 3;

  private EqiaText() {}

  static void write(Paragraphs text, EqiaVerdict verdict, Nation nation, KnowledgeBase knowledge,
                    CitationList citations) {
    text.add(Kind.VERDICT, "EqIA: " + verdict.verdict().label() + ".");
    text.list(Kind.REASONS, "Why", verdict.reasons());
    law(text, nation, knowledge, citations);
    if (!verdict.consider().isEmpty()) text.add(Kind.CONSIDER, "Consider: " + String.join("; ", verdict.consider()) + ".");
    text.list(Kind.AIMS, "The aims of the equality duty this engages", verdict.aims());
    text.list(Kind.NEXT_STEPS, "Next steps", verdict.nextSteps());
    text.list(Kind.OPEN_QUESTIONS, "To settle it, tell me", verdict.openQuestions());
    for (String caveat : verdict.caveats()) text.add(Kind.CAVEAT, "Important: " + caveat);
  }

  /** The guide's section on whether an EqIA is required by law, cited beside the legal position. */
  static final String LEGAL_POSITION = "Equality Impact Assessments > Is an EqIA a legal requirement?";

  /**
   * States the legal position in one sentence, cited to the built-in guide: the duty is due regard under
   * section 149; an EqIA is how it is shown, and an explicit duty only in Wales and Scotland.
   */
  private static void law(Paragraphs text, Nation nation, KnowledgeBase knowledge, CitationList citations) {
    String where = nation == Nation.ENGLAND
        ? "in England an EqIA is the usual way to show it, not a legal form"
        : "in " + (nation == Nation.WALES ? "Wales" : "Scotland") + " listed bodies must also assess the impact of their policies under the specific duties";
    String cite = knowledge.guideSection(LEGAL_POSITION).map(p -> citations.cite(Composer.section(p))).orElse("");
    text.add(Kind.BODY, "The law: due regard to the aims of the Public Sector Equality Duty (Equality Act 2010, section 149); "
        + where + "." + cite);
  }

  /** Returns true when the organisation file states how the organisation does its EqIAs. */
  static boolean hasPractices(Organisation org) {
    return org.eqia() != null && !org.eqia().practices().isEmpty();
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
    text.add(Kind.MORE, paragraph);
  }
}
