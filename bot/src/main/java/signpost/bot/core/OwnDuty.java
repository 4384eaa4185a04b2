package signpost.bot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.Passage;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.Results;
import signpost.knowledge.search.SearchRequest;

/**
 * Finds how an organisation's own documents state the Public Sector Equality Duty ("As a public body the Trust is
 * subject to the Public Sector Equality Duty ... we must have due regard to the need to: - eliminate ... - advance ...
 * - foster good relations ..."), which nearly every strategy, policy and impact assessment guidance does, for an
 * answer on what the duty means: the law's words first, then the organisation's own. Searched for once for each
 * organisation by what such a passage is, and kept for the knowledge's life.
 *
 * <p>A lead-in ending in a colon is quoted with the items after it in the same section, one passage each where a
 * document's layout made them so.
 */
final class OwnDuty {

  private static final String QUERY = "public sector equality duty section 149 due regard to the need to eliminate"
      + " unlawful discrimination harassment victimisation advance equality of opportunity foster good relations";
  private static final int DEPTH = 80;
  /** The duty named: by its name, its section or what it asks. */
  private static final Pattern DUTY =
      Pattern.compile("(?i)\\bequality duty\\b|\\bpsed\\b|\\bsection 149\\b|\\bdue regard\\b");
  /** The three aims of the duty, as documents word them. */
  private static final List<Pattern> AIMS = List.of(
      Pattern.compile("(?i)\\beliminat\\w* (?:unlawful )?discrimination\\b"),
      Pattern.compile("(?i)\\badvanc\\w* equality of opportunity\\b"),
      Pattern.compile("(?i)\\bfoster\\w* good relations\\b"));
  /** A passage on the duty in one decision, a report's: "when it makes this decision". */
  private static final Pattern ONE_DECISION = Pattern.compile("(?i)\\bthis (?:decision|proposal|report|scheme)\\b");
  /** How many passages of items a lead-in ending in a colon may be followed by. */
  private static final int ITEMS_AT_MOST = 4;

  /** Due regard named. */
  private static final Pattern DUE_REGARD = Pattern.compile("(?i)\\bdue regard\\b");
  /** What due regard is, as a document defines it: "Due regard means consciously thinking about the three aims ...". */
  private static final Pattern DEFINES_DUE_REGARD =
      Pattern.compile("(?i)\\bdue regard\\W{0,2}\\s+(?:means|is about|involves|requires)\\b");
  /**
   * A heading on due regard in capitals at a line's start, as the layout left it in the text: "4 DUE REGARD The duty is
   * ...", "- 3. DUE REGARD: WHAT IT REALLY MEANS", "WHAT 'DUE REGARD' MEANS".
   */
  private static final Pattern HEADED_IN_TEXT = Pattern.compile("(?m)^[^\\p{Ll}\\n]*\\bDUE REGARD\\b");
  /** What something means, said of it: "it means", "this means". */
  private static final Pattern IT_MEANS = Pattern.compile("(?i)\\b(?:it|this|that) means\\b");
  private static final String DUE_REGARD_QUERY = "what due regard means consciously thinking about the three aims"
      + " before and at the time a decision is made proportionate open mind";
  /** How many passages of items a definition ending in a colon may be followed by ("In practice: - ... - ..."). */
  private static final int POINTS_AT_MOST = 6;

  private final KnowledgeBase knowledge;
  private final Map<String, List<Quote>> found = new ConcurrentHashMap<>();
  private final Map<String, List<Quote>> dueRegard = new ConcurrentHashMap<>();

