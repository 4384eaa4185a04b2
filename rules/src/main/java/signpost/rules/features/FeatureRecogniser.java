package signpost.rules.features;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.CacheFiles;

/**
 * Recognises topics, activities, who is affected, characteristics, the asker's role and the form of answer asked for in a question,
 * from the phrase lists in {@code signpost/rules/phrases/}. Words match by their English stems, and an activity that
 * a "not" or "nothing" denies does not count.
 */
public final class FeatureRecogniser {

  private static final String FOLDER = "/signpost/rules/phrases/";

  /**
   * A question for a fact closing a message that says something first, or whether what it told is lawful ("if we just
   * don't make the adjustments, is that actually against the law?"): a question of the law, not a change put forward.
   */
  private static final Pattern LAST_QUESTION = Pattern.compile(
      "(?:[.!?;:,\\u2013-]\\s+(?:and\\s+)?|\\bor\\s+|\\band\\s+)((?:what|which|when|who|whose|where|how many|how much)\\b[^.!?]*\\?"
          // "doing an IIA on a youth fares thing - is there an age cut off for who counts as a care leaver?": whether
          // something is so, not whether the change is a problem ("is there a problem with that?")
          + "|(?:is|are) there\\b(?! (?:a |an |any )?(?:problems?|issues?|risks?|concerns?|reasons?|anything|something"
          + "|need)\\b)[^.!?]*\\?"
          + "|(?:is|would|could|can|isnt|isn't) (?:that|it|this) (?:\\w+ )?(?:be )?(?:\\w+ )?(?:against the law|illegal|unlawful"
          + "|lawful|legal|discrimination|discriminatory|allowed|a breach)\\b[^.!?]*\\?"
          + "|(?:does|do|is|would) (?:the law|the act|the equality act|it the law|that be the law)\\b[^.!?]*\\?)\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** The words that ask for a figure. */
  private static final String FIGURE = "(?:how (?:many|much)|what (?:percentage|proportion|share|number))\\b";
  /** A question opening by asking for a figure. */
  private static final Pattern FIGURE_ASKED = Pattern.compile("(?i)" + FIGURE);
  /**
   * A message opening by asking for a fact of something, however it goes on: "need the date the budget cabinet meeting
   * was going to look at scrutiny's feedback on the savings", "looking for the name of the officer who ...".
   */
  private static final Pattern FACT_REQUESTED = Pattern.compile("(?i)\\s*(?:hi[,!.]?\\s+)?(?:i\\s+)?(?:just\\s+)?"
      + "(?:need|want|looking for|trying to find|after)\\s+(?:the|a)\\s+(?:date|name|number|figure|time|deadline"
      + "|email|e-mail|phone number|link|reference|ref)\\b");
  /** A later sentence asking for a figure ("is careline going to start charging? how much a week?"). */
  private static final Pattern FIGURE_ASKED_LATER = Pattern.compile("(?i)[.?!]\\s+" + FIGURE);
  /** Words of a question asking what to do, or about equality, rather than for a fact. */
  private static final Pattern ADVICE = Pattern.compile("(?i)\\b(?:need|needs|should|must|have to|has to|ought|do i|do we|"
      + "can i|can we|anything|eqia|eia|eias|impact\\w*|equalit\\w*|affect\\w*|consider\\w*|happens?|next|steps?"
      + "|signs?|signed|approv\\w*|assess\\w*|paperwork|forms?|screen\\w*)\\b");

  /** Words that open a question rather than a statement. */
  private static final Set<String> QUESTION_OPENERS = Set.of("what", "whats", "why", "when", "whens", "who", "whos",
      "whom", "whose", "which", "how", "hows", "where", "wheres", "is", "are", "was", "were", "do", "does", "did", "can",
      "could", "should", "would", "will", "has", "have", "had", "may", "might", "must", "shall", "am", "isnt", "arent",
      "dont", "doesnt", "didnt", "cant", "wasnt", "werent", "hasnt", "havent", "hadnt", "wont", "wouldnt", "couldnt",
      "shouldnt", "mustnt", "tell", "explain", "define", "list", "name", "give", "show");

  private static final Set<String> BE = Set.of("am", "are", "is", "be");
  /** How many texts' features are kept. */
  private static final int RECENT = 4_096;

  private final PhraseList<Topic> topics;
  private final PhraseList<Activity> activities;
  private final PhraseList<Affected> affected;
  private final PhraseList<Characteristic> characteristics;
  private final PhraseList<Role> roles;
  private final PhraseList<Ask> asks;
  /**
   * The features of the texts read lately, at most {@link #RECENT}, by {@link CacheFiles#key} of each text (its
   * SHA-256), never the text (a report of harm must not stay in memory); emptied when full.
   */
  private final Map<String, QuestionFeatures> recent = new ConcurrentHashMap<>();

  private FeatureRecogniser() {
    topics = PhraseList.load(FOLDER + "topics.txt", Topic.class);
    activities = PhraseList.load(FOLDER + "activities.txt", Activity.class).negated();
    affected = PhraseList.load(FOLDER + "affected.txt", Affected.class).negated().keptBySame();
    characteristics = PhraseList.load(FOLDER + "characteristics.txt", Characteristic.class);
    roles = PhraseList.load(FOLDER + "roles.txt", Role.class);
    asks = PhraseList.load(FOLDER + "asks.txt", Ask.class).exact();
  }

  /**
   * Returns the recogniser over the built-in phrase lists: one for the process, made on first use (reading and stemming
   * the lists takes a few hundred milliseconds of a start), shared by every pipeline and screening reader.
   */
  public static FeatureRecogniser builtIn() {
    return Shared.RECOGNISER;
  }

  /** Returns a recogniser of its own over the built-in phrase lists, with nothing remembered yet, for tests. */
  static FeatureRecogniser fresh() {
    return new FeatureRecogniser();
  }

  /** Holds the shared recogniser: made when first asked for, once, whichever thread asks first. */
  private static final class Shared {
    static final FeatureRecogniser RECOGNISER = new FeatureRecogniser();
  }

  /** How many things named as kept the same ("same theme, same plugins") say a change is like for like. */
  private static final int SAME_THINGS = 2;
  /** After "same", words that say when or how, not a thing kept: "at the same time", "in the same way". */
  private static final Set<String> NOT_A_THING = Set.of("time", "day", "week", "way", "as", "thing", "again", "the");

  /** Returns how many things the words name as kept the same: "same theme, same plugins, same logins" gives 3. */
  private static int keptTheSame(Words words) {
    int count = 0;
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.surface(i).equals("same") && !NOT_A_THING.contains(words.surface(i + 1))) count++;
    }
    return count;
  }

  /** Changes that, with all else said to stay the same, happen behind the scenes: who supplies, what it costs. */
  private static final Set<Activity> BEHIND_THE_SCENES = EnumSet.of(Activity.PROCUREMENT, Activity.BUDGET_SAVING,
      Activity.COSMETIC_CHANGE);

  /** What naming equipment bought again can read as besides: the way in it is ("self service machine"), its buying. */
  private static final Set<Activity> EQUIPMENT_NAMED = EnumSet.of(Activity.COSMETIC_CHANGE, Activity.CHANNEL_SHIFT,
      Activity.PROCUREMENT, Activity.OTHER_CHANGE);

  /** Equipment or goods bought again as they were: "same model", "like for like". */
  private static final Pattern SAME_THING_BOUGHT = Pattern.compile("\\bsame (?:model|make|type|spec|specification)\\b"
      + "|\\blike for like\\b");

  /** What a new way in, or something new beside what stays as it is, is read as before the rest is said to stay. */
  private static final Set<Activity> OPTION_ADDED = EnumSet.of(Activity.NEW_POLICY, Activity.CHANNEL_SHIFT,
      Activity.COSMETIC_CHANGE);
  /**
   * The ways in people use now, said to stay as they are: "paper forms and the phone line stay as they are", "phone help
   * still available". Read here only, beside a new way in: elsewhere ("the Tuesday ones stay as they are") it tells
   * nothing of the change.
   */
  private static final Pattern KEPT_AS_IT_IS = Pattern.compile("\\b(?:stay|stays|staying|remain|remains|remaining)"
      + " (?:exactly )?as (?:they|it) (?:are|is)\\b|\\b(?:still|remain|remains) available\\b");
  /** A way in that becomes the only one, or ways that go: no option added, whatever else stays as it is. */
  private static final Pattern ONE_WAY_ONLY = Pattern.compile("(?i)\\b(?:only|instead|replac\\w*|no longer|withdraw\\w*"
      + "|scrap\\w*|stop\\w*|clos\\w*|remov\\w*|end(?:s|ing)?)\\b");

  /** A day of the week: "tuesday", "thursdays", "weds", "thurs". */
  private static final String DAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)";
  /** A part of the day: "mornings", "thursday afternoon". */
  private static final String PART_OF_DAY = "(?:mornings?|afternoons?|evenings?|lunchtimes?|nights?)";
  /** A time of day as the words of a message give it: "3 10", "6pm", "10 30am" ("3.10", "10.30am" as written). */
  private static final String TIME = "(?:\\d{1,2}(?: \\d\\d(?: ?[ap]m)?| ?[ap]m)|half (?:past )?\\d{1,2})";
  /**
   * A time or a day changed, in a message's words: "at 3 10 instead of 3 00", "6pm rather than 7pm", "at half 9 instead
   * of 10pm", "move to thursday at 6pm instead", "moving it to tuesdays", "move the clinic from thursday afternoons to
   * thursday mornings", "moving rhymetime at stallingford from tuesday to thursday mornings", "moving our team
   * meeting from weds morning to thurs morning".
   */
  private static final Pattern TIMES_CHANGED = Pattern.compile("\\b(?:" + TIME + "|(?:at|from|till|until|to) \\d{1,2})"
      + " (?:instead of|rather than|not) (?:" + TIME + "|\\d{1,2})\\b|\\b(?:mov|switch|shift|chang)\\w*(?: \\w+){0,4}"
      + " (?:to|onto) " + DAY + "\\b"
      + "|\\b(?:mov|switch|shift|chang)\\w*(?: \\w+){0,6} from (?:" + DAY + " )?" + PART_OF_DAY + " to (?:" + DAY + " )?"
      + PART_OF_DAY + "\\b|\\b(?:mov|switch|shift|chang)\\w*(?: \\w+){0,6} from " + DAY + " to " + DAY + "\\b");
  /** Money given, not charged: "a little community grants pot for village halls, £6k a year, max £500 each". */
  private static final Pattern GIVEN = Pattern.compile("(?i)\\b(?:grants?|awards?|bursar(?:y|ies)|funding|max|maximum|up to"
      + "|allowance|budget)\\b");
  /** A price put on each person or use: "about £240 each", "£3.50 a session", "£12 per child". */
  private static final Pattern PRICED = Pattern.compile("(?i)£\\s?\\d+(?:[.,]\\d+)?\\s*(?:each|a head|per head|per (?:person|"
      + "child|pupil|student|adult|session|visit|class|night|trip)|a (?:session|visit|class|night|child|pupil|go))\\b");

  /**
   * Returns what the question is about and describes. A conversation's message is read several times over (for its
   * answer, whether it describes a change, what it tells a screening), so the latest texts' features are kept: the
   * same text always has the same features.
   */
  public QuestionFeatures recognise(String question) {
    String key = CacheFiles.key(question);
    QuestionFeatures known = recent.get(key);
    if (known != null) return known;
    QuestionFeatures features = read(question);
    if (recent.size() >= RECENT) recent.clear();
    recent.put(key, features);
    return features;
  }

  /** Returns the changes the text describes (what {@link #recognise} gives as activities), reading only for those. */
  public Set<Activity> activities(String text) {
    QuestionFeatures known = recent.get(CacheFiles.key(text));
    if (known != null) return known.activities();
    return described(text, Words.of(text));
  }

  /** Returns what the memory of recent texts is keyed by, for tests. */
  Set<String> remembered() {
    return Set.copyOf(recent.keySet());
  }

  private Set<Activity> described(String message, Words words) {
    Set<Activity> described = activities.findIn(words);
    // A time or day changed ("finish at 3.10 instead of 3.00 on wednesdays", "aquafit would move to thursday at 6pm
    // instead") and a price per head ("about £240 each"), told in figures no phrase names.
    if (described.isEmpty() && TIMES_CHANGED.matcher(words.toString()).find()) described.add(Activity.OTHER_CHANGE);
    if (PRICED.matcher(message).find() && !GIVEN.matcher(message).find()) described.add(Activity.CHARGING);
    // How often a service runs, changed ("every 2 hours on sundays instead of hourly"): less often is a service reduced.
    Frequencies.changed(message).ifPresent(way -> described.add(way == Frequencies.Way.LESS_OFTEN
        ? Activity.REDUCE_OR_STOP : Activity.OTHER_CHANGE));
    // "Same theme, same plugins, same logins": what people meet named as kept the same, thing after thing, is a change
    // like for like, whatever the things are called.
    if (keptTheSame(words) >= SAME_THINGS) described.add(Activity.COSMETIC_CHANGE);
    if (described.size() > 1) described.remove(Activity.OTHER_CHANGE);
    // A charge raised with inflation is that uprating, not a new or changed charge ("fees up 5% in line with inflation").
    if (described.contains(Activity.INFLATION_UPRATING)) described.remove(Activity.CHARGING);
    // A contract moved, or money saved, with everything people meet kept the same ("only the contract for the phone
    // lines moving to a new provider behind the scenes, same numbers, same opening hours"; "the van parked at another
    // depot to save fuel, same stops, same times") changes nothing they receive: a change to screen, not a commissioning
    // decision or a saving that sets what people receive.
    if (described.contains(Activity.COSMETIC_CHANGE) && described.size() > 1 && BEHIND_THE_SCENES.containsAll(described)) {
      described.retainAll(EnumSet.of(Activity.COSMETIC_CHANGE));
      // Unless what is bought is the same thing again ("replacing the two ceiling hoists ... same model ... procurement
      // is going through this month"): like for like, whoever sells it.
      if (!SAME_THING_BOUGHT.matcher(words.toString()).find()) described.add(Activity.OTHER_CHANGE);
    }
    // Equipment put back as it was ("the self service machine ... its broken so we're swapping it for the same model"):
    // the way in it offers is the one people have now, no new channel.
    if (described.contains(Activity.COSMETIC_CHANGE) && SAME_THING_BOUGHT.matcher(words.toString()).find()
        && EQUIPMENT_NAMED.containsAll(described)) {
      described.retainAll(EnumSet.of(Activity.COSMETIC_CHANGE));
    }
    // Something new offered beside what people have now, kept as it is ("launching an online self-assessment ... phone
    // and face to face assessments are staying exactly as they are"): an option added, which takes nothing away from
    // anyone, to screen for who could not use it, not a new policy that sets what people receive.
    // So too a new way in beside the ways people use now, kept as they are ("adding an online form for blue badge
    // renewals, paper forms and the phone line stay as they are"): no one is moved to one channel.
    String text = words.toString();
    boolean kept = described.contains(Activity.COSMETIC_CHANGE) || KEPT_AS_IT_IS.matcher(text).find();
    if (kept && !described.isEmpty() && OPTION_ADDED.containsAll(described) && !described.equals(EnumSet.of(
        Activity.COSMETIC_CHANGE)) && !ONE_WAY_ONLY.matcher(text).find()) {
      described.removeAll(EnumSet.of(Activity.NEW_POLICY, Activity.CHANNEL_SHIFT));
      described.add(Activity.OTHER_CHANGE);
    }
    return described;
  }

  private QuestionFeatures read(String question) {
    Words words = Words.of(question);
    Set<Ask> asked = EnumSet.noneOf(Ask.class);
    asked.addAll(asks.findIn(words));
    if (states(words)) asked.add(Ask.STATES);
    if (progressive(words)) asked.add(Ask.PROPOSES);
    Set<Topic> about = topics.findIn(words);
    // "Deadline for the managers' training?", "who leads the BSL action?": a question for a fact, however it opens;
    // "new recruitment process from April - deadline for the EqIA?" still puts a change forward for one.
    if (question.strip().endsWith("?") && (asked.contains(Ask.WHEN) || asked.contains(Ask.WHO))
        && !asked.contains(Ask.WHETHER_NEEDED) && !asked.contains(Ask.HELP_WITH) && !asked.contains(Ask.EQUALITY_CHECK)
        && !about.contains(Topic.EQIA)) {
      asked.remove(Ask.STATES);
    }
    // "How much does the pool proposal save?": a figure asked of a change, not the change put forward for advice.
    // So is one that asks only questions, one of them for a figure: "is careline going to start charging? how much a week?"
    boolean figure = FIGURE_ASKED.matcher(question.strip()).lookingAt()
        || opensWithQuestion(words) && FIGURE_ASKED_LATER.matcher(question).find();
    if (figure && !ADVICE.matcher(question).find()) {
      asked.remove(Ask.STATES);
      asked.remove(Ask.PROPOSES);
    }
    if (endsAskingForAFact(question) || FACT_REQUESTED.matcher(question).lookingAt()) {
      asked.remove(Ask.STATES);
      asked.remove(Ask.PROPOSES);
      asked.remove(Ask.HELP_WITH);
      // "What did the equalities assessment say about ...?": the word "equalities" checks no proposal here.
      if (SAID_BY_A_PAPER.matcher(question).find()) asked.remove(Ask.EQUALITY_CHECK);
    }
    return new QuestionFeatures(about, described(question, words), affected.findIn(words),
        characteristics.findIn(words), roles.findIn(words), asked);
  }

  /**
   * Returns true when the message ends by asking for a fact ("I've heard we're replacing the strategy. What do the new
   * objectives say?"): what it said before is the background of that question, not a change put forward for advice,
   * unless the question asks what to do or about equality ("... what do we need to do?").
   */
  static boolean endsAskingForAFact(String message) {
    String asked = message.strip();
    // A few words told after the last question ("... when is it supposed to be finished? I want to feed in what we're
    // seeing") say why it is asked, not what.
    int mark = asked.lastIndexOf('?');
    if (mark > 0 && mark < asked.length() - 1 && asked.substring(mark + 1).strip().split("\\s+").length <= TOLD_AFTER) {
      asked = asked.substring(0, mark + 1);
    }
    Matcher last = LAST_QUESTION.matcher(asked);
    return last.find() && (SAID_BY_A_PAPER.matcher(last.group(1)).find() || !ADVICE.matcher(last.group(1)).find());
  }

  /**
   * What an assessment or paper already written says: "what did the equalities assessment actually say about disabled
   * people?" asks a fact of the Cabinet report's appendix, though it names an assessment.
   */
  private static final Pattern SAID_BY_A_PAPER = Pattern.compile("(?i)\\bwhat (?:did|does|do) (?:the|our|that|this|their)"
      + " (?:[\\w-]+ ){0,3}(?:assessment|eqia|eia|analysis|report|paper|appendix)s? (?:actually |really |finally )?"
      + "(?:say|said|find|found|conclude|show)\\b");

  /** The most words told after a message's last question for it still to end asking that question. */
  private static final int TOLD_AFTER = 12;

  /**
   * Returns true when the message opens as a statement rather than a question; one about the asker
   * ("I commission adult services") tells of their role, not of a change.
   */
  private static boolean states(Words words) {
    return words.size() > 0 && !opensWithQuestion(words) && !words.surface(0).equals("i");
  }

  /** Returns true when the message opens with a word that opens a question ("is", "how", "who"). */
  private static boolean opensWithQuestion(Words words) {
    return words.size() > 0 && QUESTION_OPENERS.contains(words.surface(0));
  }

  /**
   * Words ending "-ing" that are no verb: "is anything being done about the pay gap?" puts nothing forward, nor does a
   * state told of ("my payslip is missing the overtime", "the new form is confusing").
   */
  private static final Set<String> NOT_VERBS = Set.of("being", "anything", "something", "nothing", "everything",
      "missing", "outstanding", "pending", "confusing", "annoying", "worrying", "concerning", "frustrating", "upsetting",
      "boring", "amazing", "interesting", "overwhelming", "exhausting");

  /** Returns true when a verb stands in the progressive ("is moving", "we are closing"), as changes under way are put. */
  private static boolean progressive(Words words) {
    for (int i = 1; i < words.size(); i++) {
      String word = words.surface(i);
      if (word.length() > 4 && word.endsWith("ing") && !NOT_VERBS.contains(word) && BE.contains(words.surface(i - 1))) {
        return true;
      }
    }
    return false;
  }
}
