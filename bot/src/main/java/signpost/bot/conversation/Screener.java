package signpost.bot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import signpost.bot.screening.CharacteristicNote;
import signpost.bot.screening.Impact;
import signpost.bot.screening.Screening;
import signpost.bot.screening.Status;
import signpost.knowledge.org.Organisation;
import signpost.rules.features.Characteristic;
import signpost.rules.screening.Consideration;
import signpost.rules.screening.DecisionWords;
import signpost.rules.screening.Mention;
import signpost.rules.screening.Reading;
import signpost.rules.screening.ScreeningContext;
import signpost.rules.screening.ScreeningReader;
import signpost.rules.screening.Slot;
import signpost.rules.screening.Statement;

/**
 * Puts what a manager says into their screening record: each sentence into the part it fills, in their words; a
 * correction replaces what it corrects; the groups their sentences point to become characteristics with the likely
 * impact they spoke of ({@link Impact#NOT_KNOWN} unless they spoke of one) and their sentence as evidence. Nothing
 * they did not say is added. Thread-safe.
 */
public final class Screener {

  /** An activity of no known kind is concrete only at this length: shorter, it is an opening, not a description. */
  static final int CONCRETE_WORDS = 16;
  /** A sentence of this many words that a part of the record holds already is said again, not something more. */
  static final int SAID_AGAIN_WORDS = 4;

  private final ScreeningReader reader;

  public Screener(ScreeningReader reader) {
    this.reader = reader;
  }

  /** Returns what the message says, read as an answer to the question about {@code pending}. */
  public Reading read(String message, Slot pending) {
    return reader.read(message, pending);
  }

  /** Returns what the message says in the screening as it stands. */
  public Reading read(String message, Slot pending, Screening screening) {
    return reader.read(message, pending, context(screening).filled());
  }

  /** Returns what a message that takes back all that was said tells after taking it back (see the reader's). */
  public String retracted(String message) {
    return reader.retracted(message);
  }

  /** Returns the changes the message describes, other than a decision already taken. */
  public Set<signpost.rules.features.Activity> describes(String message) {
    Set<signpost.rules.features.Activity> found = EnumSet.noneOf(signpost.rules.features.Activity.class);
    found.addAll(reader.activities(message));
    found.remove(signpost.rules.features.Activity.DECISION_TAKEN);
    return found;
  }

  /** A greeting that opens a message: "Hi - ", "morning, ", "Hiya team! ". */
  private static final Pattern GREETING = Pattern.compile("(?i)^\\s*(?:hi|hello|hiya|hey|morning|good morning|afternoon"
      + "|good afternoon|evening|good evening)\\b(?:\\s+(?:there|all|team|everyone|signpost))?\\s*[,!.:;-]+\\s*");

  /** A question put, opening with its question word: "So what do I need to do, and who signs it off?". */
  private static final Pattern QUESTION_PUT = Pattern.compile("(?is)(?:(?:so|and|ok|okay|right)\\W+)?(?:what|who|how|when"
      + "|where|why|which|do|does|did|can|could|should|would|will|is|are|has|have)\\b.*\\?");

  /**
   * The names an organisation gives the groups it considers beside the nine: those of its organisation file's priority
   * groups, else those its documents give where they list the groups they add.
   */
  public record GroupNames(Organisation organisation, Map<Consideration, String> documents) {

    public GroupNames {
      documents = Map.copyOf(documents);
    }

    /** Returns the organisation's own name for the group, or the group's own words where it gives none. */
    String of(Consideration group) {
      if (organisation != null) {
        String first = group.label().split(" ")[0].toLowerCase(Locale.ROOT);
        for (var priority : organisation.priorityGroups()) {
          String own = priority.name().toLowerCase(Locale.ROOT);
          if (own.startsWith(first) || own.contains(group.label())) return priority.name();
        }
      }
      return documents.getOrDefault(group, group.label());
    }
  }

  /** Returns the screening with what the reading says put in, or dropped when the reading cancels it. */
  public Screening apply(Screening screening, Reading reading, Slot pending, GroupNames names, Instant now) {
    if (reading.cancel()) return screening.withStatus(Status.ABANDONED, now);
    Record r = new Record(screening);
    Set<Slot> touched = EnumSet.noneOf(Slot.class);
    // Only what was said before can be corrected: "what we're actually going with is ..." opening a screening corrects
    // nothing, and its sentences are recorded as any first message's are.
    boolean correcting = reading.correction() && !r.blank();
    for (Statement s : reading.statements()) {
      if (correcting && r.correct(s.text())) {
        touched.add(s.slot());
        continue;
      }
      Slot slot = namesTheKind(s, r.activity) ? Slot.ACTIVITY : s.slot();
      boolean first = touched.add(slot);
      r.put(slot, s.text(), correcting && first);
    }
    // Only a question asked and replied to counts as answered: what was said unasked is held by its content.
    if (pending != null && (touched.contains(pending) || reading.nothing())) {
      r.answered.add(pending.wireName());
    }
    for (Mention m : reading.mentions()) r.mention(m, names);
    return r.build(now);
  }

