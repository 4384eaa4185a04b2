package signpost.bot.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.bot.core.Thresholds.Unit;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.Passage;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.Results;
import signpost.knowledge.search.SearchRequest;
import signpost.knowledge.search.Snippet;
import signpost.rules.decision.Verdict;
import signpost.rules.facts.OwnExample;
import signpost.rules.features.Activity;
import signpost.rules.features.FeatureRecogniser;
import signpost.rules.features.Frequencies;

/**
 * Finds the row of an organisation's own table of examples that names a proposal like the one asked about, and what
 * the table says is needed for it: "Example: Recruiting to a vacant post on the same band and job description
 * (like-for-like replacement); EQIA needed?: No", "Proposal: Reducing the opening hours of a library; Stage 1 relevance
 * check?: Yes; Stage 2 full EIA?: Usually yes". Guidance on impact assessments often has such a table; its row is the
 * asker's own ground for the verdict and is quoted with it. The rows are searched for once for each organisation, as
 * a proposal's own words seldom rank a table of examples; those among the passages found for the question join them.
 */
final class OwnExamples {

  /**
   * A row of the organisation's table, quoted alone, the verdict it gives, whether it is like the proposal in its words,
   * not only of the same kind of change, and whether it (or its level's cell of a table of thresholds) holds one of the
   * proposal's figures within a bound of its own.
   */
  record Example(Quote quote, Verdict verdict, boolean alike, boolean boundsTheFigure) {

    /** Returns the fact the rules weigh. */
    OwnExample fact() {
      return new OwnExample(verdict, quote.hit().passage().document().id(), alike, boundsTheFigure);
    }
  }

  /** A cell of a row as passages write table rows: "Header: value", cells joined by "; ". */
  private static final Pattern CELL = Pattern.compile("(?:^|; )([^;:]{1,80}?): ([^;]*)");
  /** A header asking whether an assessment is needed: "EQIA needed?", "What is needed", "What it needs", "Stage 2 full EIA?". */
  private static final Pattern NEED_HEADER = Pattern.compile("(?i)\\bneed(?:s|ed)?\\b|\\brequired\\b|\\?\\s*$"
      // "What to complete: Part A only", "Level of assessment: ...", "Level: Checklist only"; not the level of an impact
      // or a risk ("Impact level: None" of a characteristic)
      + "|\\bto complete\\b|^(?!.*\\b(?:impact|risk|priority)\\b).*\\blevel\\b");
  private static final Pattern NONE = Pattern.compile("(?i)^(?:no|not|none|n/a)\\b");
  private static final Pattern HEDGED = Pattern.compile("(?i)^\\W*(?:usually|possibly|maybe|may|might|depends|sometimes)\\b");
  /**
   * A full assessment as tables name it: "Full EqIA", "Stage 2", "Part B", "Detailed Review", "an in-depth assessment",
   * "Comprehensive HEEA".
   */
  private static final Pattern FULL = Pattern.compile("(?i)\\b(?:full|stage 2|part b|always|detailed|in[- ]depth"
      + "|comprehensive)\\b");
  private static final Pattern YES = Pattern.compile("(?i)^\\W*yes\\b");
  /** A first stage and a full one named together, both needed: "stage 1 screening and stage 2 full EHIA". */
  private static final Pattern BOTH = Pattern.compile("(?i)\\b(?:and|plus)\\b|\\+");
  /** A full stage named as one that may follow: "screen first, then a full EIA if impacts are found". */
  private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\b(?:if|where|when|may|might|could|usually|possibly"
      + "|then|likely|unless)\\b");
  /** A cell naming an assessment to do: "QEIA, approved by the QEIA Panel", "An equality impact assessment". */
  private static final Pattern NAMED_ASSESSMENT = Pattern.compile("^\\W*(?:\\p{Lu}{1,4}IA\\b"
      + "|(?i:an?\\s+)?(?i:[a-z]+\\s+){0,3}(?i:impact\\s+)(?i:assessment|analysis)\\b)");
  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
  /** Words a proposal of any kind says: two rows sharing only these are not alike. */
  private static final Set<String> COMMON = Set.of("chang", "servi", "propo", "polic", "which", "there", "their",
      "about", "other", "where", "from", "with", "that", "this", "have", "will", "more", "less", "what", "when",
      "need", "needs", "neede", "asses", "impac", "equal", "examp", "inclu", "includ", "such", "into", "them", "they",
      "some", "only", "also", "does", "doing", "would", "could", "should", "under", "over", "than", "team", "staff",
      // What a like-for-like change keeps, which its kind already says: "in the same spot", "on the same terms".
      "same");
  /** The assessment's form asked for ("do I need an assessment form for that?", "some kind of equality form"). */
  private static final Pattern ITS_FORM = Pattern.compile("(?i)\\b(?:assessment|equality|equalities|impact|eqia|eia"
      + "|screening|review)\\s+forms?\\b");
  /** How much of a row's example a question must share, and at least how many words, for the row to be its own. */
  private static final double SHARED = 0.4;
  private static final int AT_LEAST = 2;

  /**
   * How many telling words a row found by its words must share with a question to be like the proposal on words alone:
   * two are often chance ("clinic" and "commissioner" of "clinical, commissioning or HR").
   */
  private static final int ALIKE_BY_WORDS = 3;

  /** What an organisation's table of examples says, searched for once: its rows wherever a question's words fall. */
  private static final String ROWS_QUERY = "example proposal needed required yes no screen first full stage initial";
  private static final int ROWS_DEPTH = 60;

  private final KnowledgeBase knowledge;
  private final AssessmentNames names;
  private final FeatureRecogniser recogniser;
  /** Each organisation's rows of examples, with the hit each is of: found once for the knowledge's life. */
  private final Map<String, List<Row>> rows = new ConcurrentHashMap<>();
  /** The kinds of change each example names, as the rules read a question; rows are the knowledge's, so few. */
  private final Map<String, Set<Activity>> kinds = new ConcurrentHashMap<>();
  /** The bounds of each row, by its text: read once, held against every question that tells a figure. */
  private final Map<String, List<Thresholds.Bound>> bounds = new ConcurrentHashMap<>();

  OwnExamples(KnowledgeBase knowledge, AssessmentNames names, FeatureRecogniser recogniser) {
    this.knowledge = knowledge;
    this.names = names;
    this.recogniser = recogniser;
  }

