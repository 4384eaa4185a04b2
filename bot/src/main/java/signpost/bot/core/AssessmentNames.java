package signpost.bot.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.index.Acronym;

/**
 * The names organisations give their Equality Impact Assessment, learned from the abbreviations their documents
 * define: "Equality Impact and Needs Assessment (EINA)", "Equality and Health Inequalities Impact Assessment (EHIA)",
 * "People Impact Assessment (PIA)". Someone who asks "do I need an EINA?" asks whether an EqIA is needed, and a
 * passage on "the full EINA" is about assessing equality impact. An assessment of something else ("Quality Impact
 * Assessment (QIA)", "Data Protection Impact Assessment (DPIA)") is not one; one of quality and equality together ("Quality and
 * Equality Impact Assessment (QEIA)") is.
 */
final class AssessmentNames {

  /**
   * A long form naming an assessment, analysis, review or screen of impact ("Equality Impact Review (EIR)", "Equality and
   * Diversity Impact Screen (EDIS)"), or an assessment of
   * equality or of due regard by another name: "Equality and Due Regard Assessment (EDRA)"; or a check of them a first
   * stage makes: "Equality Impact Checklist (EIC)", "Quick Equality Check (QEC)", "Equality Screening Tool (EST)",
   * "Fairness and Inclusion Check (FIC)"; or the
   * full one written as a statement: "Full Equality Statement (FES)", not a yearly "Equality Statement".
   */
  private static final Pattern ASSESSMENT = Pattern.compile("\\bimpact\\b.*\\b(?:assessment|checklist|review|screen|screening)\\b"
      + "|\\banalysis\\b"
      + "|\\b(?:equality|equalities|due regard|fairness|inclusion|equity)\\b.*\\b(?:assessment|checklist|check|screening|screen)\\b"
      + "|\\b(?:full|detailed) (?:equality|equalities) statement\\b");
  /**
   * What the assessment is of: people and equality ("Customer Impact Assessment (CIA)" of a leisure trust's customers),
   * not quality, data or the environment.
   */
  private static final Pattern OF_PEOPLE = Pattern.compile(
      "\\b(?:equality|equalities|people|integrated|community|inclusion|diversity|fairness|needs|customers?|residents?"
      + "|citizens?|passengers?|service users?)\\b");
  private static final Pattern OF_SOMETHING_ELSE = Pattern.compile(
      "\\b(?:quality|data|privacy|environmental|environment|safety|risk|carbon|climate|sustainability|financial)\\b");
  /** Equality named outright: "Quality and Equality Impact Assessment (QEIA)" assesses equality, with quality. */
  private static final Pattern EQUALITY = Pattern.compile("\\bequalit(?:y|ies)\\b");
  /**
   * An assessment's first stage as organisations name it: "screening", "Screen first", "initial EINA", "Stage 1 relevance
   * check", "Relevance Test", "Step 1", "Part A", "Short check", "quick assessment", "quick review", "Equality Impact
   * Check" (before a full assessment), "light-touch assessment", "rapid HEEA", "pre-assessment check".
   */
  static final Pattern FIRST_STAGE = Pattern.compile(
      "(?i)\\b(?:screen(?:ing|ed)?|initial|stage (?:1|one)|step (?:1|one)|part a|relevance (?:check|test)|checklist"
      + "|(?:quick|short) (?:equality )?(?:check|assessment|review)|(?:equality )?impact check|light[- ]touch|rapid"
      + "|pre-?assessment)\\b");
  /** The names every organisation's documents are read with already. */
  private static final List<String> KNOWN = List.of("eqia", "eia");

  private static final AssessmentNames NONE = new AssessmentNames(List.of());

  private final List<Acronym> names;
  /** Each short name's long form, and the short names as whole words (as written); null when there are none. */
  private final Map<String, String> longForms;
  private final Pattern shortNames;
  /** The short forms and long forms, as whole words, with a plural "s"; null when there are none. */
  private final Pattern written;

