package signpost.bot.core;

import java.util.List;
import java.util.Optional;
import signpost.bot.core.Paragraph.Kind;
import signpost.knowledge.Document;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.Passage;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.search.Quote;
import signpost.rules.decision.Decision;

/**
 * Writes the text of an answer from what was decided: the EqIA verdict, the quoted passages, the duties,
 * the objectives and who can help, each fact marked with its citation number. Every sentence comes from
 * a passage, an organisation file, or the rule base's own plain-English rules.
 */
final class Composer {

  /**
   * The text of an answer, a paragraph at a time, and the sources its markers number.
   *
   * @param paragraphs the answer as the person sees it, joined by {@link Paragraph#join}
   * @param sources {@code sources.get(0)} is [1]
   */
  record Composed(List<Paragraph> paragraphs, List<Citation> sources) {}

  private final AnswerPolicy policy;
  private final KnowledgeBase knowledge;

  Composer(AnswerPolicy policy, KnowledgeBase knowledge) {
    this.policy = policy;
    this.knowledge = knowledge;
  }

  Composed answer(Decision decision, List<Quote> quoted, Optional<Organisation> organisation, List<ContactCard> contacts) {
    CitationList citations = new CitationList();
    Paragraphs text = new Paragraphs();
    decision.eqiaVerdict().ifPresent(v -> EqiaText.write(text, v));
    for (Quote quote : quoted) {
      // Another council's words, found for someone of no organisation, are never quoted as if they applied.
      boolean introduced = !quote.hit().inScope()
          || decision.introducedSources().contains(quote.hit().passage().document().id());
      text.add(Kind.BODY, (introduced ? introduction(quote) : "") + quote(quote) + citations.cite(citation(quote)));
    }
    if (decision.eqia() != null) organisation.ifPresent(org -> EqiaText.practices(text, org, knowledge, citations));
    if (!decision.duties().isEmpty()) text.add(Kind.BODY, duties(decision.duties(), citations));
    organisation.ifPresent(org -> ObjectivesText.write(text, decision.themes(), org, knowledge, citations));
    if (decision.timetable()) organisation.ifPresent(org -> TimetableText.write(text, org, knowledge, citations));
    for (String caveat : decision.caveats()) text.add(Kind.BODY, caveat);
    text.contacts(decision.eqia() != null ? "Who advises and signs off" : "Who can help", contacts);
    return new Composed(text.stripped(), citations.all());
  }

  Composed support(Decision decision, List<Quote> quoted, List<ContactCard> contacts) {
    CitationList citations = new CitationList();
    Paragraphs text = new Paragraphs();
    text.add(Kind.BODY, "I'm sorry this has happened. You do not have to deal with it alone, "
        + "and you can talk to someone in confidence.");
    text.contacts("People who can help", contacts);
    if (decision.urgentHelp()) text.add(Kind.BODY, "If you or anyone else is in immediate danger, call 999.");
    if (!quoted.isEmpty()) text.add(Kind.BODY, quote(quoted.get(0)) + citations.cite(citation(quoted.get(0))));
    return new Composed(text.all(), citations.all());
  }

  Composed refusal(List<ContactCard> contacts) {
    String opening = "I can't find a reliable answer to that in the documents I know. "
        + "I answer questions on equality, diversity and inclusion: equality duties, Equality Impact Assessments, "
        + "your organisation's equality objectives, staff networks and who to contact.";
    Paragraphs text = new Paragraphs();
    if (contacts.isEmpty()) {
      text.add(Kind.BODY, opening + " For other questions, please ask your line manager or the service concerned; "
          + "for EDI questions, ask " + Contacts.YOUR_EDI_TEAM + '.');
    } else {
      text.add(Kind.BODY, opening);
      text.contacts("For EDI questions I can't answer, ask", contacts);
      text.add(Kind.AFTER_CONTACTS, "For anything else, please ask your line manager or the service concerned.");
    }
    return new Composed(text.all(), List.of());
  }

  private String duties(List<Decision.DutyNote> duties, CitationList citations) {
    StringBuilder text = new StringBuilder("Duties that apply:");
    for (Decision.DutyNote duty : duties) {
      text.append("\n- ").append(duty.duty().label()).append(": ").append(duty.why());
      knowledge.guideSection(duty.duty().guideSection()).ifPresent(p -> text.append(citations.cite(section(p))));
    }
    return text.toString();
  }

  /** Returns "From <title> (published 21 February 2024): ", so a date in the title or manifest is not lost. */
  private static String introduction(Quote quote) {
    Document document = quote.hit().passage().document();
    String published = document.published() == null ? "" : " (published " + DateWords.of(document.published()) + ")";
    return "From " + document.title() + published + ":\n";
  }

  private String quote(Quote quote) {
    Passage passage = quote.hit().passage();
    String text = passage.text().length() <= policy.maxQuoteChars() ? passage.text() : quote.snippet().text();
    return text.strip();
  }

  static Citation citation(Quote quote) {
    Passage p = quote.hit().passage();
    return new Citation(p.document().file(), p.document().title(), p.sectionPath(), p.page(), quote.snippet().text());
  }

  private static Citation section(Passage p) {
    return new Citation(p.document().file(), p.document().title(), p.sectionPath(), p.page(), p.text());
  }
}