  /**
   * A row of a table of examples, the hit whose passage holds it, and the verdict it gives; for a level's cell of a table
   * of thresholds, the telling words of each clause of its measure's row that gives a level whatever the figure.
   */
  private record Row(Hit hit, String text, Verdict verdict, String example, Set<String> words,
                     List<Set<String>> alternatives, Set<String> all, Set<String> kept, List<Set<String>> named,
                     boolean level, List<Set<String>> whateverTheFigure) {

    static Row of(Hit hit, String text, Verdict verdict) {
      return of(hit, text, verdict, OwnExamples.example(text), false, List.of());
    }

    /**
     * A row whose example may not be its first cell's value: a level's cell of a table of thresholds, with its measure,
     * is of a level, not of a kind of change.
     */
    static Row of(Hit hit, String text, Verdict verdict, String example, boolean level,
                  List<Set<String>> whateverTheFigure) {
      List<Set<String>> alternatives = new ArrayList<>();
      // An alternative of fewer words ("Moving a clinic" of "Moving a clinic or service to another site") is a
      // fragment, which a question shares all of by chance ("renaming the Clinical Coding team and moving it").
      for (String alternative : OwnExamples.alternatives(example)) {
        Set<String> words = stems(alternative);
        if (words.size() >= ALTERNATIVE_WORDS) alternatives.add(words);
      }
      if (alternatives.size() < 2) alternatives.clear();
      // A table whose first column names a type of change may give instances of it in a column of its own ("Type of
      // change: Introducing an online route alongside face-to-face routes; Examples: An online form for bulky waste
      // collections or Blue Badge renewals, ..."): a question in its own words is as often like those.
      for (String instances : instances(text)) {
        alternatives.add(stems(instances));
        for (String alternative : LISTED.split(instances)) {
          Set<String> words = stems(alternative);
          if (words.size() >= ALTERNATIVE_WORDS) alternatives.add(words);
        }
      }
      // The telling words of the example and of the instances it gives, read once for every question held against it.
      Set<String> exampleWords = stems(example);
      Set<String> all = new HashSet<>(exampleWords);
      alternatives.forEach(all::addAll);
      // The instances its example names in brackets ("Changing the day or time of a regular event or group (e.g.
      // Rhymetime, Knit and Natter)"): a question naming one wholly is of the row, though it shares one word with it.
      List<Set<String>> named = new ArrayList<>();
      Matcher given = GIVEN_INSTANCES.matcher(example);
      while (given.find()) {
        for (String instance : LISTED.split(given.group(1))) {
          Set<String> words = stems(instance);
          if (!words.isEmpty() && words.size() <= NAMED_WORDS) named.add(words);
        }
      }
      return new Row(hit, text, verdict, example, exampleWords, List.copyOf(alternatives), Set.copyOf(all),
          OwnExamples.kept(text), List.copyOf(named), level, List.copyOf(whateverTheFigure));
    }

    /** Returns whether the question names wholly one of the instances the example names in brackets. */
    boolean namedIn(Set<String> asked) {
      return named.stream().anyMatch(instance -> sharedCount(asked, instance) == instance.size());
    }

    /**
     * Returns the share of the example's telling words the question shares, or of one of the alternatives it lists
     * ("Changing ward visiting hours or the rules on who may accompany a patient"), whichever is more; 0 when too few.
     */
    double sharedWith(Set<String> asked) {
      double share = shared(asked, words);
      for (Set<String> alternative : alternatives) share = Math.max(share, shared(asked, alternative));
      return namedIn(asked) ? Math.max(share, NAMED_SHARE) : share;
    }
  }

  /** Instances an example names in brackets: "(e.g. Rhymetime, Knit and Natter)", "(for example large print)". */
  private static final Pattern GIVEN_INSTANCES = Pattern.compile("(?i)\\((?:e\\.?g\\.?|for example|such as|including)"
      + ",?\\s+([^)]+)\\)");
  /** How many telling words an instance named in brackets may have: a name, not a description. */
  private static final int NAMED_WORDS = 3;
  /** How much of a row a question naming one of its instances shares: enough to be its row, less than most of it. */
  private static final double NAMED_SHARE = 0.5;

  /** How many telling words an alternative of an example needs to be matched on its own. */
  private static final int ALTERNATIVE_WORDS = 3;

  /** What follows "or" in a bound, which parts no alternatives: "10 hours a week or more", "2 weeks or less". */
  private static final String OR_A_BOUND = "(?:more|less|fewer|over|above|under|longer|shorter|higher|lower)\\b";
  /** Where an example lists alternatives: "Closing a ward, reducing beds, or closing a service overnight". */
  private static final Pattern ALTERNATIVES = Pattern.compile(",\\s*(?:or\\s+)?|\\s+or\\s+(?!" + OR_A_BOUND + ")");

  /** Returns the organisation's rows of examples, searched for the first time it is asked about. */
  private List<Row> rowsOf(String organisation) {
    return rows.computeIfAbsent(organisation, org -> {
      List<Row> found = new ArrayList<>(rowsIn(org, knowledge.search(new SearchRequest(ROWS_QUERY, org, ROWS_DEPTH))));
      // And its table of thresholds, whose rows speak of measures and bounds, not of examples: "Measure: Change in fees;
      // No further analysis: Less than 3%; Proportionate EA: 3% to 10%; ...".
      for (Row row : rowsIn(org, knowledge.search(new SearchRequest(THRESHOLDS_QUERY, org, ROWS_DEPTH)))) {
        if (row.level() && found.stream().noneMatch(known -> known.text().equals(row.text()))) found.add(row);
      }
      return List.copyOf(found);
    });
  }

  /** What an organisation's table of thresholds says, searched for once: a level for each bound on each measure. */
  private static final String THRESHOLDS_QUERY = "measure threshold level fewer than more than or more less than under over";

  private List<Row> rowsIn(String organisation, Results results) {
    List<Row> found = new ArrayList<>();
    for (Hit hit : results.hits()) {
      Passage passage = hit.passage();
      // Only a table's passage has rows: cells "Header: value" joined by "; ", looked for before anything dearer.
      if (passage.document().builtIn() || !passage.text().contains("; ")
          || !organisation.equals(passage.document().organisation())) {
        continue;
      }
      if (!names.about(passage.document().title() + " " + passage.sectionPath() + " " + passage.text())) continue;
      for (String line : passage.text().split("\n")) {
        if (!line.contains("; ")) continue;
        List<Row> byLevel = byLevel(hit, line);
        if (!byLevel.isEmpty()) {
          found.addAll(byLevel);
          continue;
        }
        // "Level needed: Level 1 - EDIS": the level by what its name says it is, a screen.
        verdict(line, names::spelledOut).ifPresent(v -> found.add(Row.of(hit, line, v)));
      }
    }
    return found;
  }

