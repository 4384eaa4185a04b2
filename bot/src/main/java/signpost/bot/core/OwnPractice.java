package signpost.bot.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.Passage;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.Results;
import signpost.knowledge.search.SearchRequest;
import signpost.knowledge.search.TimeSpan;
import signpost.rules.decision.Verdict;

/**
 * Finds what an organisation's own documents say about how it does Equality Impact Assessments (who signs them
 * off, what comes first, which form), for an EqIA answer when no organisation file says so: most organisations
 * bring only their documents. Where the verdict is that no assessment is needed, what the organisation says of when
 * none is needed comes first, since that is the asker's own ground for not doing one. The passage depends only on the
 * organisation and whether one is needed, so it is found once for each and kept for the knowledge's life, not searched
 * again for every EqIA question.
 */
final class OwnPractice {

  private static final String QUERY = "equality impact assessment screening sign off approve form template";
  private static final String NONE_NEEDED = "impact assessment not needed not required no assessment routine minor";
  private static final int DEPTH = 8;
  /** "No IIA needed", "does not need an EqIA", "an assessment is not required": the organisation's word that none is.
   */
  private static final Pattern SAYS_NONE_NEEDED = Pattern.compile(
      "\\b(?:no|not|n't)\\b[^.;:]{0,40}?\\b(?:need|needed|required|require|necessary)\\b", Pattern.CASE_INSENSITIVE);

  private static final String FIRST_STEP_QUERY =
      "first step two stages stage 1 initial screening relevance check part a short form start";
  /** Who signs off, said outright: "are signed off by the Assistant Director", "the Head of Service approves it". */
  private static final Pattern SIGNED_BY = Pattern.compile("(?i)\\b(?:signed off|signed-off|approved|agreed) by\\b"
      + "|\\b(?<!not )(?<!n't )(?:signs?|sign-?offs?) (?:it |them |each |every )?off\\b|\\bapproves\\b");
  /**
   * Signing off said not to be someone's: "Quality assurance is advice: the Equality and Inclusion Officer does not
   * approve or sign off the CIA", which says who does not sign, not who does.
   */
  private static final Pattern NEGATED_SIGN_OFF = Pattern.compile("(?i)\\b(?:not|n't|never|nor)\\b[^.;:]{0,30}"
      + "\\b(?:sign(?:s|ed)?[ -]?off|approves?)\\b");

  /** Returns whether the text says who signs off or approves, leaving out what it says someone does not. */
  private static boolean signedBy(String text) {
    return SIGNED_BY.matcher(NEGATED_SIGN_OFF.matcher(text).replaceAll(" ")).find();
  }

  /** Who may not sign off, all a passage says of it: "Nobody should sign off their own EDHRIA". */
  private static final Pattern NOT_SIGNED_BY = Pattern.compile("(?i)^[^.;:]{0,60}\\b(?:nobody|no one|never)\\b[^.;:]{0,30}"
      + "\\bsign");
  /** What a first step's passage tells: what to fill in or do, and when. */
  private static final Pattern FIRST_STEP_TOLD = Pattern.compile(
      "\\b(?:form|complete|completes|short|first|earliest|start|begin|asks)\\b", Pattern.CASE_INSENSITIVE);

  private final KnowledgeBase knowledge;
  private final AssessmentNames names;
  private final Map<String, Optional<Quote>> found = new ConcurrentHashMap<>();
  private final Map<String, Optional<Quote>> noneNeeded = new ConcurrentHashMap<>();
  private final Map<String, Optional<Quote>> firstSteps = new ConcurrentHashMap<>();
  private final Map<String, Optional<Quote>> timings = new ConcurrentHashMap<>();
  private final Map<String, Optional<Quote>> noesRecorded = new ConcurrentHashMap<>();

  private static final String RECORDING_QUERY = "assessment not needed record the decision reason because log";
  /**
   * How an organisation has a "no" kept: "you must record the decision. Write \u201cAn EqIA is not needed
   * because\u2026\u201d".
   */
  private static final Pattern RECORDS_A_NO = Pattern.compile("(?i)\\brecord (?:the|your|that) decision\\b"
      + "|\\bnot needed because\\b|\\brecord (?:why|the reasons?)\\b");

