package signpost.knowledge.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.Passage;

/**
 * What shape of passage answers a question: one that defines the term asked about ("What is
 * inclusion?" wants "Inclusion means ..."), one with a date ("When ...?"), one with a number
 * ("How many ...?", next to the thing counted when the question names one), a list ("Name the ...", "What are the ...?"), or
 * a person or post ("Who signed the foreword?", "..., who's the contact?"), a frequency ("How often ...?"), or a price ("what
 * does it cost ...?"). A passage of the right shape is ranked up.
 */
final class AnswerShape {

  private static final Pattern DEFINE = Pattern.compile(
      "^(?:what\\s+(?:is|are|does|counts?\\s+as)|what's|whats|define|meaning\\s+of|explain)\\s+(?:an?\\s+|the\\s+)?(.+?)(?:\\s+mean)?\\s*\\??$");
  /**
   * Who or what a term takes in, asked at the end of a message however it opens: "is there an age cut off for who
   * counts as a care leaver?", "what qualifies as a hate incident?".
   */
  private static final Pattern COUNTS_AS = Pattern.compile(
      "\\b(?:who|what)\\s+(?:counts?|qualifies|classes)\\s+as\\s+(?:an?\\s+|the\\s+)?([a-z][a-z' -]{2,40}?)\\s*\\??$");
  /** The header of a definitions table's cell beside the term: "Meaning", "Definition". */
  private static final String MEANING_CELL = "(?:meaning|definition|description|explanation|what it means|means)";
  /** "What does EINA stand for?", "what's EHIA short for", "what is the abbreviation PIA": an abbreviation written out. */
  private static final Pattern STANDS_FOR = Pattern.compile(
      "\\b(?:does|do|did)\\s+(?:an?\\s+|the\\s+)?([a-z][a-z0-9&]{1,9})\\s+(?:stand|stands)\\s+for\\b"
          + "|\\b(?:is|'s|s)\\s+(?:an?\\s+|the\\s+)?([a-z][a-z0-9&]{1,9})\\s+short\\s+for\\b");
  /**
   * A question asking when: "when ...?" opening the message or a sentence of it ("I'm leading the rollout. When is it
   * meant to be done by?"), "... and when is it due?" after another question, or a word for a timetable.
   */
  private static final Pattern WHEN = Pattern.compile("(?:^|[.?!;]\\s+)when\\b|(?:\\band|\\bbut|,)\\s+when(?:'s\\b|\\s+(?:is|are|was"
      + "|were|does|do|did|will|would|should|must|can|has|have)\\b)|\\b(timetable|timeline|deadline|what date|which date|by when"
      + "|from when|until when|schedule|timescale)s?\\b");
  /** When a place is open asks for its days and hours, not a date: "is there one and when is it open?". */
  private static final Pattern OPEN_HOURS = Pattern.compile("\\bwhen(?:'s|\\s+(?:is|are))\\s+(?:[a-z']+\\s+){0,4}open\\b");

  /** Returns whether a question, lower-cased, asks when something happens or is due. */
  private static boolean when(String q) {
    return WHEN.matcher(q).find() && !OPEN_HOURS.matcher(q).find();
  }