  /** The first header of a table of thresholds, over what each row measures: "Measure", "Factor", "Threshold". */
  private static final Pattern MEASURE_HEADER = Pattern.compile("(?i)^\\W*(?:what (?:you |we )?(?:measure|count)\\b|(?:measure"
      + "|factor|threshold|criteri(?:on|a)|trigger|indicator)s?\\b)");
  /** A figure in a cell. */
  private static final Pattern A_FIGURE = Pattern.compile("\\d");
  /** A cell that sets no bound: "-", "n/a". */
  private static final Pattern NO_BOUND = Pattern.compile("^[\\s\u2013\u2014-]*$");

  /**
   * Returns a row of a table of thresholds with one column for each level ("Measure: Clinic sessions a week; No HEEA
   * needed: No change to sessions; Rapid HEEA: 1 or 2 clinic sessions a week reduced ...; Comprehensive HEEA: 3 or more
   * ..."), as one row for each level a proposal may meet: "Measure: Clinic sessions a week; Rapid HEEA: 1 or 2 ...",
   * like a proposal by its measure and that level's cell, giving that level; a level's cell setting no bound ("None",
   * "No change to sessions", "-") is no row. Empty when the line is no such row, its headers naming fewer than two
   * levels.
   */
  private List<Row> byLevel(Hit hit, String line) {
    Matcher cell = CELL.matcher(line);
    List<String[]> cells = new ArrayList<>();
    while (cell.find()) cells.add(new String[] {cell.group(1).strip(), cell.group(2).strip()});
    if (cells.size() < 3 || !MEASURE_HEADER.matcher(cells.get(0)[0]).find()) return List.of();
    String measure = cells.get(0)[0] + ": " + cells.get(0)[1];
    List<Set<String>> whateverTheFigure = whateverTheFigure(line);
    Set<Verdict> levels = EnumSet.noneOf(Verdict.class);
    List<Row> rows = new ArrayList<>();
    for (String[] level : cells.subList(1, cells.size())) {
      Verdict named = said(level[0], names.spelledOut(level[0]));
      if (named == null) continue;
      levels.add(named);
      // "No change to sessions" sets no bound; "No centre closed, and opening hours cut by less than 4 hours a week" does.
      if (NO_BOUND.matcher(level[1]).matches() || NONE.matcher(level[1]).find() && !A_FIGURE.matcher(level[1]).find()) {
        continue;
      }
      rows.add(Row.of(hit, measure + "; " + level[0] + ": " + level[1], named, cells.get(0)[1] + " " + level[1], true,
          whateverTheFigure));
    }
    return levels.size() < 2 ? List.of() : rows;
  }

