package signpost.rules.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import signpost.rules.features.Activity;
import signpost.rules.features.Characteristic;
import signpost.rules.features.FeatureRecogniser;
import signpost.rules.features.PhraseList;
import signpost.rules.features.QuestionFeatures;

/**
 * Reads a message of a screening conversation sentence by sentence: a sentence that speaks of data fills the
 * evidence, one that says who decides fills the decision, and so on, from the cues of {@code screening.txt}; a
 * sentence describing a change fills the activity; one naming people fills who is affected; anything else answers
 * the question Signpost asked last. Thread-safe.
 */
public final class ScreeningReader {

  private static final String FOLDER = "/signpost/rules/phrases/";
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=\\S)");
  /** A line break: each line of a list or of a pasted report says one thing. */
  private static final Pattern LINE_END = Pattern.compile("\\s*\\R\\s*");
  /** A list item's mark at the start of a line: "- ", "* ", "• ", "1. ", "a) ". */
  private static final Pattern ITEM_MARK = Pattern.compile("^(?:[-*\u2022\u2013]|\\d{1,2}[.)]|[a-z][)])\\s+");
  /** Numbers of people: "about 45 people", "120 contact centre staff", "250 care leavers", "4,000". */
  private static final Pattern HEADCOUNT = Pattern.compile("\\b\\d[\\d,]*\\b\\s*(?:[a-z-]+\\s+){0,2}(people|staff|users|"
      + "residents|children|families|learners|colleagues|visitors|members|pupils|clients|tenants|carers|leavers|"
      + "patients|employees|attend)", Pattern.CASE_INSENSITIVE);
  /** An answer this short to "who decides?" is a name ("Me", "The Cabinet Member"), whatever words it uses. */
  private static final int SHORT_ANSWER = 6;
  private static final Pattern PEOPLE = Pattern.compile("(?i)\\b(people|persons?|adults?|children|child|kids|users?|"
      + "residents?|staff|colleagues?|employees?|famil(y|ies)|parents?|carers?|learners?|pupils?|students?|customers?|"
      + "visitors?|tenants?|patients?|clients?|women|men|girls|boys|older|elderly|disabled|members|attendees|"
      + "applicants?|claimants?|readers|regulars|volunteers|workers|everyone|nobody|no one|team of|leavers|mums|dads|"
      + "mothers|fathers|babies|toddlers|teenagers|young|pensioners|couples|partners|wives|husbands)\\b");
  /** A sentence that only acknowledges ("ok thanks.", "fine.", "sorry"): it says nothing for the record. */
  private static final Pattern ACKNOWLEDGES = Pattern.compile("(?i)(?:(?:ok(?:ay)?|oh|ah|right|alright|all right|fine|"
      + "sure|great|cool|noted|got it|cheers|ta|thanks|thank you|thx|sorry|understood|i see|makes sense)[\\s,.!]*)+");
  /** A message that is only a command to stop ("stop", "quit please", "exit"): it drops the screening. */
  private static final Pattern STOP_ALONE = Pattern.compile(
      "(?i)\\s*(?:(?:ok|okay|please)[\\s,]+)?(?:stop|quit|exit|abort|end|cancel)(?:\\s+(?:please|now|it|that|this|here))?[\\s.!]*");
  /** The cues that fill a slot of their own, strongest first: a sentence fills only the first it has. */
  private static final List<Cue> SLOT_CUES = List.of(Cue.REVIEW, Cue.DECISION, Cue.MITIGATION, Cue.ENGAGEMENT,
      Cue.EVIDENCE);

  private final FeatureRecogniser recogniser;
  private final PhraseList<Cue> cues;
  private final PhraseList<Consideration> considerations;

  private ScreeningReader(FeatureRecogniser recogniser) {
    this.recogniser = recogniser;
    this.cues = PhraseList.load(FOLDER + "screening.txt", Cue.class);
    this.considerations = PhraseList.load(FOLDER + "considerations.txt", Consideration.class);
  }

  /**
   * "Scrap that": with the change said to be off ("scrap that, not going ahead"; "scrap that, the Mayor's office says
   * it's off the table"), the change called off, not put right, whatever reason follows.
   */
  private static final Pattern SCRAPPED = Pattern.compile("(?i)\\b(?:scrap|scratch) (?:that|this|it)\\b");

  /** Kinds of change that say what happens to a service, as a reply about people may also tell. */
  private static final Set<Activity> CONCRETE = EnumSet.of(Activity.REDUCE_OR_STOP, Activity.RELOCATION,
      Activity.CHARGING, Activity.CHANNEL_SHIFT, Activity.RESTRUCTURE, Activity.PROCUREMENT);

  /** Returns a reader over the built-in phrase lists. */
  public static ScreeningReader builtIn() {
    return new ScreeningReader(FeatureRecogniser.builtIn());
  }

  /**
   * Returns what the message says.
   *
   * @param pending the part of the record Signpost asked about last, or null
   */
  public Reading read(String message, Slot pending) {
    return read(message, pending, java.util.EnumSet.noneOf(Slot.class));
  }

  /**
   * Returns what the message says, read as an answer to the question about {@code pending}, in a screening that
   * already holds {@code filled}: people named before anyone was said to be affected are who is affected,
   * whatever question they answer.
   */
  public Reading read(String message, Slot pending, Set<Slot> filled) {
    Set<Cue> all = cues.find(message);
    // A change named with the cancelling words is a new one ("never mind, we're closing it instead"), unless the
    // message says the change is off ("it's been taken off the savings list so we're not doing it").
    boolean describesChange = !activities(message).isEmpty();
    boolean scrapped = SCRAPPED.matcher(message).find();
    boolean calledOff = all.contains(Cue.CALLED_OFF) && (!all.contains(Cue.CORRECTION) || scrapped);
    boolean cancel = (all.contains(Cue.CANCEL) && (!describesChange || calledOff || cancelledLast(message)))
        || STOP_ALONE.matcher(message).matches() || calledOff && scrapped;
    List<Statement> statements = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (String sentence : sentences(message)) {
      Set<Cue> found = cues.find(sentence);
      QuestionFeatures features = recogniser.recognise(sentence);
      Set<Consideration> groups = considerations.find(sentence);
      boolean harm = found.contains(Cue.HARM);
      boolean benefit = found.contains(Cue.BENEFIT);
      for (Characteristic c : features.characteristics()) mentions.add(new Mention(c, null, sentence, harm, benefit));
      for (Consideration g : groups) mentions.add(new Mention(null, g, sentence, harm, benefit));
      Slot slot = slot(sentence, found, features, groups, pending, filled);
      if (slot != null) statements.add(new Statement(slot, sentence));
      // Asked who is affected, a reply that also says what closes or moves ("two of the centres would close and the
      // services move to the hub") tells both.
      if (slot == Slot.AFFECTED && !Collections.disjoint(features.activities(), CONCRETE)) {
        statements.add(new Statement(Slot.ACTIVITY, sentence));
      }
    }
    return new Reading(cancel, all.contains(Cue.CORRECTION), all.contains(Cue.RETRACT), all.contains(Cue.NOTHING),
        statements, mentions);
  }

  /** A label before what it introduces: "the real one: ...", "what I meant:". */
  private static final Pattern LABEL = Pattern.compile("^(?:[\\p{L}']+\\s+){0,3}[\\p{L}']+\\s*:\\s*");

  /**
   * Returns what a message that takes back all that was said tells after taking it back: "sorry no, wrong one - that's
   * just a kit swap, same app, same escalation. the real one: the hospital discharge team is going to a 7-day service"
   * tells of the discharge team, not of the kit swap it calls the wrong one. The whole message when nothing follows
   * the sentence that takes it back.
   */
  public String retracted(String message) {
    List<String> sentences = sentences(message);
    int last = -1;
    for (int i = 0; i < sentences.size(); i++) if (cues.find(sentences.get(i)).contains(Cue.RETRACT)) last = i;
    if (last < 0 || last == sentences.size() - 1) return message;
    String rest = String.join(" ", sentences.subList(last + 1, sentences.size()));
    return LABEL.matcher(rest).replaceFirst("");
  }

  /**
   * Returns whether the message ends by dropping the screening, in a sentence that names no change: "... they'll run it
   * from the village hall with our volunteers, so nothing's changing for now. forget it, thanks" ends what it told,
   * where "never mind, we're closing it instead" starts a new change.
   */
  private boolean cancelledLast(String message) {
    List<String> sentences = sentences(message);
    if (sentences.size() < 2) return false;
    String last = sentences.get(sentences.size() - 1);
    return cues.find(last).contains(Cue.CANCEL) && activities(last).isEmpty();
  }

  private Slot slot(String sentence, Set<Cue> found, QuestionFeatures features, Set<Consideration> groups,
                    Slot pending, Set<Slot> filled) {
    if (found.contains(Cue.CANCEL) || ACKNOWLEDGES.matcher(sentence).matches() || STOP_ALONE.matcher(sentence).matches()) {
      return null;
    }
    Set<Activity> activities = EnumSet.copyOf(features.activities().isEmpty() ? EnumSet.noneOf(Activity.class)
        : features.activities());
    activities.remove(Activity.DECISION_TAKEN);
    // People named as people: "day centre" points to older and disabled people, and to service users, but
    // describes a service.
    boolean describesPeople = PEOPLE.matcher(sentence).find() || HEADCOUNT.matcher(sentence).find()
        || !groups.isEmpty();
    // The message that opens a screening says first what is changing, whatever else its words suggest ("we're
    // changing the care leavers' support offer" is not an offer of support).
    // A decision the change itself is about ("instead of the current case-by-case risk decision") names nobody who
    // decides and no date: the sentence still says what is changing.
    // A date alone in a sentence describing the change is when the change starts ("from April the Reading Room goes to
    // appointments only"), not when it is decided: only someone named as deciding makes it say who decides.
    boolean saysWhoDecides = found.contains(Cue.DECISION) && DecisionWords.maker(sentence).isPresent();
    if (pending == null && !filled.contains(Slot.ACTIVITY) && !activities.isEmpty() && !saysWhoDecides
        && !found.contains(Cue.REVIEW)) {
      return Slot.ACTIVITY;
    }
    // The question asked last is answered first: "the service manager signs it off" answers "who decides?".
    if (pending != null && fits(pending, found)) return pending;
    for (Cue cue : SLOT_CUES) {
      if (found.contains(cue) && !(cue == Cue.MITIGATION && !activities.isEmpty() && pending == Slot.ACTIVITY)) {
        return Slot.valueOf(cue.name());
      }
    }
    // Where it goes, with no change and no people in the sentence, is who decides: "It's due to go to the Chief Officer
    // Group in March."
    if (activities.isEmpty() && !describesPeople && DecisionWords.maker(sentence).isPresent()) return Slot.DECISION;
    // A question with nothing in it ("can we look at that one instead?") answers nothing.
    if (sentence.endsWith("?") && activities.isEmpty() && !describesPeople) return null;
    // An answer to "what evidence / who was asked / what would help" is that, unless it says it corrects the change.
    boolean askedInFreeText = pending == Slot.EVIDENCE || pending == Slot.ENGAGEMENT || pending == Slot.MITIGATION;
    if (askedInFreeText && describesPeople && activities.isEmpty() && !filled.contains(Slot.AFFECTED)) {
      return Slot.AFFECTED;
    }
    if (askedInFreeText && !found.contains(Cue.CORRECTION)) return pending;
    boolean askedAboutPeople = pending == Slot.AFFECTED || pending == Slot.GROUPS;
    if (!activities.isEmpty() && (!askedAboutPeople || found.contains(Cue.CORRECTION) || !describesPeople)) {
      return Slot.ACTIVITY;
    }
    if (describesPeople && pending != Slot.ACTIVITY) return Slot.AFFECTED;
    // Who decides and when are names and dates: a sentence with neither does not answer them.
    if (pending == Slot.DECISION && DecisionWords.maker(sentence).isEmpty() && DecisionWords.when(sentence).isEmpty()
        && words(sentence) > SHORT_ANSWER) {
      return null;
    }
    if (pending == Slot.REVIEW && DecisionWords.review(sentence).isEmpty() && DecisionWords.when(sentence).isEmpty()) {
      return null;
    }
    // Asked about people, a longer sentence that names none says more about the change; one that says when, with no
    // change in it, says when it happens ("the facilities manager's ordering them this week").
    if (askedAboutPeople && words(sentence) > SHORT_ANSWER) {
      return activities.isEmpty() && DecisionWords.when(sentence).isPresent() ? Slot.DECISION : Slot.ACTIVITY;
    }
    return pending;
  }

  /** Returns true when a sentence with these cues may answer the question about {@code pending}. */
  private static boolean fits(Slot pending, Set<Cue> found) {
    return switch (pending) {
      case DECISION, REVIEW, MITIGATION, ENGAGEMENT, EVIDENCE -> found.contains(Cue.valueOf(pending.name()));
      default -> false;
    };
  }

  /** Returns the changes the message describes, whatever it asks. */
  public Set<Activity> activities(String message) {
    return recogniser.activities(message);
  }

  /** Returns the features the rules recognise in the text. */
  public QuestionFeatures features(String text) {
    return recogniser.recognise(text);
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  /** Returns the sentences of the message: split at a sentence's end and at each line, list marks taken off. */
  static List<String> sentences(String message) {
    List<String> out = new ArrayList<>();
    for (String line : LINE_END.split(message.strip())) {
      String item = ITEM_MARK.matcher(line.strip()).replaceFirst("");
      for (String part : SENTENCE_END.split(item)) if (!part.isBlank()) out.add(part.strip());
    }
    return out;
  }
}