  private static final Pattern LIST_OF = Pattern.compile(
      "^(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?(?:just )?|please |pls |just )?(?:name|list|what are the|which are the|what are our"
      + "|what are all the|tell me the|give me the|give me a list)\\b"
      // Asked by naming the list: "derbyshire edi priorities list pls", "list of the networks?".
      + "|\\blist(?:\\s+(?:pls|please|plz|thanks|ta))?\\s*[?!.]*$|^(?:a\\s+|the\\s+)?list\\s+of\\b");
  /**
   * A question asking who: opening with it, or a clause of it ("..., who's the contact?", "whoever wrote it"), or asking
   * which post ("which director owns ...?"), or for people by what they did ("names of the people who did ...").
   */
  private static final Pattern WHO = Pattern.compile("^(?:who|whos|who's|whom)\\b|[,;:?.!]\\s*(?:who|whos|who's)\\b"
      + "|\\b(?:know|out|tell me|ask|is|and) (?:who|whos|who's)\\b|\\bwhoever\\b"
      + "|\\b(?:which|what) (?:[a-z]+ )?(?:director|manager|officer|lead|person|councillor|member|head|sponsor|executive"
      + "|exec|owner)s?\\b"
      // "names of the people who did our peer challenge?", "the ones who ran it": people asked for by what they did.
      + "|\\bnames? of (?:the |those |all the )?(?:people|persons?|members?|officers?|team|panel|reviewers?|peers?)\\b"
      + "|\\b(?:people|person|ones?) (?:who|that) (?:did|ran|led|carried|wrote|signed|sat|was|were)\\b");
  /**
   * A person or a post named in a passage, as written: a title and a name ("Cllr Carol Hart"), an e-mail address, or a
   * post's title in capitals ("Managing Director", "Head of People", "EDI Lead").
   */
  static final Pattern PERSON = Pattern.compile("\\b(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Professor)\\.?\\s+\\p{Lu}\\p{Ll}+"
      + "|[\\w.+-]+@[\\w-]+\\.[\\w.]+"
      + "|\\b(?:Director|Head of|Manager|Lead|Officer|Chair|Chairman|Chairperson|Leader|Cabinet Member|Chief Executive"
      + "|Portfolio Holder|Champion|Sponsor)\\b");
  /**
   * Whether something is lawful, asked: "is positive action in police recruitment actually legal?", "is it allowed?",
   * "would that be against the law?".
   */
  private static final Pattern LAWFUL_ASKED = Pattern.compile("\\b(?:is|are|was|were|would|isn't|isnt|aren't|arent)\\s+"
      + "(?:[a-z']+\\s+){0,6}(?:actually\\s+|even\\s+|really\\s+|still\\s+)?(?:legal|lawful|illegal|unlawful|allowed|permitted"
      + "|against the law)\\b");
  /** What a passage says of whether something is lawful: "Positive action is lawful under section 158". */
  private static final Pattern LAWFUL = Pattern.compile("(?i)\\b(?:lawful|unlawful|legal|illegal|allowed|permitted|permits"
      + "|allows|against the law)\\b");
  /** A question asking how often: its answer is a frequency. */
  private static final Pattern HOW_OFTEN = Pattern.compile("\\bhow (?:often|frequently|regularly)\\b|\\bwhat frequency\\b"
      // A frequency guessed at and asked about: "do we have to redo them every 3 yrs or what's the actual rule".
      + "|^(?:do|does|did|is|are|should|must|have|has)\\b[^.!?]*\\bevery (?:\\d+|one|two|three|four|five|six|few|couple of)"
      + " (?:years?|yrs?|months?|mths?|weeks?|wks?)\\b");
  /** A question asking what answer was given to a question put to a body: "what answer did the council give". */
  private static final Pattern RESPONSE_ASKED = Pattern.compile("\\bwhat (?:answer|response|reply) (?:did|was|were|has|have)\\b"
      + "|\\bwhat (?:was|is|'s) the (?:answer|response|reply)\\b|\\bhow did (?:[a-z]+\\s+){0,3}(?:respond|answer|reply)\\b");
  /** A response as minutes record one, at the start of a passage: "Response:", "Answer -", "Written reply:". */
  private static final Pattern RESPONSE = Pattern.compile("(?i)\\s*(?:written |officer |council |formal )?(?:response|answer"
      + "|reply)\\s*[:\\-\u2013]");
  /** Who was engaged or consulted: "who have we spoken to?", "who did they consult?", "who was engaged?". */
  private static final Pattern CONSULTED = Pattern.compile("\\b(?:spoken|spoke|talked) (?:to|with)\\b"
      + "|\\b(?:consult|consulted|engage|engaged|involve|involved)\\b");
  /** A body by its name, as documents write one: "the BME Forum", "Derbyshire LGBT+ Network Alliance". */
  private static final Pattern BODY = Pattern.compile("\\b[A-Z][A-Za-z+]*(?:\\s+[A-Z][A-Za-z+]*)*\\s+(?:Forum|Network|Alliance"
      + "|Association|Partnership|Society|Panel|Hub|Collective|Coalition)\\b");
  /** A question asking how long before or how long something takes: its answer is a span of time. */
  private static final String AHEAD = "far ahead|far in advance|long before|much notice|soon";
  private static final Pattern HOW_LONG = Pattern.compile("\\bhow (?:" + AHEAD + "|long does|long do|long will|long have"
      + "|long has|long is|long to|long it takes|many (?:working )?(?:days|weeks|months))\\b|\\bwhat notice\\b");
  /** Of those, one asking how long before something: "at least four weeks before the paper deadline" is its answer. */
  private static final Pattern HOW_FAR_AHEAD = Pattern.compile("\\bhow (?:" + AHEAD + ")\\b|\\bwhat notice\\b");
  /**
   * A question asking for a phone number: "whats the EAP number again?", "the number for the counselling line", "the
   * helpline number"; not a count ("the number of staff"), nor a phone named ("phone interpreting only").
   */
  private static final Pattern PHONE_ASKED = Pattern.compile("\\b(?:phone|telephone|freephone|helpline) (?:number|no)\\b"
      + "|\\b(?:what(?:'s| is|s)|whats|need|got|give me|send me) (?:the |a |their |his |her |your )?(?:[a-z]+ ){0,3}number\\b(?! of\\b)"
      + "|\\bnumber (?:for|to ring|to call)\\b");
  /** A UK phone number in a passage: "0808 157 0642", "01234 567890", "020 7946 0000", "ext. 4400". */
  static final Pattern PHONE = Pattern.compile("\\b0\\d{2,4}[ -]?\\d{3,4}[ -]?\\d{3,4}\\b|\\bext(?:ension|\\.)? ?\\d{3,5}\\b");
  /** A question asking what something costs or saves: its answer is a sum of money. */
  private static final Pattern COST = Pattern.compile("\\bwhat (?:does|do|did|will|would) (?:it|this|that|they|[a-z]+) cost\\b"
      + "|\\bhow much (?:does|do|did|will|would|is|are)\\b[^?.!]*\\b(?:cost|charge|charged|pay|paid|fee|save|saved"
      + "|saving|spend|spent|worth)s?\\b"
      + "|\\bwhat(?:'s| is| are) the (?:[a-z]+ )?(?:cost|price|charge|fee)s?\\b|\\bhow much (?:is|are) (?:it|they|a|an)\\b");
  /**
   * A question asking who pays for something: "who pays if I need software?", "which budget does it come out of?". Its
   * answer is where the money comes from ("paid for from the central Adjustments Fund"), not a person.
   */
  private static final Pattern PAYER_ASKED = Pattern.compile("\\bwho(?:'s| is| will| would| has to| should)? (?:pays?|paying"
      + "|funds?|funding|covers? the cost|foots? the bill|picks? up the (?:cost|bill))\\b"
      + "|\\b(?:which|whose|what) budget\\b|\\bwhere (?:does|will|would) the (?:money|funding) come from\\b");
  /** Where a passage says the money comes from: "paid for from the central Adjustments Fund", "funded by". */
  private static final Pattern FUNDED = Pattern.compile("(?i)\\b(?:paid for|pays for|pay for|funded|fund|funding|budgets?"
      + "|meets? the costs?|covers? the costs?|at no cost)\\b");
  /** A price in a passage: "£36 an hour", "11p a word", "£1.50", "free of charge". */
  static final Pattern MONEY = Pattern.compile("£\\s?\\d|\\b\\d+(?:\\.\\d+)?p\\b|\\bfree of charge\\b|\\bno charge\\b");
  /** A span of time in a passage: "six weeks", "10 working days", "three months". */
  static final Pattern SPAN = TimeSpan.SPAN;
  /** A time told by a span before or after something: "at least 20 working days before the report deadline". */
  static final Pattern RELATIVE_TIME = Pattern.compile(SPAN.pattern() + "\\s+(?:before|after|ahead of|prior to|from|of)\\b");
  /** A frequency in a passage: "every four years", "once a year", "quarterly", "annually". */
  static final Pattern FREQUENCY = Pattern.compile("\\b(?:every|each|once a|twice a|once every|per) (?:[a-z]+ )?"
      + "(?:year|years|month|months|week|weeks|quarter|quarters)\\b|\\b(?:annual|annually|quarterly|monthly|weekly|yearly"
      + "|biannual|biannually|bi-annual|bi-annually|six-monthly|six monthly)\\b");
  /**
   * A question asking how many live somewhere ("whats the population of the borough?"): a count (see
   * {@link CountedThing}), not what a population is.
   */
  private static final Pattern POPULATION = Pattern.compile("^(?:what's|whats|what\\s+is|what\\s+was)\\s+(?:the\\s+|our\\s+)?"
      + "(?:total\\s+|whole\\s+|overall\\s+)?population\\b|^(?:the\\s+)?(?:total\\s+)?population\\s+(?:of|in)\\b");
  private static final Pattern HOW_MANY = Pattern.compile("\\b(how many|how much|how big|how large|number of|percentage"
      + "|proportion|what share)\\b"
      + "|(?:^|[-\u2013:;,.?!]\\s*)(?:what's|whats|what\\s+is|what\\s+was|what\\s+are)\\s+(?:our|the\\s+council's|the)\\s+"
      + "(?:[a-z-]+\\s+){0,3}"
      + "(?:gaps?|rates?|figures?|totals?|scores?|breakdown|split)\\b"
      + "|\\b(?:figures?|stats|statistics|numbers)\\s*\\??$"
      // A gap named alone as the question ("... don't want to get the figures wrong. Ethnicity pay gap?"): its figure.
      + "|(?:^|[.!?]\\s+)(?:[a-z-]+\\s+){0,3}gaps?\\s*\\?+\\s*$"
      + "|\\bwhat\\s+(?:our|the\\s+council's|the)\\s+(?:[a-z-]+\\s+){0,3}(?:gaps?|rates?|figures?|totals?|scores?)\\s+(?:is|are|was|were)\\b"
      // Which way a figure is going: "is the pay difference getting smaller?", "has it gone down?".
      + "|\\b(?:getting|got|gone|going|grown|growing)\\s+(?:smaller|bigger|better|worse|wider|narrower|larger|lower|higher|up|down)\\b"
      + "|\\b(?:improving|worsening|narrowing|widening|shrinking)\\b|\\btrends?\\b");
  /**
   * A message speaking of its own organisation ("our pay gap", "here", "we"): a figure it asks for is the
   * organisation's, which only the organisation's documents state; the built-in guide's numbers are the law's.
   */
  private static final Pattern OURS = Pattern.compile("\\b(?:our|ours|we|we've|we're|us|here)\\b");
  /**
   * A date in a passage, as "12 March 2024", "March 2024", "2024-03(-12)" or "12/3/24", or a quarter, as action plans
   * date their actions: "Q3 2025/26", "Q1 of 2026-27", "Q2 2025".
   */
  static final Pattern DATE = Pattern.compile(
      "\\b(\\d{1,2}\\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{4}\\b"
          + "|\\b(19|20)\\d{2}-\\d{2}(-\\d{2})?\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"
          + "|\\bq[1-4]\\s+(?:of\\s+)?(?:19|20)\\d{2}(?:[/-]\\d{2})?\\b");
  /** A span of dates in a passage: "1 March 2024 to 5 April 2024", "from 3 June until 14 July 2025". */
  static final Pattern DATE_RANGE = Pattern.compile("(?:" + DATE.pattern() + "|\\b\\d{1,2}\\s+(?:january|february|march|april"
      + "|may|june|july|august|september|october|november|december)\\b)\\s*(?:to|until|till|and|-|\u2013)\\s*(?:"
      + DATE.pattern() + ")");
  /** A question asking between which dates: "between which dates can the public comment?", "when does it open and close". */
  private static final Pattern RANGE_ASKED = Pattern.compile("\\b(?:between|from) (?:which|what) dates?\\b"
      + "|\\b(?:which|what) dates\\b|\\bopens? and closes?\\b|\\bstarts? and (?:ends?|finish(?:es)?)\\b");
  /** A list of at least three items in a passage, as passages write lists ("- item" lines). */
  static final Pattern LIST = Pattern.compile("(?m)^- [^\\n]*\\n- [^\\n]*\\n- ");
  /** A number in a passage. */
  static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,.]*%?");
  private static final String DEFINING_VERBS = "(?:means?|is|are|refers? to|recognises|recognizes|describes?|encompasses|can be defined)";

  /** For a definition: the term defined at the very start of a passage (every branch starts with ^). */
  private final Pattern defining;
  /** For "is it legal?": a passage saying whether something is lawful is the answer's shape. */
  private boolean lawful;
  /** For "how far ahead", "how long does it take": a passage stating a span of time is the answer's shape. */
  private boolean lasting;
  /** For "how far ahead": a span told before something ("four weeks before the deadline") the more. */
  private boolean ahead;
  /** For {@link #lasting} but not {@link #ahead}, the stems of what the span is asked of: "comment". */
  private List<String> spanOf = List.of();
  /** For {@link #ahead}, the stems naming what the span is asked before. */
  private List<String> aheadOf = List.of();
  /** For "who ... and by when": the stems of what is asked, which an action's row names beside its owner and date. */
  private List<String> rowOf = List.of();
  /** For "what does it cost": a passage stating a price is the answer's shape. */
  private boolean priced;
  /** For "who pays for it?": a passage saying where the money comes from is the answer's shape. */
  private boolean funded;
  /** For "what answer did the council give": a passage recording a response ("Response: ...") is the answer's shape. */
  private boolean responds;
  /** For "what's the EAP number?": a passage giving a phone number is the answer's shape. */
  private boolean phoned;
  /** For "who have we spoken to?": a body named ("the BME Forum") answers as a person would. */
  private boolean consulted;
  /** For "who ... and by when": which passages name a person or a post, whose date is an owner's; else null. */
  private ShapeMemo owned;
  /** For "who's the exec lead for ...": the post named, a passage naming it the more so; else null. */
  private Pattern role;
  /** For an abbreviation asked about: where a passage writes it out, "Long Form (LF)"; null for any other shape. */
  private Pattern writtenOut;
  /** For a figure of the organisation's own ("our pay gap"): only its documents' numbers have the answer's shape. */
  private boolean ours;
  /** For "between which dates": a span of dates is the answer's shape the more. */
  private boolean ranged;
  /** For a date or a number: which passages have one, remembered across questions. */
  private final ShapeMemo memo;
  /** For "how many": the thing counted, which a passage must state a number next to. */
  private final CountedThing counted;
  private final double boost;
  /** For a "when" question, the stems of its weightiest concept: a date next to one of them is the answer's shape. */
  private List<String> dated = List.of();
  /**
   * For a "how often" question, the stems of its weightiest concept: a frequency next to one of them ("equality
   * objectives at least every four years") is the answer's shape the more.
   */
  private List<String> often = List.of();
  /** For a list, the stems of the question's weightiest concepts: a list is of that thing when its lead-in names it. */
  private List<String> listed = List.of();

  private AnswerShape(Pattern defining, ShapeMemo memo, double boost) {
    this(defining, memo, null, boost);
  }

  private AnswerShape(Pattern defining, ShapeMemo memo, CountedThing counted, double boost) {
    this.defining = defining;
    this.memo = memo;
    this.counted = counted;
    this.boost = boost;
  }

  /** A question word or mark outside an abbreviation's question: the message asks something more. */
  private static final Pattern ANOTHER_QUESTION = Pattern.compile("\\?|\\b(?:who|whos|when|where|how|which|what|whats|why)\\b");

  /**
   * Returns the question a message asks among other words, where it asks only what a term means: what an abbreviation
   * stands for ("what does PCREF stand for lol, keeps coming up in handovers": "what does pcref stand for"), or what a
   * term it quotes means ("my manager keeps saying 'reasonable adjustment' - what does that mean?": "what is reasonable
   * adjustment"); empty for any other.
   */
  static Optional<String> focus(String question) {
    String q = question.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    Optional<String> quoted = quotedTermAsked(q);
    if (quoted.isPresent()) return Optional.of("what is " + quoted.get());
    Matcher spelt = STANDS_FOR.matcher(q);
    if (!spelt.find()) return Optional.empty();
    // The question's own opening ("what", just before the match) and closing mark are no other question.
    String before = q.substring(0, spelt.start()).replaceFirst("\\b(?:what|whats|what's)\\s*$", "");
    String after = q.substring(spelt.end()).replaceFirst("^\\s*\\?", "");
    String rest = before + " " + after;
    if (ANOTHER_QUESTION.matcher(rest).find()) return Optional.empty();
    return Optional.of("what does " + abbreviation(question, spelt) + " stand for");
  }

  /** Words standing in for the abbreviation asked of: "saw FEIA in the minutes, what does that stand for". */
  private static final Set<String> POINTING = Set.of("that", "this", "it");
  /** An abbreviation written in capitals: "FEIA", "EPIA". */
  private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z][A-Z0-9&]{1,9}\\b");

  /**
   * Returns the abbreviation a question asks what it stands for, in lower case: the word asked of, or, where that word
   * points back ("that", "it"), the last abbreviation the question writes in capitals.
   */
  private static String abbreviation(String question, Matcher spelt) {
    String word = spelt.group(1) != null ? spelt.group(1) : spelt.group(2);
    if (!POINTING.contains(word)) return word;
    Matcher capitals = CAPITALS.matcher(question);
    String last = null;
    while (capitals.find()) last = capitals.group();
    return last == null ? word : last.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the shape the question asks for; a shape that boosts nothing when none is recognised.
   * {@code dates} and {@code numbers} remember which passages hold a {@link #DATE} and a {@link #NUMBER}.
   */
  static AnswerShape of(String question, double boost, ShapeMemo dates, ShapeMemo numbers, ShapeMemo lists,
                        ShapeMemo people, ShapeMemo frequencies) {
    String q = TextSpeak.writtenOut(question.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    Matcher spelt = STANDS_FOR.matcher(q);
    if (spelt.find()) {
      // "What does EINA stand for?": the passage that writes it out, "Equality Impact and Needs Assessment (EINA)".
      // A glossary's entry for it ("BAME stands for ...") the more.
      String abbreviation = Pattern.quote(abbreviation(question, spelt));
      AnswerShape shape = new AnswerShape(Pattern.compile("^(?:an?\\s+)?" + abbreviation
          + "\\s+(?:stands for|is short for|means|is)\\b|^" + abbreviation + "\\s*$", Pattern.CASE_INSENSITIVE), null, boost);
      shape.writtenOut = Pattern.compile("\\(\\s*" + abbreviation + "s?\\s*\\)", Pattern.CASE_INSENSITIVE);
      return shape;
    }
    if (PHONE_ASKED.matcher(q).find() && !HOW_MANY.matcher(q).find()) {
      AnswerShape shape = new AnswerShape(null, null, boost);
      shape.phoned = true;
      return shape;
    }
    // "A member of the public asked why ... What answer did the council give": the response as minutes record it.
    if (RESPONSE_ASKED.matcher(q).find()) {
      AnswerShape shape = new AnswerShape(null, null, boost);
      shape.responds = true;
      return shape;
    }
    if (LAWFUL_ASKED.matcher(q).find()) {
      // "Is positive action in police recruitment actually legal?": a passage saying whether it is ("Positive action is
      // lawful under section 158"), over one on what it is.
      AnswerShape shape = new AnswerShape(null, null, boost);
      shape.lawful = true;
      return shape;
    }
    // A term in quotes that "what does that mean?" asks about comes here as "what is <term>" (see focus).
    Matcher define = DEFINE.matcher(q);
    boolean defined = define.find() || (define = COUNTS_AS.matcher(q)).find();
    // "What's our pay gap?" asks for the organisation's figure, not what a pay gap is.
    if (defined && define.group(1).split("\\s+").length <= 4 && !define.group(1).startsWith("our ")
        && !POPULATION.matcher(q).find()) {
      String term = term(define.group(1));
      // Also a definitions table's row whose first cell is the term, its meaning next ("Term: Core20PLUS5; Meaning:
      // ..."), not a row of another table ("Group: Care leavers; Likely impact: ..."); and a glossary's entry opening
      // with it ("Care leavers: for IIA purposes, people up to their 25th birthday ...").
      return new AnswerShape(Pattern.compile("^(?:\"|')?(?:an?\\s+)?" + term + "(?:\"|')?[,:]?\\s+(?:\\([^)]*\\)\\s+)?"
          + DEFINING_VERBS + "\\b|^" + term + "\\s*$"
          + "|^[^:;\\n]{1,25}:\\s*(?:\"|')?" + term + "(?:\"|')?\\s*(?:\\([^)]*\\)\\s*)?;\\s*" + MEANING_CELL + "\\b"
          + "|^" + term + "\\s*:\\s+[^;\\n]{20,}$", Pattern.CASE_INSENSITIVE), null, boost);
    }
    if (when(q)) {
      // "Who owns it and when is it due?": an action's row, its owner and its date together.
      AnswerShape shape = new AnswerShape(null, dates, boost);
      if (WHO.matcher(q).find()) shape.owned = people;
      shape.ranged = RANGE_ASKED.matcher(q).find();
      return shape;
    }
    Optional<CountedThing> counted = CountedThing.of(q);
    if (counted.isPresent()) return new AnswerShape(null, null, counted.get(), boost);
    if (HOW_OFTEN.matcher(q).find()) return new AnswerShape(null, frequencies, boost);
    if (HOW_LONG.matcher(q).find()) {
      AnswerShape shape = new AnswerShape(null, null, boost);
      shape.lasting = true;
      shape.ahead = HOW_FAR_AHEAD.matcher(q).find();
      return shape;
    }
    if (PAYER_ASKED.matcher(q).find()) {
      AnswerShape shape = new AnswerShape(null, null, boost);
      shape.funded = true;
      return shape;
    }
    if (COST.matcher(q).find()) {
      AnswerShape shape = new AnswerShape(null, null, boost);
      shape.priced = true;
      return shape;
    }
    if (HOW_MANY.matcher(q).find()) {
      AnswerShape shape = new AnswerShape(null, numbers, boost);
      shape.ours = OURS.matcher(q).find();
      return shape;
    }
    if (LIST_OF.matcher(q).find()) return new AnswerShape(null, lists, boost);
    if (WHO.matcher(q).find()) {
      AnswerShape shape = new AnswerShape(null, people, boost);
      shape.role = role(q);
      shape.consulted = CONSULTED.matcher(q).find();
      return shape;
    }
    return new AnswerShape(null, null, 1);
  }

  /**
   * The post a "who" question names: "who's the exec lead for objective 4", "who is the executive sponsor of the race
   * network" (its last word a post's; up to two words before it qualify it).
   */
  private static final Pattern ROLE_ASKED = Pattern.compile("\\b(?:who|whos|who's|whom)(?:\\s+is|\\s+are|\\s+was|'s)?\\s+"
      + "(?:the|our|their|your)\\s+((?:[a-z&]+\\s+){0,2}(?:lead|leads|director|manager|officer|sponsor|champion|chair"
      + "|owner|head|member|holder|guardian|coordinator|advisor|adviser|executive|representative|rep))\\b");
  /** Words too general to tell one post from another ("the main lead", "the right person"). */
  private static final Pattern GENERAL = Pattern.compile("^(?:main|right|best|actual|real|named|overall|current|new|old)$");

  /**
   * Returns the post a "who" question names, as a pattern matching it written out in a passage: each qualifying word as
   * a word's start (of four letters or more), so "exec lead" finds "Executive lead", and the post itself as asked, one
   * or several; null when the question names none.
   */
  static Pattern role(String q) {
    Matcher asked = ROLE_ASKED.matcher(q);
    if (!asked.find()) return null;
    StringBuilder pattern = new StringBuilder();
    String[] words = asked.group(1).split("\\s+");
    for (int i = 0; i < words.length - 1; i++) {
      if (GENERAL.matcher(words[i]).matches()) continue;
      pattern.append("\\b").append(Pattern.quote(words[i])).append(words[i].length() >= 4 ? "[a-z]*" : "\\b").append("[\\s-]+");
    }
    // The post itself as asked, one or several: "the executive leads for each objective" names no one's post.
    String post = words[words.length - 1];
    pattern.append("\\b").append(Pattern.quote(post)).append("\\b");
    return Pattern.compile(pattern.toString(), Pattern.CASE_INSENSITIVE);
  }

  /** "... - what does that actually mean?": a definition asked of something said before it. */
  private static final Pattern WHAT_THAT_MEANS = Pattern.compile("\\bwhat (?:does|do|is|'s) (?:that|this|it|they|those)"
      + "(?: actually| even| exactly| really)? mean\\b|\\bwhat (?:is|'s) meant by (?:that|this|it)\\b");
  /** A term set in quotes: "my manager keeps saying 'reasonable adjustment'". */
  private static final Pattern QUOTED = Pattern.compile("(?:^|[\\s(])['\"\u2018\u201c]([a-z][a-z -]{2,40}[a-z])['\"\u2019\u201d]");

  /** Returns the term in quotes that "what does that mean?" asks about, for a question asking that; else empty. */
  private static Optional<String> quotedTermAsked(String q) {
    if (!WHAT_THAT_MEANS.matcher(q).find()) return Optional.empty();
    Matcher quoted = QUOTED.matcher(q);
    return quoted.find() ? Optional.of(quoted.group(1)) : Optional.empty();
  }

  /** Words after the term that say how it is asked ("what are the protected characteristics again?"). */
  private static final Pattern TRAILING_FILLER = Pattern.compile("(?:\\s+(?:again|then|exactly|actually|please|pls|anyway))+$");

  /**
   * Returns the pattern of the term a definition question asks about, as a passage or heading would write it: one or
   * several of it ("the protected characteristics" is defined by "A protected characteristic is ...").
   */
  private static String term(String asked) {
    String term = TRAILING_FILLER.matcher(asked.replaceAll("[?.!]+$", "").strip()).replaceAll("");
    StringBuilder pattern = new StringBuilder();
    for (String word : term.split("\\s+")) {
      if (!pattern.isEmpty()) pattern.append("\\s+");
      String one = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
      pattern.append(Pattern.quote(one)).append("s?");
    }
    return pattern.toString();
  }

  /** Returns whether the question asks how often something happens, or whether it happens as often as the asker guesses. */
  static boolean asksHowOften(String question) {
    return HOW_OFTEN.matcher(TextSpeak.writtenOut(question.strip().toLowerCase(Locale.ROOT))).find();
  }

  /** Returns whether the question asks when something happens or happened, or for a timetable. */
  static boolean asksWhen(String question) {
    return when(TextSpeak.writtenOut(question.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * Returns this shape, for a "when" question, judging dates by how near they are to what is asked: a date within a few
   * words of one of the stems (the question's weightiest concept: "consultation" of "when's the public consultation on
   * the new objectives") has the boost twice over, any other date the boost's square root ("the consultation ... the
   * Committee meets on 9 May" says when something else happens).
   */
  AnswerShape datedNear(List<String> stems) {
    if (lasting && !ahead) spanOf = List.copyOf(stems);
    if (memo != null && memo.pattern() == DATE && !stems.isEmpty()) dated = List.copyOf(stems);
    if (memo != null && memo.pattern() == FREQUENCY && !stems.isEmpty()) often = List.copyOf(stems);
    return this;
  }

  /**
   * Returns this shape, for a list, judging lists by whether they are of the thing asked, one of the {@code stems} (of
   * the question's weightiest concepts; see {@link #introduces}).
   */
  AnswerShape listOf(List<String> stems) {
    if (memo != null && memo.pattern() == LIST && !stems.isEmpty()) listed = List.copyOf(stems);
    return this;
  }

  /** How many words from a date the asked thing may be. */
  private static final int DATE_NEAR = 6;

  /** How far after "8 weeks before" the thing it is before is named. */
  private static final int AHEAD_OF_CHARS = 40;

  /**
   * Returns this shape, for "how far ahead of X", knowing X by the stems of the question's weightiest concepts
   * ("decis", "meet"): a span before all of them is the answer over a span before something else.
   */
  AnswerShape aheadOf(List<String> stems) {
    if (ahead) aheadOf = List.copyOf(stems);
    return this;
  }

  /**
   * Returns this shape, for "who ... and when", knowing what is asked by the stems of the question's weightiest concepts
   * ("hopper", "castl", "bu"): an action's row naming most of them beside an owner and a date is the answer.
   */
  AnswerShape ownedRowOf(List<String> stems) {
    if (owned != null) rowOf = List.copyOf(stems);
    return this;
  }

  /** Returns whether the question asks for a shape at all: one that boosts nothing ranks every passage alike. */
  boolean any() {
    return boost > 1;
  }

  /** Returns the factor for passage {@code docId}: the boost when it has the wanted shape, otherwise 1. */
  double factor(int docId, Passage passage) {
    if (lasting) {
      if (ahead) {
        // The span before what is asked, named as asked ("8 weeks before the decision-making meeting" for "how far
        // ahead of the decision meeting"), over a span before something else ("10 working days before the Board
        // meeting").
        String lower = passage.text().toLowerCase(Locale.ROOT);
        Matcher before = RELATIVE_TIME.matcher(lower);
        boolean any = false;
        while (before.find()) {
          any = true;
          String after = lower.substring(before.end(), Math.min(lower.length(), before.end() + AHEAD_OF_CHARS));
          if (aheadOf.size() >= 2 && aheadOf.stream().allMatch(after::contains)) return boost * boost * boost;
        }
        if (any) return boost * boost;
      }
      // "At least 14 days to comment" for "how long do the networks get to comment?", over a span of something else.
      if (!SPAN.matcher(passage.text()).find()) return 1;
      return spanNear(passage.text()) ? boost * boost : boost;
    }
    if (lawful) return LAWFUL.matcher(passage.text()).find() ? boost : 1;
    if (priced) return MONEY.matcher(passage.text()).find() ? boost : 1;
    if (funded) return FUNDED.matcher(passage.text()).find() ? boost : 1;
    if (responds) return RESPONSE.matcher(passage.text()).lookingAt() ? boost : 1;
    if (phoned) return PHONE.matcher(passage.text()).find() ? boost : 1;
    if (writtenOut != null) {
      return defines(passage) ? boost * boost : writtenOut.matcher(passage.text()).find() ? boost : 1;
    }
    if (defining != null) return defines(passage) ? boost : 1;
    // "Whos sorting the hopper bus for castle quay and by when": the action's row, its owner and due date beside what it
    // is ("Action: Confirm the Castle Quay Hopper contract; Owner: Nikhil Joshi, Head of ...; Due: 31 July 2025"), over
    // minutes that tell of the Hopper, a director and a date in one paragraph.
    if (ownedRow(passage.text())) return boost * boost * boost;
    if (!dated.isEmpty()) {
      double owner = owned != null && owned.holds(docId, passage) ? Math.sqrt(boost) : 1;
      // "At least 20 working days before the report deadline" says when, as a date would.
      // "Monthly, on the second Tuesday of the month" beside the meeting asked of says when it meets, as a date beside
      // it would.
      if (!memo.holds(docId, passage)) {
        if (scheduledNear(passage.text())) return owner * boost * boost;
        return owner * (RELATIVE_TIME.matcher(passage.text()).find() ? boost : 1);
      }
      // "Between which dates ...?": a span of dates, wherever it lies, is more the answer than any other date.
      if (ranged && DATE_RANGE.matcher(passage.text().toLowerCase(Locale.ROOT)).find()) return owner * boost * boost * boost;
      return owner * (dateNear(passage.text()) || scheduledNear(passage.text()) ? boost * boost : Math.sqrt(boost));
    }
    if (counted != null) {
      return switch (counted.statedIn(passage.text())) {
        case COUNT -> boost;
        case SHARE -> Math.sqrt(boost);
        case NOT -> 1;
      };
    }
    if (consulted && BODY.matcher(passage.text()).find()) return boost;
    if (memo != null && !memo.holds(docId, passage)) return 1;
    if (!often.isEmpty()) return near(FREQUENCY, passage.text(), often) ? boost * boost : boost;
    if (ours && passage.document().builtIn()) return 1;
    if (memo != null && !listed.isEmpty()) return introduces(passage) ? boost : Math.sqrt(boost);
    if (role != null) return occursIn(role, passage, true) ? boost * boost : boost;
    if (memo != null) return boost;
    return 1;
  }

  /**
   * Returns whether the passage's list is of the thing asked: its lead-in, the words before its first item, or else
   * its heading, names it ("... because of nine protected characteristics:" before "- age"), where a list of something
   * else only mentions it ("having due regard ... involves:" before "- removing disadvantages ... protected
   * characteristics").
   */
  private boolean introduces(Passage passage) {
    String text = passage.text();
    int first = text.startsWith("- ") ? 0 : text.indexOf("\n- ");
    String leadIn = (first < 0 ? "" : text.substring(0, first)) + "\n" + passage.heading();
    String lower = leadIn.toLowerCase(Locale.ROOT);
    return listed.stream().anyMatch(lower::contains);
  }

  /**
   * Returns whether the pattern occurs in the text within a few words of one of the stems, on its line: a table's next
   * row ("By when: Each year" then "Outcome: ...") is another thing's.
   */
  private static boolean near(Pattern pattern, String text, List<String> stems) {
    for (String line : text.toLowerCase(Locale.ROOT).split("\n")) {
      Matcher found = pattern.matcher(line);
      while (found.find()) {
        if (CountedThing.near(line.substring(Math.max(0, found.start() - 80), found.start()), true, DATE_NEAR, stems)
            || CountedThing.near(line.substring(found.end(), Math.min(line.length(), found.end() + 80)), false, DATE_NEAR,
            stems)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean dateNear(String text) {
    return nearAsked(DATE, text);
  }

  /** Returns whether a span of time stands within a few words of what is asked ("14 days to comment"). */
  private boolean spanNear(String text) {
    return !spanOf.isEmpty() && near(SPAN, text, spanOf);
  }

  /** When something recurs: "monthly", "every quarter", "on the second Tuesday of the month", "every Wednesday". */
  static final Pattern SCHEDULE = Pattern.compile(FREQUENCY.pattern() + "|\\b(?:on the (?:first|second|third|fourth|last)"
      + "|every|each) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

  /** Returns whether a recurring time stands within a few words of what is asked, or in its table row. */
  private boolean scheduledNear(String text) {
    return nearAsked(SCHEDULE, text);
  }

  /**
   * Returns whether a match of {@code pattern} stands within {@link #DATE_NEAR} words of one of the {@link #dated}
   * stems, across lines as a date's sentence may run, or in a table row that holds what is asked (see {@link #inRowOf}).
   */
  private boolean nearAsked(Pattern pattern, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher found = pattern.matcher(lower);
    while (found.find()) {
      if (CountedThing.near(lower.substring(Math.max(0, found.start() - 80), found.start()), true, DATE_NEAR, dated)
          || CountedThing.near(lower.substring(found.end(), Math.min(lower.length(), found.end() + 80)), false, DATE_NEAR,
              dated)
          || inRowOf(lower, found.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether the line at {@code at} is a table's row ("Action: Confirm the Hopper contract; Owner: ...; Due: 31
   * July 2025") that holds what is asked: a row's date is its action's, however many cells lie between.
   */
  private boolean inRowOf(String lower, int at) {
    int start = lower.lastIndexOf('\n', at) + 1;
    int end = lower.indexOf('\n', at);
    String line = lower.substring(start, end < 0 ? lower.length() : end);
    return isRow(line) && dated.stream().anyMatch(line::contains);
  }

  /**
   * Returns whether a line of the text is a table's row naming what is asked (all of {@link #rowOf}'s stems, or all but
   * one of three or more), a person or post and a date.
   */
  private boolean ownedRow(String text) {
    if (rowOf.isEmpty()) return false;
    int needed = rowOf.size() >= 3 ? rowOf.size() - 1 : rowOf.size();
    for (String line : text.split("\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (isRow(lower) && rowOf.stream().filter(lower::contains).count() >= needed && DATE.matcher(lower).find()
          && PERSON.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether a line is a table's row as passages write it: two cells or more. */
  private static boolean isRow(String line) {
    Matcher cell = ROW_CELL.matcher(line);
    return cell.find() && cell.find();
  }

  /** A cell of a table's row as passages write it, "Header: value", the first of the line or after "; ". */
  private static final Pattern ROW_CELL = Pattern.compile("(?:^|; )[^;:]{1,30}: ");

  /** An anchored pattern can only match at the start, so it is tried there alone rather than at every offset. */
  private boolean defines(Passage passage) {
    if (defining.matcher(passage.text().toLowerCase(Locale.ROOT)).lookingAt()) return true;
    return defining.matcher(passage.heading().toLowerCase(Locale.ROOT)).lookingAt();
  }

  /**
   * Returns whether the pattern occurs in the passage's text, lower-cased unless {@code asWritten}, or else in its
   * last heading.
   */
  static boolean occursIn(Pattern pattern, Passage passage, boolean asWritten) {
    String text = asWritten ? passage.text() : passage.text().toLowerCase(Locale.ROOT);
    if (pattern.matcher(text).find()) return true;
    String heading = asWritten ? passage.heading() : passage.heading().toLowerCase(Locale.ROOT);
    return pattern.matcher(heading).find();
  }
}