  /**
   * Returns the row of the organisation's own examples most like the question, if one is alike enough: one sharing
   * enough of its words, the most first; else one naming a kind of change the question describes too ("start
   * charging £1.50 a head" is "Introducing a charge"), read as the rules read a question, and no lesser kind ("with
   * the same provider") the question does not.
   */
  Optional<Example> find(String organisation, String question, Set<Activity> activities, Results results) {
    if (organisation == null) return Optional.empty();
    // The rows found for this question first, as its search ranked them, then those of the organisation's search for
    // its examples, which a proposal's words may not reach.
    List<Row> candidates = new ArrayList<>(rowsIn(organisation, results));
    candidates.addAll(rowsOf(organisation));
    if (candidates.isEmpty()) return Optional.empty();
    // The assessment's form asked for is no word of the change ("a new monitoring form" is not "an assessment form").
    Set<String> asked = stems(ITS_FORM.matcher(question).replaceAll("assessment"));
    Set<String> kept = kept(question);
    Map<Unit, Double> told = Thresholds.told(question);
    // Opening hours told by the times ("closing 30 mins earlier on fridays", "4pm not 4.30"), as tables name them.
    if (HOURS_TOLD.matcher(question).find()) asked.addAll(stems("opening hours"));
    // A time moved, told by the minutes ("finish at 3.10 instead of 3.00"), as tables name it: "the start or finish time".
    if (told.containsKey(Unit.MINUTES)) asked.addAll(stems("start finish time minutes"));
    // How often a service runs, told by its intervals ("from every 30 mins to every hour", "hourly in the evenings"), as
    // tables name it: "Changing a route's frequency".
    if (Frequencies.told(question)) asked.addAll(stems("frequency"));
    // More hours, no staff on, a new supplier, one day only: as tables name them ("Adding", "unstaffed", ...).
    for (Told change : TOLD_AS_TABLES_NAME_IT) if (change.said().matcher(question).find()) asked.addAll(change.named());
    List<String> acronyms = acronyms(question);
    Set<Activity> described = specific(activities);
    // The change itself, beside money to be saved (why it is made) and all else said to stay the same ("rest of the
    // week stays the same"), which a row of what the change is seldom names.
    Set<Activity> made = EnumSet.noneOf(Activity.class);
    made.addAll(described);
    Set<Activity> besides = EnumSet.of(Activity.BUDGET_SAVING, Activity.COSMETIC_CHANGE);
    if (!besides.containsAll(made)) made.removeAll(besides);
    Row best = null;
    double bestShare = 0;
    int bestKinds = 0;
    if (!told.isEmpty()) candidates.removeIf(row -> !Thresholds.fit(boundsOf(row), told));
    // A level's cell of a table of thresholds is of a proposal by the figure it bounds, not by the measure's words alone
    // ("Clinic sessions a week; Rapid HEEA: 1 or 2 ..." is of any change to sessions, whichever its level), and only
    // where no row of a kind of change is like the proposal, by its words or by its kind: "A pilot of 12 weeks or less
    // affecting fewer than 500 people on probation" before "People on probation affected; Level 2: 150 or more people on
    // probation (500 or more for a pilot ...)".
    candidates.removeIf(row -> row.level() && Thresholds.bounded(boundsOf(row), told) == 0);
    boolean byWords = false;
    for (boolean levels : new boolean[] {false, true}) {
      if (levels) {
        best = sameKind(described, asked, told, candidates);
        if (best != null) break;
      }
      for (Row row : candidates) {
        if (row.level() != levels) continue;
        // A row only of a lesser kind of change than the proposal ("fees going up by no more than the CPI rate" for free
        // hall hire ended) is not its row whatever words they share.
        Set<Activity> kinds = kindsOf(row);
        if (!described.isEmpty() && lesserOnly(kinds) && bothName(kinds, described).isEmpty()) continue;
        double share = row.sharedWith(spelledOut(changed(asked, kept, row), acronyms, row.example()));
        // A level's cell is like the proposal by the figures it bounds, before its words: "it affects 70 staff" and "Staff
        // affected; Comprehensive EHA: 50 or more staff".
        if (levels) share += Thresholds.bounded(boundsOf(row), told);
        if (share == 0) continue;
        // Of rows sharing as much, the one naming the kinds of change the question describes: "Renaming a team" before
        // "Moving a clinic" for "renaming our team ... and moving us onto a new cost centre".
        int both = bothName(kinds, described).size();
        if (share > bestShare || share == bestShare && both > bestKinds) {
          bestShare = share;
          bestKinds = both;
          best = row;
        }
      }
      if (best != null) {
        byWords = true;
        break;
      }
    }
    if (best == null) return Optional.empty();
    // Like the proposal: sharing what it is about, and of every kind of change it describes ("merging with the benefits
    // admin team, 14 posts" and "A restructure affecting fewer than 20 posts; Examples: Merging two small teams"), or in
    // several words where it describes one kind of change at most ("another round of the small community grants" and
    // "Examples: A new round of community grants"); not "not renewing the contract for the lymphoedema clinic" and "A
    // new or revised ICB policy (clinical, commissioning or HR)", which share two words by chance and no kind, nor
    // closing a travel shop and moving it online and "Closing the travel shop ... at 5pm instead of 6pm".
    // A figure told and held by the row's bound is shared as a word is ("120 people a day", "200 passengers a day or fewer").
    // An abbreviation shares the words it stands for ("the AP manager" of "approved premises house rules").
    int bounded = Thresholds.bounded(boundsOf(best), told);
    int sharedWords = sharedCount(spelledOut(asked, acronyms, best.example()), best.all());
    int shared = sharedWords + bounded;
    // A row on opening hours is of any change to them told by the times: "close the front desk at 3pm on fridays instead
    // of 5" and "A change to the office opening hours", though the one reads as a cut and the other as a change.
    boolean hoursBoth = onHours(best.example()) && onHours(question);
    // The one row of the one kind of change described, sharing a word with it: "putting on a one-day networking event"
    // and "Running a one-off event, workshop or surgery".
    Row chosen = best;
    boolean onlyOfItsKind = made.size() == 1 && kindsOf(best).equals(made) && shared >= 1
        && candidates.stream().filter(row -> kindsOf(row).containsAll(made)).map(Row::text).distinct()
            .allMatch(text -> text.equals(chosen.text()));
    // A level's cell bounding the proposal's figure is the organisation's own line for it.
    boolean alike = (best.level() || onlyOfItsKind || shared >= AT_LEAST && (kindsOf(best).containsAll(made) || hoursBoth)
        || byWords && shared >= ALIKE_BY_WORDS && made.size() <= 1
        // Or in several words and within the bound of its figure, whatever else it seems to describe: "shutting the
        // phones on weds afternoons for 3 weeks so everyone can do the new system training" and "Closing the ... phone
        // lines on Wednesday afternoons for three weeks for staff training; ... no more than 4 weeks".
        || byWords && bounded >= 1 && sharedWords >= ALIKE_BY_WORDS)
        // A row that screens first and names the full assessment to follow where the screening finds an impact ("Yes -
        // screening, then a full PIA if the screening finds any potential impact") leaves the full one to what the
        // triggers find; one that names the first stage alone ("Initial screening") draws the line itself.
        && !(best.verdict() == Verdict.SCREENING && fullToFollow(best.text()))
        // A row on opening hours is like a proposal on hours only: "close the travel shop ... altogether" is no
        // "Closing the travel shop ... at 5pm instead of 6pm".
        && (!onHours(best.example()) || onHours(question))
        // A change less than it seems is like no row of a greater one: a couch replaced at the MIU by the same model is
        // no "Closing, merging or relocating a clinic, base, minor injuries unit".
        && !(lesserOnly(made) && !LESSER.containsAll(kindsOf(best)));
    // The level is the highest any row of the table of thresholds reaches ("Where more than one row applies, the highest
    // level reached in any row wins"): a level's cell bounding one of the proposal's figures at a higher level than the
    // row chosen is the proposal's own line ("620 households" and "Households affected; Full EPIA: 500 or more
    // households" beside "Ending payment by cheque (about 310 households pay this way): EPIA initial check").
    // Not over a row whose own bound holds the figure ("A pilot of 12 weeks or less affecting fewer than 500 people"), which
    // drew the line for it; nor from a cell that puts its bound under a condition ("£100,000 or more, only if the money
    // changes a service", "150 or more (500 or more for a pilot ...)"), which the figure alone does not meet.
    // (Every level's cell still among the candidates bounds one of the proposal's figures: the others were set aside.)
    // A level's own cell holding the figure draws the line for that measure only: the other measures' cells still weigh.
    Row chosenRow = best;
    Optional<Row> higher = bounded > 0 && !best.level() ? Optional.empty() : candidates.stream()
        .filter(row -> row.level() && row.verdict().compareTo(chosenRow.verdict()) > 0
            && !QUALIFIED.matcher(row.text()).find())
        .max(Comparator.comparing(Row::verdict));
    if (higher.isPresent()) {
      best = higher.get();
      alike = true;
    }
    // A level's cell of the table of thresholds, at the level of the row chosen, that holds one of the proposal's figures:
    // "Change to a fee or charge we set locally; No CIA needed: Less than 5%" for a licence fee going up by 4%, beside
    // "Update the national premises licence fee ...: No CIA needed".
    Row chosenLine = best;
    Optional<Row> line = candidates.stream()
        .filter(row -> row.level() && row.verdict() == chosenLine.verdict() && holds(row, told, asked)).findFirst();
    // Where a row saying none is needed is not like the proposal, that cell is quoted in its place, as the line drawn for
    // it (a row that screens first stays as it was: its word does not lower what the triggers require).
    if (!alike && line.isPresent() && best.verdict() == Verdict.NOT_REQUIRED) {
      best = line.get();
      alike = true;
    }
    // The row chosen, or that cell, holds a figure under no condition ("Under £20,000, unless the service is used mainly
    // by disabled or older people" may not hold it): the organisation's own line for the proposal.
    boolean boundsTheFigure = holds(best, told, asked) || line.isPresent();
    return Optional.of(new Example(new Quote(rowHit(best.hit(), best.text()), new Snippet(best.text(), List.of())),
        best.verdict(), alike, boundsTheFigure));
  }