  private AssessmentNames(List<Acronym> names) {
    this.names = List.copyOf(names);
    Map<String, String> longForms = new HashMap<>();
    for (Acronym name : names) longForms.putIfAbsent(name.shortForm(), name.longForm());
    this.longForms = Map.copyOf(longForms);
    this.shortNames = longForms.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|",
        longForms.keySet().stream().map(Pattern::quote).toList()) + ")\\b");
    List<String> alternatives = new ArrayList<>();
    for (Acronym name : names) {
      alternatives.add(Pattern.quote(name.longForm()).replace(" ", "\\E\\s+\\Q"));
      alternatives.add(Pattern.quote(name.shortForm()));
      alternatives.addAll(spoken(name.longForm()));
    }
    this.written = alternatives.isEmpty() ? null
        : Pattern.compile("\\b(?:" + String.join("|", alternatives) + ")s?\\b", Pattern.CASE_INSENSITIVE);
  }

  /**
   * Returns the shorter ways staff say a long name of three words or more, as patterns: its first and last words where
   * the first says whom or what it is of, and "impact" and its last word ("equality review", "impact review" for
   * "Equality and Access Impact Review"), which are no change to review; not "quality assessment" for a "Quality and
   * Equality Impact Assessment", nor "impact assessment", which may be of data protection.
   */
  private static List<String> spoken(String longForm) {
    String[] words = longForm.strip().split("\\s+");
    if (words.length < 3) return List.of();
    String last = Pattern.quote(words[words.length - 1]);
    List<String> spoken = new ArrayList<>();
    String first = words[0].toLowerCase(Locale.ROOT);
    if (OF_PEOPLE.matcher(first).matches() && !OF_SOMETHING_ELSE.matcher(first).find()) {
      spoken.add(Pattern.quote(words[0]) + "\\s+" + last);
    }
    String end = words[words.length - 1].toLowerCase(Locale.ROOT);
    if (!words[0].equalsIgnoreCase("impact") && !end.startsWith("assessment")) spoken.add("impact\\s+" + last);
    return spoken;
  }

  /** Returns the names the knowledge's documents define for an Equality Impact Assessment. */
  static AssessmentNames of(KnowledgeBase knowledge) {
    return of(knowledge.acronyms());
  }

  static AssessmentNames of(List<Acronym> acronyms) {
    List<Acronym> names = acronyms.stream().filter(AssessmentNames::namesAnAssessmentOfPeople).toList();
    return names.isEmpty() ? NONE : new AssessmentNames(names);
  }

  private static boolean namesAnAssessmentOfPeople(Acronym acronym) {
    String longForm = acronym.longForm().toLowerCase(Locale.ROOT);
    return !KNOWN.contains(acronym.shortForm().toLowerCase(Locale.ROOT)) && ASSESSMENT.matcher(longForm).find()
        && OF_PEOPLE.matcher(longForm).find()
        && (!OF_SOMETHING_ELSE.matcher(longForm).find() || EQUALITY.matcher(longForm).find());
  }

  /** Returns the names learned, as the documents define them. */
  List<Acronym> names() {
    return names;
  }

  /**
   * Returns the text with each of the organisations' own short names for its assessments written out ("Level 1 - EDIS" is
   * "Level 1 - Equality and Diversity Impact Screen", "Level 2 - FEAR" is "Level 2 - Full Equality Analysis Record"),
   * so that what the long name says of its stage is read.
   */
  String spelledOut(String text) {
    if (shortNames == null) return text;
    return shortNames.matcher(text).replaceAll(m -> Matcher.quoteReplacement(longForms.get(m.group())));
  }

  /** Returns the text with each of the organisations' own names for an EqIA written as "EqIA", as the rules know it. */
  String asEqia(String text) {
    return written == null ? text : written.matcher(text).replaceAll("EqIA");
  }

  /** Returns whether the text names an EqIA by one of the organisations' own names. */
  boolean named(String text) {
    return written != null && written.matcher(text).find();
  }

  /**
   * An assessment of impact by the names every organisation's documents are read with: "impact assessment", "EqIA",
   * "EIA", "equality analysis", or an abbreviation in capitals ending in IA ("EHIA", "PIA").
   */
  private static final Pattern ANY_NAME = Pattern.compile("(?i:\\bimpact assessments?\\b|eqia|\\beias?\\b"
      + "|equality analysis)|\\b[A-Z]*(?:IA|EqIA)s?\\b");

  /** Returns whether the text is about assessing equality impact, by any name an organisation gives it. */
  boolean about(String text) {
    return ANY_NAME.matcher(text).find() || named(text);
  }
}