  /**
   * Returns the organisation's own passage on how a decision that no assessment is needed is kept ("Even when an EqIA is
   * not needed you must record the decision. Write \u201cAn EqIA is not needed because\u2026\u201d ... and log it in the EqIA
   * Library"), if any: what someone told no assessment is needed does next.
   */
  Optional<Quote> recordingANo(String organisation) {
    if (organisation == null) return Optional.empty();
    return noesRecorded.computeIfAbsent(organisation,
        key -> firstSaying(key, RECORDING_QUERY, h -> RECORDS_A_NO.matcher(h.passage().text()).find()));
  }

  private static final String TIMING_QUERY = "timescales how long weeks before decision working days review start deadline";
  /**
   * Asking how long an assessment takes or when to start it: "what's the latest I can start the screening, and how long
   * does the equality team take to look at it?", "how far ahead do I need to do it?".
   */
  private static final Pattern TIMING_ASKED = Pattern.compile("(?i)\\b(?:how long|the latest|how far (?:ahead|in advance|before)"
      + "|how much (?:time|notice)|how many (?:weeks|days)|lead time|turn ?around|in time for|how early|when (?:do|should"
      + "|must|can) (?:i|we) (?:need to |have to |got to )?(?:start|begin|send|submit|get (?:it|this|the \\w+) (?:to|in)"
      + "|hand (?:it|this|the \\w+) in))\\b");
  /** A heading naming timing: "7. Timescales", "Timing", "When to start". */
  private static final Pattern TIMING_HEADING = Pattern.compile("(?i)\\b(?:timescales?|timing|timelines?|deadlines?"
      + "|when to|how long)\\b");

  OwnPractice(KnowledgeBase knowledge, AssessmentNames names) {
    this.knowledge = knowledge;
    this.names = names;
  }

  /**
   * Returns the best passage of the organisation's own documents on how it assesses equality impact, if any: for a
   * verdict that none is needed, its passage on when none is, where it has one.
   */
  Optional<Quote> find(String organisation, Verdict verdict, Results message) {
    if (organisation == null) return Optional.empty();
    Optional<Quote> ownWord = verdict == Verdict.NOT_REQUIRED
        ? listedAsNoneNeeded(organisation, message).or(() -> noneNeeded.computeIfAbsent(organisation, this::searchNoneNeeded))
        : Optional.empty();
    return ownWord.or(() -> found.computeIfAbsent(organisation, this::search));
  }

  /**
   * Returns the best passage the message found of the organisation's own list of what needs no assessment, a passage
   * an item under a heading saying so: the item like the change told ("moving our team rota ... into sharepoint lists
   * ... its just internal" finds "internal admin changes ..., for example moving files to a new system"), where the
   * list's first item found by what such a list is would be another ("routine maintenance and repairs").
   */
  private Optional<Quote> listedAsNoneNeeded(String organisation, Results message) {
    return ownOnAssessment(message, organisation).filter(h -> SAYS_NONE_NEEDED.matcher(h.passage().heading()).find())
        .findFirst().map(hit -> message.quotes(List.of(hit)).get(0));
  }

  /**
   * Returns the organisation's own passage on the first step of its assessment ("The Stage 1 relevance check (form
   * EIA1) is a short screening form ..."), if any: what someone asking what to do, or whether there is a form, does
   * first. A passage under a heading naming the first step comes before one that only mentions it.
   */
  Optional<Quote> firstStep(String organisation) {
    if (organisation == null) return Optional.empty();
    return firstSteps.computeIfAbsent(organisation, this::searchFirstStep);
  }

  /** Returns whether the question asks how long an assessment takes, or how far ahead to start it. */
  static boolean asksTiming(String question) {
    return TIMING_ASKED.matcher(question).find();
  }

  /**
   * Returns the organisation's own passage on how long its assessment takes and how far ahead of a decision to start
   * it ("Start your Stage 1 screening ... at least 8 weeks before the decision ... the team reviews within 10 working
   * days"), if any: a passage telling of days or weeks, under a heading naming timing where one does.
   */
  /** How far ahead an assessment is started: "started at least eight weeks before", "Start ... 12 weeks before". */
  private static final Pattern STARTED_AHEAD = Pattern.compile("(?is)\\bstart\\w*\\b.{0,80}?\\b(?:days|weeks|months)"
      + " before\\b");