  /**
   * Returns whether the row holds one of the figures told within a bound of its own, under no condition, its measure
   * raising no level whatever the figure ("Full EICIA: 40 or more, or any staff asked to move their work base to a
   * different island, however few" leaves "Fewer than 10" no line of its own).
   */
  private boolean holds(Row row, Map<Unit, Double> told, Set<String> asked) {
    return Thresholds.bounded(boundsOf(row), told) > 0 && !QUALIFIED.matcher(row.text()).find()
        && row.whateverTheFigure().stream().noneMatch(words -> sharedCount(asked, words) > 0);
  }

  /**
   * Returns the telling words of each clause of a measure's row that applies whatever the figure ("or any staff asked
   * to move their work base to a different island, however few"): the level it gives is the proposal's only where the
   * proposal speaks of what the clause does ("the 5 lads based there would move to the Hestavoe depot").
   */
  private static List<Set<String>> whateverTheFigure(String line) {
    List<Set<String>> conditions = new ArrayList<>();
    for (String clause : CLAUSES.split(line)) {
      Matcher whatever = WHATEVER_THE_FIGURE.matcher(clause);
      if (!whatever.find()) continue;
      Set<String> words = stems(whatever.replaceAll(" "));
      if (!words.isEmpty()) conditions.add(words);
    }
    return conditions;
  }

  /** Where a row's cells, sentences and alternatives part: "; ", ". ", ": ", " or ", ", or ". */
  private static final Pattern CLAUSES = Pattern.compile(";\\s*|\\.\\s+|,?\\s+or\\s+|:\\s+");

  /** A level's cell that applies whatever the figure: "however few", "however many sailings change", "always". */
  private static final Pattern WHATEVER_THE_FIGURE = Pattern.compile("(?i)\\bhowever (?:few|many|small|short|little"
      + "|much)\\b|\\balways\\b|\\bregardless\\b|\\bwhatever (?:the|its)\\b");

  /**
   * Opening hours changed, told by the times: "closing 30 mins earlier", "open an hour later", "close at 4 instead of 5",
   * "shut the bus station at half 10 instead of 11pm", "at 3pm on fridays instead of 5", "4pm not 4.30".
   */
  private static final Pattern HOURS_TOLD = Pattern.compile("(?i)\\b(?:clos|open|shut|finish)\\w*\\b[^.?!]{0,30}?"
      + "\\b(?:earlier|later)\\b|\\b(?:clos|open|shut|finish)\\w*\\b[^.?!]{0,40}?\\bat\\s+(?:half\\s+)?\\d{1,2}(?:[.:]\\d\\d)?"
      + "\\s*(?:am|pm)?\\s+(?:on \\w+ )?"
      + "(?:instead of|not|rather than)\\s+\\d|\\b\\d{1,2}(?:[.:]\\d\\d)?\\s*(?:am|pm)\\s+(?:instead of|not|rather than)\\s+\\d"
      // "close the Northgate housing office on wednesday afternoons", "shutting the phones on weds afternoons"
      + "|\\b(?:clos|shut|open)\\w*\\b[^.?!]{0,40}?\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|tues?|weds?|thur?s?"
      + "|sat|sun) (?:mornings?|afternoons?|evenings?)\\b");

  /** A change told in a message's words, and the words a table names it by, as stems read once. */
  private record Told(Pattern said, Set<String> named) {
    Told(String said, String named) {
      this(Pattern.compile("(?i)" + said), stems(named));
    }
  }

  /** Changes told in everyday words, each with the words tables of examples name it by. */
  private static final List<Told> TOLD_AS_TABLES_NAME_IT = List.of(
      // Something added, told as more of it ("extra hours", "on top of our normal hours"): "Adding ...".
      new Told("\\b(?:extra|additional|on top of|as well as|in addition to)\\b", "adding additional extending"),
      // A place left without staff ("no staff on", "nobody staffing it", "unmanned"): "unstaffed".
      new Told("\\b(?:no|without|not|nobody|no-one|no one) (?:staff|staffed|staffing)\\b|\\bunmanned\\b", "unstaffed"),
      // A system moved to a new supplier ("moving the library app over to a new supplier"): "Replacing".
      new Told("\\b(?:new|different|another) (?:supplier|provider|system|platform|contractor|software)s?\\b", "replacing"),
      // A change for one occasion ("just for that one day", "for one day only", "a one-off"): "One-off change to a
      // single session".
      new Told("\\bone[- ]off\\b|\\bjust once\\b|\\bfor (?:that |the |this )?one (?:day|session|week)\\b"
          + "|\\bjust for (?:that |the |this )?day\\b", "single"));

  /** An abbreviation in a message, as people write one: "CIP", "DN", "HRCs". */
  static final Pattern ACRONYM = Pattern.compile("\\b(\\p{Lu}{2,6})s?\\b");
  /** Words an abbreviation leaves out: "QEIA" is "Quality and Equality Impact Assessment". */
  private static final Set<String> UNLETTERED = Set.of("and", "of", "the", "for", "in", "on", "to");

  private static List<String> acronyms(String question) {
    List<String> found = new ArrayList<>();
    Matcher acronym = ACRONYM.matcher(question);
    while (acronym.find()) found.add(acronym.group(1).toLowerCase(Locale.ROOT));
    return found;
  }

  /**
   * Returns the message's telling words with, for each abbreviation it uses, the words it stands for where the
   * example writes them out: "our CIP scheme" shares "Cost improvement programme" of "Cost improvement programme scheme
   * affecting patient care".
   */
  private static Set<String> spelledOut(Set<String> asked, List<String> acronyms, String example) {
    if (acronyms.isEmpty()) return asked;
    String[] words = example.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    Set<String> with = null;
    for (String acronym : acronyms) {
      for (int start = 0; start < words.length; start++) {
        int end = writtenOutFrom(words, start, acronym);
        if (end < 0) continue;
        if (with == null) with = new HashSet<>(asked);
        with.addAll(stems(String.join(" ", Arrays.copyOfRange(words, start, end))));
      }
    }
    return with == null ? asked : with;
  }

  /** Returns the index after the words from {@code start} whose initials spell the acronym, or -1 where they do not. */
  private static int writtenOutFrom(String[] words, int start, String acronym) {
    int letter = 0;
    int at = start;
    while (letter < acronym.length() && at < words.length) {
      String word = words[at];
      if (word.isEmpty() || word.charAt(0) != acronym.charAt(letter)) {
        if (letter == 0 || !UNLETTERED.contains(word)) return -1;
      } else {
        letter++;
      }
      at++;
    }
    return letter == acronym.length() ? at : -1;
  }