  /**
   * Returns true when a reply given to another question names the kind of change ("we want to bring in a charge")
   * that the record so far only says is coming ("need to check a change", "it's school transport"): it belongs to
   * what is changing, whatever was asked last.
   */
  private boolean namesTheKind(Statement statement, String activity) {
    if (statement.slot() != Slot.EVIDENCE && statement.slot() != Slot.ENGAGEMENT && statement.slot() != Slot.MITIGATION) {
      return false;
    }
    return activity != null && kinds(activity).isEmpty() && !kinds(statement.text()).isEmpty();
  }

  private Set<signpost.rules.features.Activity> kinds(String text) {
    Set<signpost.rules.features.Activity> kinds = describes(text);
    kinds.remove(signpost.rules.features.Activity.OTHER_CHANGE);
    kinds.remove(signpost.rules.features.Activity.BUDGET_SAVING);
    return kinds;
  }

  /** Returns which parts of the record the rules may take as held, so they ask for the others. */
  public ScreeningContext context(Screening screening) {
    Set<Slot> filled = EnumSet.noneOf(Slot.class);
    for (String name : screening.answered()) filled.add(Slot.parse(name));
    // A vague opening ("we're changing how the library works") does not say what is changing; its follow-up does.
    // Asked once and replied to, it is not asked again, however short the reply.
    if (screening.activity() != null && (screening.activity().contains("\n") || concrete(screening.activity()))) {
      filled.add(Slot.ACTIVITY);
    }
    if (!screening.affected().isEmpty()) filled.add(Slot.AFFECTED);
    if (!screening.characteristics().isEmpty()) filled.add(Slot.GROUPS);
    if (screening.evidence() != null) filled.add(Slot.EVIDENCE);
    if (screening.engagement() != null) filled.add(Slot.ENGAGEMENT);
    if (screening.mitigation() != null) filled.add(Slot.MITIGATION);
    if (screening.decisionMaker() != null || screening.decisionDate() != null) filled.add(Slot.DECISION);
    if (screening.reviewDate() != null) filled.add(Slot.REVIEW);
    return new ScreeningContext(filled, screening.decisionMaker(), disadvantaged(screening));
  }

  /** The names the record gives the nine protected characteristics, not the organisation's own groups. */
  private static final Set<String> PROTECTED = Arrays.stream(Characteristic.values()).map(Characteristic::label)
      .collect(Collectors.toUnmodifiableSet());

  /** The protected characteristics the record says the change would disadvantage, as the record names them. */
  private static List<String> disadvantaged(Screening screening) {
    return screening.characteristics().stream()
        .filter(note -> note.impact() == Impact.NEGATIVE && PROTECTED.contains(note.name()))
        .map(CharacteristicNote::name).toList();
  }

  /**
   * Returns the text the rules assess: what is changing and who it affects, in the manager's words.
   */
  public static String assessed(Screening screening) {
    List<String> parts = new ArrayList<>();
    if (screening.activity() != null) parts.add(screening.activity().replace('\n', ' '));
    parts.addAll(screening.affected());
    return String.join(" ", parts);
  }

  /**
   * Returns true when the text says what kind of change it is ("closing the lunch club", "a new charge"), not only
   * that something changes ("we're changing how the library works", "savings to find"), or says it at length.
   */
  private boolean concrete(String activity) {
    return !kinds(activity).isEmpty() || words(activity) >= CONCRETE_WORDS;
  }

  static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  /** The record being changed. */
  private final class Record {
    final Screening was;
    String activity;
    final List<String> affected;
    final Map<String, CharacteristicNote> characteristics = new LinkedHashMap<>();
    String evidence;
    String engagement;
    String mitigation;
    String decisionMaker;
    String decisionDate;
    String reviewDate;
    final Set<String> answered;

    Record(Screening s) {
      was = s;
      activity = s.activity();
      affected = new ArrayList<>(s.affected());
      s.characteristics().forEach(c -> characteristics.put(c.name(), c));
      evidence = s.evidence();
      engagement = s.engagement();
      mitigation = s.mitigation();
      decisionMaker = s.decisionMaker();
      decisionDate = s.decisionDate();
      reviewDate = s.reviewDate();
      answered = new LinkedHashSet<>(s.answered());
    }

    /** Returns true while nothing of the proposal has been recorded. */
    boolean blank() {
      return activity == null && affected.isEmpty() && evidence == null && engagement == null && mitigation == null;
    }