  Optional<Quote> timing(String organisation) {
    if (organisation == null) return Optional.empty();
    return timings.computeIfAbsent(organisation, key -> {
      Results results = knowledge.search(new SearchRequest(TIMING_QUERY, key, DEPTH));
      List<Hit> timed = ownOnAssessment(results, key).filter(h -> TimeSpan.in(h.passage().text())).toList();
      // Under a heading on timing, the passage saying how far ahead to start first ("a full Equality Analysis should be
      // started at least eight weeks before the change"), before a part of its table that only goes on from there.
      List<Hit> underHeading = timed.stream().filter(h -> TIMING_HEADING.matcher(h.passage().heading()).find()).toList();
      return underHeading.stream().filter(h -> STARTED_AHEAD.matcher(h.passage().text()).find()).findFirst()
          .or(() -> underHeading.stream().findFirst())
          .or(() -> timed.stream().findFirst())
          .map(hit -> results.quotes(List.of(hit)).get(0));
    });
  }

  /**
   * Returns the lead of the passages a message asking the process for a kind of change found, where it is the
   * organisation's own on how it assesses equality impact ("Cost improvement programme (CIP) schemes use the combined
   * Quality and Equality Impact Assessment (QEIA) template ..." for "whats the equality process for a CIP?"): the
   * process asked about, which the first step of the usual one is not.
   */
  static Optional<Quote> processAsked(String organisation, String question, List<Quote> found, AssessmentNames names) {
    if (organisation == null || found.isEmpty() || !PROCESS_FOR.matcher(question).find()) return Optional.empty();
    Quote lead = found.get(0);
    Passage passage = lead.hit().passage();
    boolean own = !passage.document().builtIn() && organisation.equals(passage.document().organisation());
    // Not a row of a table of examples, which says what kind of change needs what, not how.
    boolean row = passage.text().lines().anyMatch(TableRows::isRow);
    return own && !row && names.about(where(passage) + " " + passage.text()) ? Optional.of(lead) : Optional.empty();
  }

  /** Asking the process for a kind of change: "whats the equality process for a CIP?". */
  private static final Pattern PROCESS_FOR = Pattern.compile("\\bwhat(?:'s|s| is) the (?:[a-z]+ )?process for\\b",
      Pattern.CASE_INSENSITIVE);

  private Optional<Quote> searchFirstStep(String organisation) {
    Results results = knowledge.search(new SearchRequest(FIRST_STEP_QUERY, organisation, 2 * DEPTH));
    // Not a passage that only introduces what follows it ("It asks the following questions:"), quoted without it.
    List<Hit> told = ownOnAssessment(results, organisation)
        .filter(h -> FIRST_STEP_TOLD.matcher(h.passage().text()).find() && !h.passage().text().strip().endsWith(":"))
        .toList();
    Pattern stage = AssessmentNames.FIRST_STAGE;
    Optional<Hit> best = told.stream().filter(h -> stage.matcher(h.passage().heading()).find()).findFirst()
        .or(() -> told.stream().filter(h -> stage.matcher(h.passage().text()).find()).findFirst());
    return best.map(hit -> results.quotes(List.of(hit)).get(0));
  }

  /**
   * A sign-off that applies to some decisions only: "For decisions taken by Cabinet, the EFIA must also be signed off by
   * the relevant Director."
   */
  private static final Pattern CONDITIONAL = Pattern.compile(
      "(?i)^\\s*(?:for|where|if|when)\\b[^.;:]{0,60}?\\b(?:decisions?|proposals?|changes?|reports?)\\b");
  /**
   * A body or member that decides, named in a message: "The decision will be taken by Cabinet in January", "it would go
   * to the cabinet member in October". A member's post and "cabinet" are named so in lower case too; the other words
   * only with their capital, as "the council" is no body deciding.
   */
  private static final Pattern DECIDING_BODY = Pattern.compile("\\b(?:(?i:cabinet member|portfolio holder|lead member"
      + "|executive member|cabinet)|Council|Board|[A-Z][a-z]+ Committee|Committee|Executive|Scrutiny|Panel|Director"
      + "|Chief Executive|Mayor)\\b");
  /** A deciding body named so in lower case as well: the names {@link #DECIDING_BODY} finds in either case. */
  private static final Pattern ANY_CASE_BODY = Pattern.compile("(?i)cabinet(?: member)?|portfolio holder|lead member"
      + "|executive member");
  /** A table's row on a role whose part is to sign: "Role: Cabinet Member; Who: ...; What they do: ...; signs the decision record". */
  private static final Pattern SIGNS = Pattern.compile("(?i)\\b(?:signs?|signed|approves?)\\b");
  private final Map<String, Optional<Quote>> conditional = new ConcurrentHashMap<>();