  /**
   * Returns the row naming a kind of change the question describes and no lesser kind it does not, if any: of several,
   * the one naming most of the kinds, then bounding most of the figures told, then sharing most of the words.
   */
  private Row sameKind(Set<Activity> described, Set<String> asked, Map<Unit, Double> told, List<Row> candidates) {
    if (described.isEmpty()) return null;
    Row best = null;
    double bestCloseness = -1;
    int bestOthers = 0;
    for (Row row : candidates) {
      // A level's cell is of the figures it bounds, not of the kinds of change its words name.
      if (row.level()) continue;
      Set<Activity> named = kindsOf(row);
      // A like-for-like change is of no row of a greater one: a printer replaced by the same model "in the same spot" on
      // the 1st floor is no "Moving a team to another floor or area within the same building". (An uprating may be of a
      // row that names the charge it raises: "Annual rent increase in line with the Government's Rent Standard".)
      if (described.equals(EnumSet.of(Activity.COSMETIC_CHANGE)) && !LESSER.containsAll(named)) continue;
      Set<Activity> both = bothName(named, described);
      // Ranked by the kinds shared, then the words, the instances it gives too: "Introducing a charge" is a charge
      // started, whatever is charged; new rules on braids and boys' hair are "changing the rules on hair, headwear,
      // jewellery" before "Adding or changing a rule in a school's behaviour policy".
      // A row bounding what the proposal counts (its figure within, as every row left is) speaks of it as a row of
      // words alone does not: "200 passengers a day or fewer" of "only gets about 120 people a day".
      double closeness = both.size() + Thresholds.bounded(boundsOf(row), told) + closeness(asked, row.all());
      // Then by the fewest kinds the question does not describe: a bin burnt out and put back is "Like-for-like repairs
      // and replacements" before "Reducing the weekly opening hours of a facility by less than 10%", small as both are.
      int others = named.size() - both.size();
      if (!both.isEmpty() && !lesserKindOnlyIn(named, described)
          && (closeness > bestCloseness || closeness == bestCloseness && others < bestOthers)) {
        bestCloseness = closeness;
        bestOthers = others;
        best = row;
      }
    }
    return best;
  }

  /** Returns the bounds the row sets on the figures a proposal may tell. */
  private List<Thresholds.Bound> boundsOf(Row row) {
    // A level's cell bounds by its own line, not by the exceptions it notes in brackets: "Fewer than 150 people on
    // probation (fewer than 500 for a pilot or temporary change of 12 weeks or less)" is no bound on how long a change is.
    // A level's bare figures ("Complainants affected a year; Full EIR: 2,000 or more") count what its measure names.
    return bounds.computeIfAbsent(row.text(), text -> row.level()
        ? Thresholds.boundsOfLevel(BRACKETED.matcher(text).replaceAll(""), text.substring(0, Math.max(0, text.indexOf("; "))))
        : Thresholds.boundsOf(text));
  }