    void put(Slot slot, String said, boolean replace) {
      // A greeting opening the message is no part of the record ("morning, we're withdrawing the 58A subsidy").
      String text = GREETING.matcher(said).replaceFirst("");
      if (text.isBlank()) text = said;
      switch (slot) {
        case ACTIVITY -> activity = replace || activity == null ? text
            : saidAgain(activity, text) ? activity
            // A vague opening is kept, and what follows it said on a line of its own.
            : activity + (concrete(activity) ? " " : "\n") + text;
        case AFFECTED -> {
          if (replace) affected.clear();
          if (!affected.contains(text)) affected.add(text);
        }
        // The groups named are kept as characteristics, with the sentence as evidence; the answer itself
        // ("none that I know of") only marks the question answered.
        case GROUPS -> { }
        case EVIDENCE -> evidence = join(evidence, text, replace);
        case ENGAGEMENT -> engagement = join(engagement, text, replace);
        case MITIGATION -> mitigation = join(mitigation, text, replace);
        case DECISION -> {
          String maker = DecisionWords.maker(text).orElse(null);
          String when = DecisionWords.when(text).orElse(null);
          if (maker == null && when != null) maker = Corrections.named(text, when);
          // A sentence naming neither ("Many thanks.", "probably cabinet?") is kept as said only when nothing better is
          // known yet; never a question put ("so what do I need to do, and who signs it off?"): it asks, it does not say.
          if (maker == null && when == null && decisionMaker == null && !QUESTION_PUT.matcher(text.strip()).matches()) {
            maker = text;
          }
          if (maker != null) decisionMaker = maker;
          if (when != null) decisionDate = when;
          DecisionWords.review(text).ifPresent(review -> reviewDate = review);
        }
        case REVIEW -> reviewDate = DecisionWords.review(text).orElse(text);
      }
    }

    /**
     * Puts a correction in place of the sentence it corrects, in whichever part of the record that sentence is:
     * "actually it's about 12,000, not 9,000" replaces the sentence that said 9,000. Returns false when no
     * sentence of the record shares a word or number with it.
     */
    boolean correct(String correction) {
      Corrections.Target best = Corrections.best(correction, List.of(
          new Corrections.Part(Slot.ACTIVITY, activity), new Corrections.Part(Slot.AFFECTED, String.join("\n", affected)),
          new Corrections.Part(Slot.EVIDENCE, evidence), new Corrections.Part(Slot.ENGAGEMENT, engagement),
          new Corrections.Part(Slot.MITIGATION, mitigation)));
      if (best == null) return false;
      // The same sentence told in another part ("two of the centres in Bolsover would close", both what changes and
      // who it touches) is put right there too.
      if (best.slot() != Slot.ACTIVITY) activity = Corrections.alsoIn(activity, correction);
      if (best.slot() != Slot.AFFECTED) affected.replaceAll(line -> Corrections.alsoIn(line, correction));
      switch (best.slot()) {
        case ACTIVITY -> activity = best.replaced();
        case AFFECTED -> {
          affected.clear();
          for (String line : best.replaced().split("\n")) if (!line.isBlank()) affected.add(line);
        }
        case EVIDENCE -> evidence = best.replaced();
        case ENGAGEMENT -> engagement = best.replaced();
        case MITIGATION -> mitigation = best.replaced();
        default -> {
          return false;
        }
      }
      return true;
    }

    void mention(Mention m, GroupNames names) {
      String name = m.characteristic() != null ? m.characteristic().label() : names.of(m.consideration());
      Impact impact = m.harm() ? Impact.NEGATIVE : m.benefit() ? Impact.POSITIVE : Impact.NOT_KNOWN;
      CharacteristicNote was = characteristics.get(name);
      if (was == null) {
        characteristics.put(name, new CharacteristicNote(name, impact, m.sentence()));
        return;
      }
      Impact kept = was.impact() == Impact.NOT_KNOWN ? impact : was.impact();
      String evidence = was.evidence().contains(m.sentence()) ? was.evidence() : was.evidence() + " " + m.sentence();
      characteristics.put(name, new CharacteristicNote(name, kept, evidence.strip()));
    }

    Screening build(Instant now) {
      Screening s = was;
      return new Screening(s.reference(), s.organisation(), s.owner(), s.created(), now, s.status(), activity, affected,
          List.copyOf(characteristics.values()), evidence, engagement, mitigation, decisionMaker, decisionDate,
          reviewDate, s.verdict(), s.reasons(), s.rules(), s.sources(), List.copyOf(answered));
    }

    private static String join(String was, String text, boolean replace) {
      return was == null || replace ? text : saidAgain(was, text) ? was : was + " " + text;
    }

    /**
     * Returns true when the part already holds the text (a message sent twice, a description pasted again): it is
     * kept once. A short reply ("no", "not yet") counts only when it is the whole part, not when a longer one holds it.
     */
    private static boolean saidAgain(String part, String text) {
      return part.equals(text) || words(text) >= SAID_AGAIN_WORDS && part.contains(text);
    }
  }
}