  /**
   * Returns the organisation's own sign-off for the body a message says decides ("The decision will be taken by Cabinet
   * in January"), where its documents add one to the general sign-off for such decisions ("For decisions taken by
   * Cabinet, the EFIA must also be signed off by the relevant Director"); empty when the message names no such body, or
   * the documents add none for it.
   */
  Optional<Quote> signOffFor(String organisation, String message) {
    if (organisation == null) return Optional.empty();
    Matcher body = DECIDING_BODY.matcher(message);
    if (!body.find()) return Optional.empty();
    String named = ANY_CASE_BODY.matcher(body.group()).matches() ? body.group().toLowerCase(Locale.ROOT) : body.group();
    return conditional.computeIfAbsent(organisation + "\n" + named, key -> searchSignOffFor(organisation, named));
  }

  /**
   * Returns the passage that says what the body signs or who signs off for its decisions: a sentence for such decisions
   * ("For decisions taken by Cabinet, the EFIA must also be signed off by ..."), else the row of a table of who does
   * what whose first cell is the body and that says it signs ("Role: Cabinet Member; Who: Cabinet Member for Public
   * Health and Communities (Cllr Tony Ellwood); What they do: Reads and considers the CIA ...; signs the decision record").
   */
  private Optional<Quote> searchSignOffFor(String organisation, String body) {
    Results results = knowledge.search(new SearchRequest("decisions taken by " + body + " signed off by", organisation, DEPTH));
    Pattern named = Pattern.compile("\\b" + Pattern.quote(body) + "\\b",
        ANY_CASE_BODY.matcher(body).matches() ? Pattern.CASE_INSENSITIVE : 0);
    List<Hit> own = ownOnAssessment(results, organisation).toList();
    return own.stream()
        .filter(h -> CONDITIONAL.matcher(h.passage().text()).find() && signedBy(h.passage().text())
            && named.matcher(h.passage().text()).find())
        .findFirst().map(hit -> results.quotes(List.of(hit)).get(0))
        .or(() -> own.stream().map(h -> signingRow(h, named)).flatMap(Optional::stream).findFirst());
  }

  /** The rows of sign-off found for each organisation and level, or none. */
  private final Map<String, Optional<Quote>> atLevel = new ConcurrentHashMap<>();

  /**
   * Returns the rows of the organisation's own table of who signs off each level for the level named ("Level: Detailed
   * assessment; Completed by: Service manager; Signed off by: Quality Committee" for "Detailed assessment"), if it has
   * them: who signs off the assessment a proposal needs, where the general passage on sign-off says only that someone
   * does.
   */
  Optional<Quote> signOffAt(String organisation, String level) {
    if (organisation == null || level.isBlank()) return Optional.empty();
    return atLevel.computeIfAbsent(organisation + "\n" + level.toLowerCase(Locale.ROOT),
        key -> searchSignOffAt(organisation, level));
  }

  private Optional<Quote> searchSignOffAt(String organisation, String level) {
    Results results = knowledge.search(new SearchRequest(level + " signed off by sign-off approves", organisation, DEPTH));
    // The row's first cell opens with the level ("Detailed assessment", "Level 2 - Full review"), not one that only
    // mentions it ("Initial assessment only (no detailed assessment needed)").
    Pattern named = Pattern.compile("(?i)^\\W*(?:(?:level|tier|stage|part)\\s*\\w{1,2}\\s*[-\u2013\u2014:]\\s*)?"
        + Pattern.quote(level) + "(?!\\w)");
    for (Hit hit : ownOnAssessment(results, organisation).toList()) {
      // Every row of the level: one for each kind of decision it may be ("Part B Full Assessment for an operational
      // decision ...: Director of Operations", "Part B Full Assessment for a Board decision: Board of Trustees").
      List<String> rows = signingRows(hit, named, SIGNING_CELL);
      if (!rows.isEmpty()) return Optional.of(TableRows.rowsOf(hit, String.join("\n", rows)));
    }
    return Optional.empty();
  }

  /** A cell of a row saying who signs or approves: "Signed off by: Quality Committee", "Sign-off: Director". */
  private static final Pattern SIGNING_CELL = Pattern.compile("(?i)(?:^|; )[^;:]{0,40}\\b(?:sign|approv)[^;:]{0,40}: \\S");

  /** Returns the hit quoted by its row on the body, where it is a table's and that row says the body signs. */
  private static Optional<Quote> signingRow(Hit hit, Pattern body) {
    return signingRows(hit, body, SIGNS).stream().findFirst().map(row -> TableRows.rowsOf(hit, row));
  }

