package signpost.bot.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import signpost.bot.core.Paragraph.Kind;
import signpost.knowledge.Document;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.Passage;
import signpost.knowledge.org.Nation;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.search.Quote;
import signpost.rules.decision.Decision;
import signpost.rules.features.Characteristic;

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

  /** The built-in guide's section on the free national services for people treated unfairly. */
  static final String NATIONAL_HELP = "Where to go for help > Getting help if you are treated unfairly";

  private final AnswerPolicy policy;
  private final KnowledgeBase knowledge;

  Composer(AnswerPolicy policy, KnowledgeBase knowledge) {
    this.policy = policy;
    this.knowledge = knowledge;
  }

  /**
   * Writes an answer that is not a refusal or a support reply.
   *
   * @param askedToo the quoted passages that answer a later question of the message, kept in the short answer even
   *     beside a verdict
   * @param nation the nation whose law applies to the organisation (England where none is known)
   * @param ownPractice what the organisation's own documents say of a proposal like this one and of how it does EqIAs,
   *     quoted in an EqIA answer (how it does them, when its organisation file says nothing of it)
   */
  Composed answer(Decision decision, List<Quote> quoted, Set<Passage> askedToo, Optional<Organisation> organisation,
                  Nation nation, List<Quote> ownPractice, List<ContactCard> contacts) {
    CitationList citations = new CitationList();
    Paragraphs text = new Paragraphs();
    decision.eqiaVerdict().ifPresent(v -> EqiaText.write(text, v, nation, knowledge, citations));
    // Beside a verdict, quoted passages and duties are background: behind "Why?" / "More". Objectives stay: a
    // question about an EqIA can also ask which objectives are the asker's.
    Kind detail = decision.eqia() != null ? Kind.MORE : Kind.BODY;
    // The organisation's own words on how it does EqIAs stay in the short answer and are cited first after the law:
    // they are what the asker acts on, the other passages found are background.
    List<Quote> practice = decision.eqia() != null ? ownPractice : List.of();
    Document previous = null;
    for (Quote q : practice) {
      // A document is named once for the quotes of it that follow one another.
      Document document = q.hit().passage().document();
      text.add(Kind.PRACTICE, (document.equals(previous) ? "" : introduction(q)) + quote(q) + citations.cite(citation(q)));
      previous = document;
    }
    previous = null;
    for (Quote quote : quoted) {
      if (practice.stream().anyMatch(p -> p.hit().passage().equals(quote.hit().passage()))) continue;
      // Another council's words, found for someone of no organisation, are never quoted as if they applied; a
      // document is named once for the quotes of it that follow one another.
      Document document = quote.hit().passage().document();
      boolean introduced = (!quote.hit().inScope() || decision.introducedSources().contains(document.id()))
          && !document.equals(previous);
      previous = document;
      // What a later question of the message asked ("... and how far ahead of the deadline?") is answered, not detail.
      Kind kind = askedToo.contains(quote.hit().passage()) ? Kind.BODY : detail;
      text.add(kind, (introduced ? introduction(quote) : "") + quote(quote) + citations.cite(citation(quote)));
    }
    if (decision.eqia() != null && organisation.map(EqiaText::hasPractices).orElse(false)) {
      EqiaText.practices(text, organisation.get(), knowledge, citations);
    }
    if (!decision.duties().isEmpty()) text.add(detail, duties(decision.duties(), citations));
    organisation.ifPresent(org -> ObjectivesText.write(text, Kind.BODY, decision.themes(), org, knowledge, citations));
    if (decision.timetable()) organisation.ifPresent(org -> TimetableText.write(text, Kind.BODY, org, knowledge, citations));
    for (String caveat : decision.caveats()) text.add(Kind.BODY, caveat);
    text.contacts(decision.eqia() != null ? "Who advises and signs off" : "Who can help", contacts);
    return new Composed(text.stripped(), citations.all());
  }

  /**
   * Writes the reply to someone reporting harm or in distress: care, who can help, what protects them, the national
   * services; and first, when the asker's own organisation's documents answer it (a page on support after a traumatic
   * incident, the harassment route), that passage, since their own people and routes help sooner.
   *
   * @param quoted the passages found for the message, best first
   * @param besides the organisation's own passages quoted after the route: on what the harm was about, under its
   *     heading ("Pregnancy and maternity") or by the people for it ("LGBT+ Network"), and on a manager who made light of
   *     it ("If your supervisor or manager does not take it seriously ...")
   */
  Composed support(Decision decision, List<ContactCard> contacts, Set<Characteristic> named, List<Quote> quoted,
                   List<Quote> besides) {
    CitationList citations = new CitationList();
    Paragraphs text = new Paragraphs();
    text.add(Kind.BODY, "I'm sorry this has happened. You do not have to deal with it alone, "
        + "and you can talk to someone in confidence.");
    Optional<Quote> route = ownSupport(quoted);
    route.ifPresent(q -> text.add(Kind.BODY, introduction(q) + quote(q) + citations.cite(citation(q))));
    List<Passage> told = new ArrayList<>();
    route.ifPresent(r -> told.add(r.hit().passage()));
    for (Quote q : besides) {
      if (told.contains(q.hit().passage())) continue;
      told.add(q.hit().passage());
      text.add(Kind.BODY, quote(q) + citations.cite(citation(q)));
    }
    text.contacts("People who can help", contacts);
    protectedBy(named, citations).ifPresent(law -> text.add(Kind.BODY, law));
    knowledge.guideSection(NATIONAL_HELP).ifPresent(p -> text.add(Kind.BODY, p.text().strip() + citations.cite(section(p))));
    if (decision.urgentHelp()) text.add(Kind.BODY, "If you or anyone else is in immediate danger, call 999.");
    return new Composed(text.all(), citations.all());
  }

  /** Where the legal guide tells what a reasonable adjustment is, and how to ask for one. */
  static final String ADJUSTMENT_MEANS = "Reasonable adjustments at work > What a reasonable adjustment is";
  static final String ASKING_FOR_ADJUSTMENTS = "Reasonable adjustments at work > Asking for a reasonable adjustment";

  /**
   * Writes the reply to someone telling of a condition of their own: that they can ask for reasonable adjustments; how
   * their organisation agrees and records them, where its documents say; the best passage of their own organisation
   * their message found, where it adds to that; how to ask, from the legal guide; and who can help.
   *
   * @param own the organisation's own passage on asking for adjustments, if any
   * @param quoted the passages found for the message, best first
   */
  Composed adjustments(List<ContactCard> contacts, Optional<Quote> own, List<Quote> quoted, String message) {
    CitationList citations = new CitationList();
    Paragraphs text = new Paragraphs();
    String means = knowledge.guideSection(ADJUSTMENT_MEANS).map(p -> citations.cite(section(p))).orElse("");
    text.add(Kind.BODY, "Thank you for telling me. You can ask for changes at work that make things easier because of a "
        + "condition or disability: these are called reasonable adjustments." + means);
    own.ifPresent(q -> text.add(Kind.BODY, introduction(q) + quote(q) + citations.cite(citation(q))));
    List<Passage> told = new ArrayList<>();
    own.ifPresent(q -> told.add(q.hit().passage()));
    ownSupport(quoted).filter(q -> !told.contains(q.hit().passage())).ifPresent(q -> {
      told.add(q.hit().passage());
      text.add(Kind.BODY, introduction(q) + quote(q) + citations.cite(citation(q)));
    });
    // What else the message asked that its organisation's documents answer best ("... and who pays if I need
    // software?": "Equipment and software are paid for from the central Adjustments Fund ..."), route or not.
    // The best of the first few, where the best is the route told already ("going through the menopause ...": the
    // menopause support after the adjustments route).
    quoted.stream().limit(OWN_ANSWER_AMONG).filter(q -> ownAnswer(q) && !told.contains(q.hit().passage())).limit(1)
        .forEach(q -> {
          told.add(q.hit().passage());
          text.add(Kind.BODY, quote(q) + citations.cite(citation(q)));
        });
    // The organisation's own section on what the message names, however little of a long message it covers ("going
    // through the menopause and the hot flushes ...": "4. The menopause").
    quoted.stream().filter(q -> !q.hit().passage().document().builtIn() && q.hit().inScope()
            && !told.contains(q.hit().passage()) && headedByWordOf(q.hit().passage(), message)).limit(1)
        .forEach(q -> text.add(Kind.BODY, introduction(q) + quote(q) + citations.cite(citation(q))));
    knowledge.guideSection(ASKING_FOR_ADJUSTMENTS)
        .ifPresent(p -> text.add(Kind.BODY, p.text().strip() + citations.cite(section(p))));
    text.contacts("Who can help", contacts);
    return new Composed(text.all(), citations.all());
  }

  /**
   * Writes the reply to someone telling of their own pregnancy ("just found out im pregnant, i do nights ... what do i
   * need to do now"): what their organisation's documents say that their message found, best first; that pregnancy and
   * maternity is protected, from the legal guide; and who can help. Not reasonable adjustments, which are for a
   * condition or disability.
   *
   * @param quoted the passages found for the message, best first
   */
  Composed pregnancy(List<ContactCard> contacts, List<Quote> quoted) {
    CitationList citations = new CitationList();
    Paragraphs text = new Paragraphs();
    List<Quote> own = quoted.stream().filter(Composer::ownAnswer).limit(1).toList();
    text.add(Kind.BODY, own.isEmpty() ? "Thank you for telling me."
        : "Thank you for telling me. This is what your organisation's documents say:");
    own.forEach(q -> text.add(Kind.BODY, introduction(q) + quote(q) + citations.cite(citation(q))));
    knowledge.guideSection(CHARACTERISTICS + "Pregnancy and maternity")
        .ifPresent(p -> text.add(Kind.BODY, p.text().strip() + citations.cite(section(p))));
    text.contacts("Who can help", contacts);
    return new Composed(text.all(), citations.all());
  }

  /** Returns whether a passage found is the asker's own organisation's and covers enough of their message to quote. */
  private static boolean ownAnswer(Quote quote) {
    return !quote.hit().passage().document().builtIn() && quote.hit().inScope()
        && quote.hit().coverage() >= OWN_SUPPORT_COVERAGE;
  }

  /** A word long enough to name what a section is about: "menopause", "hearing". */
  private static final Pattern TELLING_WORD = Pattern.compile("\\p{L}{6,}");

  /** Returns whether the passage's own heading (its last) holds a telling word of the message. */
  static boolean headedByWordOf(Passage passage, String message) {
    Set<String> heading = Set.copyOf(Arrays.asList(passage.heading().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
    Matcher word = TELLING_WORD.matcher(message.toLowerCase(Locale.ROOT));
    while (word.find()) {
      if (heading.contains(word.group())) return true;
    }
    return false;
  }

  /** Among how many of the passages found first the organisation's own answer beside the adjustments route is sought. */
  private static final int OWN_ANSWER_AMONG = 3;

  /** How much of a message an organisation's passage must cover to be quoted to someone in distress. */
  private static final double OWN_SUPPORT_COVERAGE = 0.2;

  /**
   * Returns the best passage of the asker's own organisation's documents that covers enough of the message and tells
   * what they can do, if any: never the guide's (its national services follow anyway), never another organisation's,
   * never figures about harassment.
   */
  private static Optional<Quote> ownSupport(List<Quote> quoted) {
    return quoted.stream().filter(q -> ownAnswer(q) && OwnSupportRoutes.isRoute(q.hit().passage().text())).findFirst();
  }

  /** The most characteristics a reply to someone reporting harm names as protected. */
  private static final int NAMED_AT_MOST = 2;

  /**
   * Returns, for a report of harm that names what it was about ("too old", "since I told her I'm pregnant"), that the
   * Equality Act 2010 protects it, cited to the legal guide's section on each: empty when it names none, or the guide
   * lacks a section on one.
   */
  private Optional<String> protectedBy(Set<Characteristic> named, CitationList citations) {
    List<Characteristic> first = named.stream().sorted().limit(NAMED_AT_MOST).toList();
    if (first.isEmpty()) return Optional.empty();
    List<Passage> sections = first.stream().map(c -> knowledge.guideSection(CHARACTERISTICS + capitalised(c.label())))
        .flatMap(Optional::stream).toList();
    if (sections.size() != first.size()) return Optional.empty();
    String labels = first.stream().map(Characteristic::label).collect(Collectors.joining(" and "));
    boolean one = first.size() == 1;
    StringBuilder sentence = new StringBuilder(capitalised(labels))
        .append(one ? " is a protected characteristic" : " are protected characteristics")
        // Not "or harassed": the Act's harassment section leaves out marriage and civil partnership, and pregnancy
        // and maternity; less favourable treatment because of any of the nine can be discrimination.
        .append(" under the Equality Act 2010: being treated less favourably because of ")
        .append(one ? "it" : "them").append(" can be unlawful discrimination.");
    for (Passage section : sections) sentence.append(citations.cite(section(section)));
    return Optional.of(sentence.toString());
  }

  /** Where the legal guide tells of each protected characteristic, under a heading of its name. */
  static final String CHARACTERISTICS = "The protected characteristics > ";

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Writes a written answer as its writers wrote it, cited as theirs, with who can help. */
  Composed written(WrittenAnswers.Written written, List<ContactCard> contacts) {
    CitationList citations = new CitationList();
    Paragraphs text = new Paragraphs();
    text.add(Kind.BODY, written.text().strip() + citations.cite(written.citation()));
    text.contacts("Who can help", contacts);
    return new Composed(text.stripped(), citations.all());
  }

  Composed refusal(List<ContactCard> contacts) {
    String opening = "I can't find a reliable answer to that in the documents I know. "
        + "I answer questions on equality, diversity and inclusion: equality duties, Equality Impact Assessments, "
        + "your organisation's equality objectives, staff networks and who to contact.";
    Paragraphs text = new Paragraphs();
    if (contacts.isEmpty()) {
      text.add(Kind.BODY, opening + " For other questions, please ask the team that runs it, such as HR, IT or payroll; "
          + "for EDI questions, ask " + Contacts.YOUR_EDI_TEAM + '.');
    } else {
      text.add(Kind.BODY, opening);
      text.contacts("For EDI questions I can't answer, ask", contacts);
      text.add(Kind.AFTER_CONTACTS, "For anything else, please ask the team that runs it, such as HR, IT or payroll.");
    }
    return new Composed(text.all(), List.of());
  }

  /**
   * Writes the reply to someone asking for a person whom Signpost cannot reach for them: who to ask, named as a
   * refusal names them.
   */
  Composed referral(List<ContactCard> contacts) {
    String opening = "I can't pass questions on to a person from here: your organisation has not set up Signpost's "
        + "EDI Contacts.";
    Paragraphs text = new Paragraphs();
    if (contacts.isEmpty()) {
      text.add(Kind.BODY, opening + " For EDI questions, ask " + Contacts.YOUR_EDI_TEAM + '.');
    } else {
      text.add(Kind.BODY, opening);
      text.contacts("For EDI questions, ask", contacts);
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

  /**
   * A passage holding a list under its lead-in is quoted whole, or by its list, up to this many times the policy's
   * length: the list's points answer together (see {@link ListQuote}).
   */
  private static final double LIST_LENGTH = 1.6;

  private String quote(Quote quote) {
    Passage passage = quote.hit().passage();
    int listLength = (int) (policy.maxQuoteChars() * LIST_LENGTH);
    int whole = ListQuote.hasList(passage.text()) ? listLength : policy.maxQuoteChars();
    String text = passage.text().length() <= whole ? passage.text()
        : ListQuote.of(passage.text(), quote.snippet().text(), listLength).orElse(quote.snippet().text());
    return HeadingLead.lead(passage) + withoutLeadingFragment(text.strip());
  }

  /**
   * Returns the text without the lines it opens with that start in lower case, when a line follows: the tail of a
   * sentence whose start is elsewhere, as PDF infographics leave them ("equivalent is 3,590" above "Super Users there
   * to sign off ..."), cannot be read alone.
   */
  static String withoutLeadingFragment(String text) {
    String rest = text;
    int newline;
    while ((newline = rest.indexOf('\n')) > 0 && Character.isLowerCase(rest.charAt(0)) && !rest.substring(newline + 1).isBlank()) {
      rest = rest.substring(newline + 1).strip();
    }
    return rest;
  }

  static Citation citation(Quote quote) {
    Passage p = quote.hit().passage();
    return new Citation(p.document().file(), p.document().title(), p.sectionPath(), p.page(), quote.snippet().text());
  }

  static Citation section(Passage p) {
    return new Citation(p.document().file(), p.document().title(), p.sectionPath(), p.page(), p.text());
  }
}