  /** A note in brackets: "(fewer than 500 for a pilot ...)", "(reduction or saving)". */
  private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^()]*\\)");

  /** Returns the kinds of change the row's example names, and the instances it gives, as the rules read a question. */
  private Set<Activity> kindsOf(Row row) {
    return kinds.computeIfAbsent(row.text(), t -> {
      Set<Activity> named = specific(recogniser.recognise(row.example()).activities());
      for (String instances : instances(t)) named.addAll(specific(recogniser.recognise(instances).activities()));
      return named;
    });
  }

  /** Returns the kinds of change both name. */
  private static Set<Activity> bothName(Set<Activity> named, Set<Activity> described) {
    Set<Activity> both = EnumSet.noneOf(Activity.class);
    both.addAll(named);
    both.retainAll(described);
    return both;
  }

  /** Kinds of change that make a change less than it seems: a row naming one speaks only of changes that are one too. */
  private static final Set<Activity> LESSER = EnumSet.of(Activity.COSMETIC_CHANGE, Activity.INFLATION_UPRATING,
      Activity.TECHNICAL_REPORT, Activity.DECISION_TAKEN);

  /** Returns whether the kinds are all lesser kinds of change: an uprating, a like-for-like replacement. */
  private static boolean lesserOnly(Set<Activity> kinds) {
    return !kinds.isEmpty() && LESSER.containsAll(kinds);
  }

  /**
   * What a text says is left as it is: "not touching the discounts", "no change to screens, processes or what tenants
   * see", "without changing the times", "no reduction in hours".
   */
  private static final Pattern UNCHANGED = Pattern.compile("(?i)(?:\\b(?:not|without|never)|n't)\\s+(?:touch|chang|affect"
      + "|alter|cut|reduc)\\w*\\s+|\\bno (?:changes?|reductions?|cuts?)\\s+(?:to|in)\\s+");
  /** What is left as it is, after {@link #UNCHANGED}: a thing, or a list of them. */
  private static final Pattern KEPT_THINGS = Pattern.compile("(?i)(?:the\\s+|any\\s+|our\\s+|their\\s+)?[\\w'-]+"
      + "(?:(?:,\\s*|\\s+(?:or|and)\\s+)(?:what\\s+)?[\\w'-]+){0,3}");

  /** A thing said to stay as it is, named before: "lunch is the same length", "the fees will stay the same". */
  private static final Pattern SAME_AS_NOW = Pattern.compile("(?i)\\b([\\w'-]+(?:\\s+and\\s+[\\w'-]+)?)\\s+(?:is|are|stays?"
      + "|remains?|will\\s+(?:stay|remain|be))\\s+(?:exactly\\s+)?(?:the\\s+)?same\\b(?:\\s+(length|size|price|cost|place|time"
      + "|times|hours|days?))?");
  /** Times said to stay as they are: "starts and finishes at exactly the same time", "opens at the same times". */
  private static final Pattern SAME_TIMES = Pattern.compile("(?i)\\b((?:start|finish|open|clos|end)\\w*(?:\\s+and\\s+"
      + "(?:start|finish|open|clos|end)\\w*)?)\\s+at\\s+(?:exactly\\s+)?the\\s+same\\s+(times?)\\b");

  /** Returns the telling words of what the text says is left as it is. */
  private static Set<String> kept(String text) {
    Set<String> kept = new HashSet<>();
    Matcher unchanged = UNCHANGED.matcher(text);
    while (unchanged.find()) {
      Matcher things = KEPT_THINGS.matcher(text).region(unchanged.end(), text.length());
      if (things.lookingAt()) kept.addAll(stems(things.group()));
    }
    // What of a thing is kept where the sentence says ("lunch is the same length" keeps the length, not lunch as it is).
    Matcher thing = SAME_AS_NOW.matcher(text);
    while (thing.find()) kept.addAll(stems(thing.group(2) != null ? thing.group(2) : thing.group(1)));
    Matcher times = SAME_TIMES.matcher(text);
    while (times.find()) kept.addAll(stems(times.group(1) + " " + times.group(2)));
    return kept;
  }

  /**
   * Returns the question's words less those of what it says is left as it is ("not touching the discounts"), which say
   * what the change is not: they match a row ("Removing or reducing any concession or discount") only where the row too
   * says it leaves them as they are ("with no change to screens, processes or what tenants see").
   */
  private static Set<String> changed(Set<String> asked, Set<String> kept, Row row) {
    if (kept.isEmpty()) return asked;
    Set<String> changed = new HashSet<>(asked);
    for (String word : kept) if (!row.kept().contains(word)) changed.remove(word);
    return changed;
  }

  /** Returns true when the example names a lesser kind of change ("with the same provider") the question does not. */
  private static boolean lesserKindOnlyIn(Set<Activity> named, Set<Activity> described) {
    for (Activity kind : LESSER) if (named.contains(kind) && !described.contains(kind)) return true;
    return false;
  }

  /** Returns the kinds of change that say what a change is: not the bare "a change" of any proposal. */
  private static Set<Activity> specific(Set<Activity> activities) {
    Set<Activity> specific = EnumSet.noneOf(Activity.class);
    specific.addAll(activities);
    specific.remove(Activity.OTHER_CHANGE);
    return specific;
  }

  /** Returns the verdict a row of a table of examples gives, read from its cells asking whether one is needed. */
  static Optional<Verdict> verdict(String row) {
    return verdict(row, UnaryOperator.identity());
  }

  /** Returns the verdict a row gives, each value read with the organisation's short names for its stages written out. */
  static Optional<Verdict> verdict(String row, UnaryOperator<String> spelledOut) {
    Matcher cell = CELL.matcher(row);
    List<String[]> cells = new ArrayList<>();
    while (cell.find()) cells.add(new String[] {cell.group(1).strip(), cell.group(2).strip()});
    if (cells.size() < 2) return Optional.empty();
    Verdict verdict = null;
    for (String[] c : cells.subList(1, cells.size())) {
      if (!NEED_HEADER.matcher(c[0]).find() || c[1].isEmpty()) continue;
      Verdict said = said(c[0], spelledOut.apply(c[1]));
      if (said != null && (verdict == null || said.compareTo(verdict) > 0)) verdict = said;
    }
    return Optional.ofNullable(verdict);
  }

  /**
   * Returns the name of the level a row of a table of examples says is needed, as its cell asking so writes it:
   * "Detailed assessment" of "Example of change: Closing a spoke clinic; What it needs: Detailed assessment", "Full EQIA"
   * of "EQIA needed?: Yes - Full EQIA (see 5.2)"; empty where the cell says only yes or no.
   */
  static Optional<String> level(String row) {
    Matcher cell = CELL.matcher(row);
    boolean first = true;
    while (cell.find()) {
      if (!first && NEED_HEADER.matcher(cell.group(1)).find()) {
        String value = YES_OR_NO.matcher(LEVEL_LABEL.matcher(cell.group(2).strip()).replaceFirst("")).replaceFirst("");
        Matcher end = LEVEL_ENDS.matcher(value);
        String level = (end.find() ? value.substring(0, end.start()) : value).strip();
        if (level.length() > 2 && level.split("\\s+").length <= LEVEL_WORDS && !NONE.matcher(level).find()) {
          return Optional.of(level);
        }
      }
      first = false;
    }
    return Optional.empty();
  }

  /** A bound put under a condition: "only if the money changes a service", "unless ...", "(500 or more for a pilot". */
  private static final Pattern QUALIFIED = Pattern.compile("(?i)\\bonly (?:if|where|when)\\b|\\bunless\\b|\\bexcept\\b"
      + "|\\bprovided\\b|\\(\\s*\\d");

  /** A "yes" or "no" before the level it names: "Yes - Full EQIA", "Yes: stage 2". */
  private static final Pattern YES_OR_NO = Pattern.compile("(?i)^(?:yes|no)\\b\\W*");
  /** Where what a level cell adds after its name begins: "(see 5.2)", ". Talk to staff first", " - then Part B if". */
  private static final Pattern LEVEL_ENDS = Pattern.compile("(?i)\\s*[(.,;:]|\\s[-\u2013\u2014]\\s|\\s(?:if|unless|where"
      + "|when|and|or|then|plus|with|for)\\b");
  /** The most words a level's name has: "Stage 2 full equality impact assessment". */
  private static final int LEVEL_WORDS = 7;

  /**
   * Returns whether a cell naming a first stage, then a full one, asks for both ("Yes: stage 1 screening and stage 2
   * full EHIA"), not for the first with the full one to follow only if it finds an impact ("screen first, then a full
   * EIA if ...").
   */
  private static boolean bothNeeded(String value, int firstAt, int fullAt) {
    if (fullAt >= value.length()) return false;
    String between = value.substring(firstAt, fullAt);
    return BOTH.matcher(between).find() && !CONDITIONAL.matcher(between).find();
  }

  /** A level's number before what it is: "Level 0 – No CIA needed", "Tier 2: full assessment". */
  private static final Pattern LEVEL_LABEL = Pattern.compile("(?i)^\\W*(?:level|tier)\\s*\\d\\s*[-\u2013\u2014:]\\s*(?=\\S)");

  /**
   * Returns what a cell says is needed: none ("No"), a first step ("Screen first", "Usually yes", "Stage 1 screening"),
   * or a full assessment ("Yes – Full EQIA", "Stage 2 full assessment"), whichever it names first; a bare "Yes" is
   * the step its header names ("Stage 1 relevance check?: Yes"), else a full one. Null when it says none of these.
   */
  private static Verdict said(String header, String value) {
    value = LEVEL_LABEL.matcher(value).replaceFirst("");
    if (NONE.matcher(value).find()) return Verdict.NOT_REQUIRED;
    if (HEDGED.matcher(value).find()) return Verdict.SCREENING;
    Matcher first = AssessmentNames.FIRST_STAGE.matcher(value);
    Matcher full = FULL.matcher(value);
    int firstAt = first.find() ? first.start() : Integer.MAX_VALUE;
    int fullAt = full.find() ? full.start() : Integer.MAX_VALUE;
    if (firstAt < fullAt) return bothNeeded(value, firstAt, fullAt) ? Verdict.REQUIRED : Verdict.SCREENING;
    if (fullAt < firstAt) return Verdict.REQUIRED;
    // "QEIA, approved by the QEIA Panel": an assessment of its own kind, named.
    if (NAMED_ASSESSMENT.matcher(value).find()) return Verdict.REQUIRED;
    if (!YES.matcher(value).find()) return null;
    return AssessmentNames.FIRST_STAGE.matcher(header).find() && !FULL.matcher(header).find() ? Verdict.SCREENING : Verdict.REQUIRED;
  }

  /**
   * A header over instances of the row's kind of change, or over the proposal itself where the first column names the
   * area it is in: "Examples", "For example", "Proposal" (after "Area: Estate services").
   */
  private static final Pattern INSTANCES_HEADER = Pattern.compile("(?i)\\bexamples?\\b|\\bproposals?\\b"
      + "|\\b(?:type of |the )?change\\b|\\bactivity\\b|\\bscenario\\b");

  /**
   * A cell of instances, to the next cell: a list in a cell may be written with "; " as cells are joined ("Examples:
   * Merging two small teams; regrading a handful of posts; What you need: ...").
   */
  private static final Pattern INSTANCES = Pattern.compile("(?:^|; )([^;:]{1,80}?): (.*?)(?=; [^;:]{1,80}: |$)");
  /** Where a cell of instances lists them: "Merging two small teams; regrading a handful of posts". */
  private static final Pattern LISTED = Pattern.compile(";\\s*|,\\s*(?:or\\s+)?|\\s+or\\s+");

  /** Returns the values of the row's cells after the first that give instances of its kind of change. */
  private static List<String> instances(String row) {
    Matcher cell = INSTANCES.matcher(row);
    List<String> found = new ArrayList<>();
    boolean first = true;
    while (cell.find()) {
      if (!first && INSTANCES_HEADER.matcher(cell.group(1)).find() && !cell.group(2).isBlank()) found.add(cell.group(2));
      first = false;
    }
    return found;
  }

  /** Opening hours named: "opening hours", "closing times". */
  private static final Pattern HOURS_NAMED = Pattern.compile("(?i)\\b(?:opening|closing) (?:hours|times)\\b");

  /** Returns whether the text is about opening hours, named or told by the times. */
  private static boolean onHours(String text) {
    return HOURS_NAMED.matcher(text).find() || HOURS_TOLD.matcher(text).find();
  }

  /**
   * What comes after a pilot, for which a full assessment is named beside the first stage the pilot needs: "Stage 1
   * quick check (a Stage 2 full EHIIA is needed before any roll-out)".
   */
  private static final Pattern AFTER_A_PILOT = Pattern.compile("(?i)\\b(?:roll[- ]?out|rolled out|extension|extended"
      + "|made permanent|becomes permanent)\\b");

  /**
   * Returns whether a cell of the row asking what is needed names a full assessment too, to follow the first stage for
   * the change itself, not for a pilot's roll-out.
   */
  private static boolean fullToFollow(String row) {
    Matcher cell = CELL.matcher(row);
    while (cell.find()) {
      String value = cell.group(2);
      if (NEED_HEADER.matcher(cell.group(1)).find() && FULL.matcher(value).find() && !AFTER_A_PILOT.matcher(value).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the alternatives an example lists ("Closing a ward, reducing beds, or closing a service overnight"), not
   * parting a bound ("Reducing opening hours by 10 hours a week or more at a branch, or at two or more branches").
   */
  static List<String> alternatives(String example) {
    return List.of(ALTERNATIVES.split(example));
  }

  /** Returns the row's first cell's value, after any reference: the example of a proposal. */
  static String example(String row) {
    Matcher cell = CELL.matcher(row);
    while (cell.find()) {
      // A row's reference before its example ("Ref: E6; Example of change: ...") is no example.
      if (!REFERENCE.matcher(cell.group(2).strip()).matches()) return cell.group(2);
    }
    return "";
  }

  /** A row's reference: "E6", "3.2", "A", "12b". */
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z]{0,3}\\d{1,3}(?:\\.\\d{1,3})*[a-z]?|[A-Z]");

  /** Returns the share of the example's telling words that the question shares, 0 when fewer than two are shared. */
  private static double shared(Set<String> asked, Set<String> words) {
    int shared = sharedCount(asked, words);
    double share = words.isEmpty() ? 0 : (double) shared / words.size();
    return shared >= AT_LEAST && share >= SHARED ? share : 0;
  }

  /** Returns the share of the example's telling words that the question shares, however few. */
  private static double closeness(Set<String> asked, Set<String> words) {
    return words.isEmpty() ? 0 : (double) sharedCount(asked, words) / words.size();
  }

  private static int sharedCount(Set<String> asked, Set<String> words) {
    int shared = 0;
    for (String word : words) {
      for (String a : asked) {
        if (a.startsWith(word) || word.startsWith(a)) {
          shared++;
          break;
        }
      }
    }
    return shared;
  }

  /** Returns the text's words of four letters or more, cut to five, leaving out those any proposal says. */
  private static Set<String> stems(String text) {
    Set<String> stems = new HashSet<>();
    Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (word.find()) {
      // "phone" and "telephone" are one word: "changing the phone menu" and "Changing the CCC telephone menu".
      String written = word.group().startsWith("telephon") ? word.group().substring(4) : word.group();
      String stem = written.substring(0, Math.min(5, written.length()));
      if (!COMMON.contains(stem)) stems.add(stem);
    }
    // One word once: "rule" and "rules" are one word shared, not two.
    Set<String> longer = Set.copyOf(stems);
    stems.removeIf(stem -> longer.stream().anyMatch(other -> other.length() > stem.length() && other.startsWith(stem)));
    return stems;
  }

  /** Returns the hit standing for the one row, cited as its passage is. */
  private static Hit rowHit(Hit hit, String row) {
    Passage passage = hit.passage();
    Passage alone = new Passage(passage.document(), passage.ordinal(), passage.section(), passage.page(), row);
    return new Hit(alone, hit.score(), hit.coverage(), hit.inScope(), hit.onTopic(), hit.shaped());
  }
}