  /** Returns the rows of the hit's table whose first cell is {@code first} and that say, by {@code signs}, who signs. */
  private static List<String> signingRows(Hit hit, Pattern first, Pattern signs) {
    return hit.passage().text().lines().filter(line -> rowOf(line, first) && signs.matcher(line).find()).toList();
  }

  /** Returns true when the text is a table's row whose first cell ("Role: Cabinet Member; ...") is the body. */
  private static boolean rowOf(String text, Pattern body) {
    return TableRows.firstCell(text).map(first -> body.matcher(first).find()).orElse(false);
  }

  private Optional<Quote> search(String organisation) {
    Results results = knowledge.search(new SearchRequest(QUERY, organisation, DEPTH));
    List<Hit> own = ownOnAssessment(results, organisation).filter(h -> aboutProcess(h.passage().text())).toList();
    // Who signs off, said under a heading about sign-off ("8. Sign-off: ... The head of department checks and signs"),
    // before a passage that only says who may not ("Nobody should sign off their own EDHRIA").
    List<Hit> signed = own.stream().filter(h -> signedBy(h.passage().text())
        && !NOT_SIGNED_BY.matcher(h.passage().text()).find()).toList();
    Optional<Hit> best = signed.stream().filter(h -> aboutSignOff(h.passage().heading())).findFirst()
        .or(() -> signed.stream().findFirst())
        .or(() -> own.stream().filter(h -> signedBy(h.passage().text())).findFirst())
        .or(() -> own.stream().filter(h -> aboutSignOff(h.passage().text())).findFirst())
        .or(() -> own.stream().findFirst());
    return best.map(hit -> results.quotes(List.of(hit)).get(0));
  }

  private Optional<Quote> searchNoneNeeded(String organisation) {
    // Said in the passage, or by the heading it lists under ("You do not need an EFIA for:").
    return firstSaying(organisation, NONE_NEEDED,
        h -> SAYS_NONE_NEEDED.matcher(h.passage().heading() + "\n" + h.passage().text()).find());
  }

  /** Returns the best passage the query finds of the organisation's own on its assessments that {@code says}, quoted. */
  private Optional<Quote> firstSaying(String organisation, String query, Predicate<Hit> says) {
    Results results = knowledge.search(new SearchRequest(query, organisation, DEPTH));
    return ownOnAssessment(results, organisation).filter(says).findFirst()
        .map(hit -> results.quotes(List.of(hit)).get(0));
  }

  /** Returns the hits of the organisation's own documents that are about assessing equality impact, best first. */
  private Stream<Hit> ownOnAssessment(Results results, String organisation) {
    return results.hits().stream()
        .filter(h -> !h.passage().document().builtIn() && organisation.equals(h.passage().document().organisation()))
        .filter(h -> names.about(where(h.passage()) + " " + h.passage().text()));
  }

  /** Returns the passage's document title and section, which often say what a passage is about when it does not. */
  private static String where(Passage passage) {
    return passage.document().title() + " " + (passage.sectionPath() == null ? "" : passage.sectionPath());
  }

  /**
   * "What do I actually have to do?", "is there a form?", "where do I start?", "is there anything I need to do
   * equality-wise?": asking what to do first.
   */
  private static final Pattern WHAT_TO_DO = Pattern.compile("\\b(?:what (?:do|should|must) (?:i|we) (?:actually )?"
      + "(?:have to |need to |got to |gotta )?do|is there a form|what form|which form|where do (?:i|we) start"
      + "|how do (?:i|we) (?:start|begin|go about)|what are the steps|first step"
      + "|what happens next|what(?:'s|s| is) the (?:[a-z]+ )?process"
      + "|(?:is there )?anything (?:i|we) (?:need|have|must|should|ought) (?:to )?do)\\b", Pattern.CASE_INSENSITIVE);

  /** Returns true when the question asks what to do first, or for the form: an assessment's first step answers it. */
  static boolean asksWhatToDo(String question) {
    return WHAT_TO_DO.matcher(question).find();
  }

  /** Returns true when the passage says who signs off or approves, what a manager most needs from it. */
  private static boolean aboutSignOff(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("sign") || lower.contains("approv");
  }

  /** Returns true when the passage says how it is done, not only that it exists. */
  private static boolean aboutProcess(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : List.of("sign", "approv", "screening", "form", "template", "before", "must", "should")) {
      if (lower.contains(word)) return true;
    }
    return false;
  }
}