  OwnDuty(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  /** Returns the organisation's own statement of the duty with its aims, whole; empty when its documents have none. */
  List<Quote> find(String organisation) {
    if (organisation == null) return List.of();
    return found.computeIfAbsent(organisation, this::search);
  }

  /** Asking what something is or means, not a point of it ("does the equality duty still apply if ..."). */
  private static final Pattern WHAT_IT_MEANS = Pattern.compile("(?i)\\bmean(?:s|ing)?\\b|\\bwhat(?:'s|s| is)\\b"
      + "|\\bexplain\\b|\\btell me about\\b|\\bin (?:plain|simple) (?:english|terms)\\b"
      // Its aims asked for: "remind me what the three aims of the equality duty are"
      + "|\\baims\\b");

  /** Returns whether a message asks what the duty itself is or means ("what does the PSED mean for my team?"). */
  static boolean askedWhatItMeans(String message) {
    return DUTY.matcher(message).find() && WHAT_IT_MEANS.matcher(message).find();
  }

  /**
   * Returns the passages an answer on what the duty means quotes, at most {@code most}, with the organisation's own
   * statement of it: after the law's first words, or first in place of passages that do not speak of the duty at
   * all ("... community mental health teams had improved", found by "community team leader"), which a question in
   * the asker's own words finds as readily. The passages as they were where its documents state none, or it was
   * found already.
   */
  List<Quote> with(String organisation, List<Quote> quoted, int most) {
    List<Quote> own = find(organisation);
    if (own.isEmpty() || quoted.stream().anyMatch(q -> !q.hit().passage().document().builtIn()
        && q.hit().passage().document().id().equals(own.get(0).hit().passage().document().id())
        && q.hit().passage().inSameSectionAs(own.get(0).hit().passage()))) {
      return quoted;
    }
    List<Quote> onDuty = quoted.stream().filter(q -> speaksOfDuty(q.hit().passage())).toList();
    List<Quote> with = new ArrayList<>(onDuty);
    with.addAll(Math.min(1, with.size()), own);
    while (with.size() > Math.max(most, 1 + own.size())) with.remove(with.size() - 1);
    return List.copyOf(with);
  }

  /** Returns whether a message asks about due regard itself ("we chatted about it in SLT, is that due regard?"). */
  static boolean askedAboutDueRegard(String message) {
    return DUE_REGARD.matcher(message).find();
  }

  /**
   * Returns the passages an answer on due regard quotes, at most {@code most}: the organisation's own account of what
   * it means first, with the points it makes of it ("In practice: - a conversation ... that is not recorded will not,
   * on its own, show due regard"), in place of any quote of the same passage; the passages as they were where its
   * documents define it nowhere.
   */
  List<Quote> withDueRegard(String organisation, List<Quote> quoted, int most) {
    List<Quote> own = organisation == null ? List.of() : dueRegard.computeIfAbsent(organisation, this::defineDueRegard);
    if (own.isEmpty()) return quoted;
    Passage defined = own.get(0).hit().passage();
    List<Quote> with = new ArrayList<>(own);
    quoted.stream().filter(q -> !q.hit().passage().id().equals(defined.id())).forEach(with::add);
    while (with.size() > Math.max(most, 1)) with.remove(with.size() - 1);
    return List.copyOf(with);
  }

  private List<Quote> defineDueRegard(String organisation) {
    List<Hit> own = OwnHits.prose(knowledge.search(new SearchRequest(DUE_REGARD_QUERY, organisation, DEPTH)),
        organisation);
    for (Hit hit : own) {
      // "Due regard means ...", or under a heading on what it means, what "it means" ("3.4 What "due regard" means for
      // us: Having due regard is not a tick-box exercise ... The courts have said that it means:").
      // Or under a heading of its own that the layout left in the text ("4 DUE REGARD The duty is to have due regard
      // ...", "WHAT 'DUE REGARD' MEANS"), headings in small capitals being read as text.
      boolean defines = DEFINES_DUE_REGARD.matcher(hit.passage().text()).find()
          || DUE_REGARD.matcher(hit.passage().heading()).find() && IT_MEANS.matcher(hit.passage().text()).find()
          || HEADED_IN_TEXT.matcher(hit.passage().text()).find();
      if (!defines) continue;
      return List.of(joined(withItems(hit, own, POINTS_AT_MOST, told -> false)));
    }
    return List.of();
  }

  private static boolean speaksOfDuty(Passage passage) {
    return DUTY.matcher(passage.text()).find() || DUTY.matcher(String.join(" ", passage.section())).find();
  }

  private List<Quote> search(String organisation) {
    Results results = knowledge.search(new SearchRequest(QUERY, organisation, DEPTH));
    List<Hit> own = OwnHits.prose(results, organisation);
    // A passage under a heading naming the duty ("3. The Public Sector Equality Duty in brief") before one that names
    // it elsewhere; never one about a single decision ("Cabinet must have due regard ... when it makes this decision").
    List<Hit> ordered = new ArrayList<>(own.stream().filter(h -> DUTY.matcher(h.passage().heading()).find()).toList());
    own.stream().filter(h -> !ordered.contains(h)).forEach(ordered::add);
    for (Hit hit : ordered) {
      if (!DUTY.matcher(hit.passage().text()).find() || ONE_DECISION.matcher(hit.passage().text()).find()) continue;
      // "... due regard to the need to:" and its items, passage by passage, until the three aims are told.
      List<Hit> told = withItems(hit, own, ITEMS_AT_MOST, OwnDuty::allAims);
      if (allAims(told)) return List.of(joined(told));
    }
    return List.of();
  }

  /** Returns the passages quoted as one, whole: a lead-in and its items as the list they are, cited once. */
  private static Quote joined(List<Hit> told) {
    Hit lead = told.get(0);
    StringBuilder text = new StringBuilder(lead.passage().text().strip());
    for (Hit item : told.subList(1, told.size())) {
      String line = item.passage().text().strip();
      text.append('\n').append(line.startsWith("- ") ? line : "- " + line);
    }
    return TableRows.rowsOf(lead, text.toString());
  }

  /**
   * Returns the lead with, where it ends in a colon, the items after it in its section, passage by passage, at most
   * {@code most} of them, until {@code enough} holds of what is told.
   */
  private static List<Hit> withItems(Hit lead, List<Hit> own, int most, Predicate<List<Hit>> enough) {
    List<Hit> told = new ArrayList<>(List.of(lead));
    if (!lead.passage().text().strip().endsWith(":")) return told;
    while (!enough.test(told) && told.size() <= most) {
      Optional<Hit> next = OwnHits.after(told.get(told.size() - 1).passage(), own);
      if (next.isEmpty()) break;
      told.add(next.get());
    }
    return told;
  }

  private static boolean allAims(List<Hit> told) {
    return allAims(told.stream().map(h -> h.passage().text()).collect(Collectors.joining("\n")));
  }

  private static boolean allAims(CharSequence text) {
    return AIMS.stream().allMatch(aim -> aim.matcher(text).find());
  }
}
