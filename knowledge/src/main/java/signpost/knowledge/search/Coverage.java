package signpost.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import signpost.knowledge.index.PassageFields;

/**
 * How much of a question a passage covers: the share of the question's concepts found in it, each
 * weighted by its inverse document frequency, so "canteen" (in no document) outweighs "time" and "open".
 */
final class Coverage {

  /**
   * Extra weight of a word found in no passage at all: the knowledge base knows nothing of that subject,
   * so the question is unlikely to be answerable whatever else matches.
   */
  private static final double UNSEEN = 2.0;

  private Coverage() {}

  /**
   * A word the way it is asked, not what: "roughly", "really", "quickly". Found in no passage, it says nothing of
   * the subject, so it does not count against every passage as an unseen subject would ("lasagne").
   */
  private static final Pattern MANNER = Pattern.compile("\\p{Ll}{3,}ly");

  /**
   * Numbers said as a plural ("a mix of 8s and 10s", "people in their 80s"): the asker's own figures, which no document
   * need hold, not a subject the documents lack.
   */
  private static final Pattern COUNTS = Pattern.compile("\\d+'?s");

  /**
   * Words that tell what the asker does or wants ("who runs ...", "how do I sign up"), from the resource
   * {@code signpost/index/asker-words.txt}: found in no passage, like a word of manner, they say nothing of the subject.
   */
  private static final Set<String> ASKER_WORDS = Set.copyOf(ResourceWords.of("/signpost/index/asker-words.txt"));

  /**
   * Returns each concept's weight: the idf of its rarest known term, or of an unseen term; an unseen word of manner
   * (see {@link #MANNER}) has none.
   *
   * @param question the text the concepts' offsets are in
   */
  static Map<QuestionTerms.Concept, Double> weights(IndexSearcher searcher, List<QuestionTerms.Concept> concepts,
                                                    String question) {
    Map<QuestionTerms.Concept, Double> weights = new LinkedHashMap<>();
    Asked asked = asked(question);
    List<Span> guessed = guessed(question);
    Span alternative = alternative(question, asked);
    boolean howOften = AnswerShape.asksHowOften(question);
    Set<Integer> howAsked = howAsked(question);
    try {
      int docs = Math.max(1, searcher.getIndexReader().numDocs());
      List<TermsEnum> dictionaries = dictionaries(searcher.getIndexReader());
      for (QuestionTerms.Concept concept : concepts) {
        long df = 0;
        for (String term : concept.terms()) df = Math.max(df, docFreq(dictionaries, new BytesRef(term)));
        String word = concept.word(question).toLowerCase(Locale.ROOT);
        // A letter alone that no document holds is text-speak ("n" for "and"), never a subject the documents lack.
        if (df == 0 && (MANNER.matcher(word).matches() || ASKER_WORDS.contains(word) || COUNTS.matcher(word).matches()
            || word.length() == 1)) {
          continue;
        }
        // A word of a phrase a synonym rule matched is covered by the phrase; so, however many passages hold it, is
        // a letter of an abbreviation written with punctuation ("d" of "E&D", as "equality and diversity").
        if ((df == 0 || word.length() <= 2) && withinPhrase(concept, concepts)) continue;
        // A phrase a synonym rule reads as other words entirely ("in charge" is "lead") means what its words need not:
        // "charge" of "who's in charge of ...?" is no fee.
        if (replacedByPhrase(concept, concepts)) continue;
        double idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
        if ((ASKER_WORDS.contains(word) && !someoneElses(question, concept))
            || (howOften && REPEATING.matcher(word).matches()) || howAsked.contains(concept.start())) {
          weights.put(concept, CONTEXT * Math.min(idf, ASKER_IDF));
          continue;
        }
        // What "it" refers to is asked, but a word of it no document holds is the asker's telling ("our new tenancy
        // fraud policy"), not a subject the documents lack.
        // An alternative put after the question asks too where the documents speak of it ("... just for LGBT staff or
        // can allies go too?"); only its words no document holds are the asker's guess ("or do they sit in a drawer").
        boolean alternativeAsked = df > 0 && alternative != null && alternative.holds(concept);
        boolean told = (!asked.holds(concept) && !alternativeAsked) || (df == 0 && asked.referred(concept))
            || guessed.stream().anyMatch(g -> g.holds(concept));
        weights.put(concept, told ? CONTEXT * idf : df == 0 ? UNSEEN * idf : idf);
      }
      capTelling(weights, asked);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read term statistics", e);
    }
    return weights;
  }

  /** Another person's own, written with their possessive: "a resident's daughter", "the patient's son". */
  private static final Pattern POSSESSED = Pattern.compile(
      "(?<![a-z'])(?!(?:it|that|what|who|there|here|he|she|let|where|how|when|one)'s)[a-z]+'s\\s+$");

  /**
   * Returns whether the asker's word is another person's ("can a resident's daughter interpret for her?"): then who
   * they are to that person is what is asked about, not the asker telling of their own family ("my nan has it").
   */
  private static boolean someoneElses(String question, QuestionTerms.Concept concept) {
    String before = question.substring(Math.max(0, concept.start() - 40), concept.start()).toLowerCase(Locale.ROOT);
    return POSSESSED.matcher(before.replace('\u2019', '\'')).find();
  }

  /**
   * The most idf a word of the asker's own weighs by (halved, as a word told): one that a single passage happens to hold
   * ("how far ahead of Cabinet ...", where one report says "so far") is rare only by chance, and must not weigh as a
   * subject would.
   */
  static final double ASKER_IDF = 1.0;

  /**
   * How much a concept of the sentences around the one asked weighs: "A member of my team needs a special chair and
   * screen reader because of her disability. Can I ask her to contribute to the cost?" tells the situation, then asks
   * about it; a passage that answers the asking sentence answers the question, though it names no chair. A word told
   * around the question that no document holds ("someone reckoned", "trying to explain it") weighs as little as any
   * other word of the situation: it is the asker's telling, not a subject the documents lack.
   */
  static final double CONTEXT = 0.5;

  /**
   * Scales the concepts told around the sentence asked so that together they weigh no more than {@link #TOLD_SHARE}
   * of what the sentence asked weighs: a long story around a short question ("... trying to explain it to my team
   * without it sounding like jargon") must not outweigh it.
   */
  private static void capTelling(Map<QuestionTerms.Concept, Double> weights, Asked asked) {
    double told = 0;
    double asking = 0;
    for (Map.Entry<QuestionTerms.Concept, Double> e : weights.entrySet()) {
      if (asked.holds(e.getKey())) asking += e.getValue();
      else told += e.getValue();
    }
    if (told == 0 || asking == 0 || told <= TOLD_SHARE * asking) return;
    double scale = TOLD_SHARE * asking / told;
    weights.replaceAll((concept, weight) -> asked.holds(concept) ? weight : weight * scale);
  }

  /** The most the words told around the sentence asked weigh together, as a share of that sentence's weight. */
  static final double TOLD_SHARE = 0.5;

  /** The end of a sentence. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\\s\\p{Pi}\\p{Pf}\"')]*\\s+(?=\\S)");
  /**
   * A dash before a question, as chat joins one to the situation it is asked in ("social worker here, I need a BSL
   * interpreter for a home visit next tuesday - how do I book one?").
   */
  private static final Pattern DASH_BEFORE_QUESTION = Pattern.compile("\\s+[-\u2013\u2014]+\\s+(?=(?i:how|what|whats|who"
      + "|whos|which|when|where|why|is|are|do|does|can|could|should|would|will|has|have)\\b)");
  /** The asker telling of themselves or their team: what comes before a dash is then their situation. */
  private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:i|i'm|im|i've|ive|my|me|we|we're|our|us)\\b");
  /** A sentence opening as a question: what comes before a dash is then a question too, not a situation. */
  private static final Pattern OPENS_ASKING = Pattern.compile("(?i)\\s*(?:how|what|whats|who|whos|which|when|where|why"
      + "|is|are|do|does|did|can|could|should|would|will|has|have)\\b");

  /** A sentence that asks though it lacks its question mark ("what was the figure"). */
  private static final Pattern ASKING = Pattern.compile("(?i)(?:what|whats|who|whos|whose|which|when|where|why|how|is|are|"
      + "was|were|do|does|did|can|could|should|would|will|has|have)\\b.*");

  /** A clause after a comma, in a sentence asking without a question mark. */
  private static final Pattern CLAUSE = Pattern.compile(",\\s+");

  /**
   * Returns where the asking of a sentence without a question mark ends: before a clause after a comma that asks
   * nothing and tells of the asker ("when does it all go over to 111 option 2, patients keep asking me and I dont know
   * what to tell them"), which is their situation; the sentence's end otherwise.
   */
  private static int toldTail(String text, int from, int to) {
    Matcher clause = CLAUSE.matcher(text).region(from, to);
    while (clause.find()) {
      String tail = text.substring(clause.end(), to);
      if (!OPENS_ASKING.matcher(tail).lookingAt() && FIRST_PERSON.matcher(tail).find()) return clause.start();
    }
    return to;
  }

  /**
   * Doing something again, which a question of how often asks by its frequency alone: "how often do we have to redo
   * our objectives?" is answered by "at least every four years", which need not say "redo".
   */
  private static final Pattern REPEATING = Pattern.compile("re(?:do|done|doing|new|newed|fresh|freshed|view|viewed|peat"
      + "|peated|visit|visited|vise|vised|write|written|publish|published)|update|updated|updating");

  /**
   * "Published" of "the last figure published", "the latest published figure": which figure is asked for, the latest,
   * not a question of publishing; the passage that answers states the figure, seldom that it was published.
   */
  private static final Pattern PUBLISHED_FIGURE = Pattern.compile("(?i)\\b(?:last|latest|most recent|newest)\\s+"
      + "(?:(published|released)\\s+)?(?:figures?|numbers?|stats|statistics|data)(?:\\s+(published|released|out))?\\b");


  /**
   * Who made the claim the asker reports ("HR says that's illegal", "legal said it's fine"): how the asker came to ask,
   * not what about; the passage that answers speaks of the claim, not of whoever made it. Someone of the asker's own
   * ("my manager says I have to go in my lunch break") is their situation told, which a passage may well speak of.
   */
  private static final Pattern SAYER = Pattern.compile("(?i)(?<!\\bmy\\s|\\bour\\s)\\b([a-z&]+)\\s+"
      + "(?:says|said|reckons|reckoned|thinks|told me|tells me|keeps saying|mentioned)\\b");

  /**
   * Who put the question to the asker, passing it on ("one of my tutees asked me if being care experienced counts as a
   * protected characteristic"): how the asker came to ask, not what about, whoever they are to the asker.
   */
  private static final Pattern ASKED_ME = Pattern.compile("(?i)\\b([a-z&-]+)\\s+(?:asked|asks|has asked|was asking)"
      + "\\s+(?:me|us)\\s+(?:if|whether|about|what|how|why|when|who)\\b");

  /**
   * Asking whether what was told is so ("someone said ... the pay gap went UP this year. is that right and why?"): the
   * told is asked, "right" of it is no subject (as "human rights" would be).
   */
  private static final Pattern CONFIRMING = Pattern.compile("(?i)\\b(?:is|was|are|were|isn't|wasn't)\\s+(?:that|this|it"
      + "|they)\\s+(right|correct|accurate)\\b");

  /**
   * Returns where the words start that say how the asker came to ask or which figure they want rather than what about:
   * "published" of "the last figure published" and who made a claim reported ("HR says ..."); read once a question.
   */
  static Set<Integer> howAsked(String question) {
    Set<Integer> starts = new HashSet<>();
    Matcher confirming = CONFIRMING.matcher(question);
    while (confirming.find()) starts.add(confirming.start(1));
    Matcher figure = PUBLISHED_FIGURE.matcher(question);
    while (figure.find()) {
      for (int group = 1; group <= 2; group++) if (figure.start(group) >= 0) starts.add(figure.start(group));
    }
    Matcher said = SAYER.matcher(question);
    while (said.find()) starts.add(said.start(1));
    Matcher asker = ASKED_ME.matcher(question);
    while (asker.find()) starts.add(asker.start(1));
    return starts;
  }

  /**
   * A frequency a question states ("do we have to redo them every 3 yrs or what's the actual rule?"): the asker's guess
   * at the answer, or what they take it to be, told rather than asked; the passage that answers states its own.
   */
  private static final Pattern GUESSED_FREQUENCY = Pattern.compile("(?i)\\bevery\\s+(?:\\d+|one|two|three|four|five|six"
      + "|few|couple of)\\s+(?:years?|yrs?|months?|mths?|weeks?|wks?)\\b");

  private static List<Span> guessed(String question) {
    List<Span> spans = new ArrayList<>();
    Matcher frequency = GUESSED_FREQUENCY.matcher(question);
    while (frequency.find()) spans.add(new Span(frequency.start(), frequency.end()));
    return spans;
  }

  /** A sentence of a question, as offsets. */
  record Span(int from, int to) {
    boolean holds(QuestionTerms.Concept concept) {
      return concept.start() >= from && concept.end() <= to;
    }
  }

  /**
   * Where the sentence asked starts and ends in a question, as offsets (the whole question when it asks throughout), and
   * the sentences asking again after the situation told after it.
   */
  record Asked(int from, int to, List<Span> after, List<Span> referred) {

    Asked(int from, int to) {
      this(from, to, List.of());
    }

    Asked(int from, int to, List<Span> after) {
      this(from, to, after, List.of());
    }

    boolean holds(QuestionTerms.Concept concept) {
      return new Span(from, to).holds(concept) || after.stream().anyMatch(sentence -> sentence.holds(concept))
          || referred(concept);
    }

    /** Returns whether the concept is of the sentence a question asking of "it" refers to. */
    boolean referred(QuestionTerms.Concept concept) {
      return referred.stream().anyMatch(sentence -> sentence.holds(concept));
    }
  }

  /**
   * Returns the sentence asked when a question tells its situation around it: its last sentence ending in a question
   * mark (with the questions straight before it), when it follows a sentence of three words or more ("My colleague arranges ... . Can employers charge?") or is
   * followed by sentences that ask nothing ("What is our ethnicity pay gap? Someone reckoned we don't measure it.");
   * the whole question otherwise, and always when nothing in it ends with a question mark.
   */
  static Asked asked(String question) {
    return withoutAlternative(question, sentencesAsked(question));
  }

  /**
   * An alternative put after the question ("are finished PIAs made public anywhere, or do they just sit in a drawer?"):
   * the asker's guess at the answer, told rather than asked, so a word of it that no document holds ("drawer") does
   * not outweigh the question.
   */
  private static final Pattern ALTERNATIVE = Pattern.compile("(?i),?\\s+or\\s+(?:do|does|did|is|are|was|were|will|would|"
      + "can|could|should|has|have|just)\\b");

  /** Returns the alternative put after the sentence asked, which {@link #asked} leaves out of it; null for none. */
  private static Span alternative(String question, Asked asked) {
    Matcher alternative = ALTERNATIVE.matcher(question);
    while (alternative.find()) {
      if (alternative.start() == asked.to()) {
        Matcher end = SENTENCE_END.matcher(question);
        int to = end.find(alternative.end()) ? end.end() : question.length();
        return new Span(alternative.start(), to);
      }
    }
    return null;
  }

  /** Returns the sentences asked, their last one ending before an alternative put after it, if it has one. */
  private static Asked withoutAlternative(String question, Asked asked) {
    Matcher alternative = ALTERNATIVE.matcher(question).region(asked.from(), asked.to());
    int at = -1;
    while (alternative.find()) at = alternative.start();
    if (at < 0 || SENTENCE_END.matcher(question.substring(at, asked.to())).find()) return asked;
    return new Asked(asked.from(), at, asked.after(), asked.referred());
  }

  private static Asked sentencesAsked(String question) {
    String text = question.strip();
    int offset = question.indexOf(text);
    List<int[]> sentences = new ArrayList<>();
    Matcher end = SENTENCE_END.matcher(text);
    int from = 0;
    while (end.find()) {
      addSplitAtDash(text, sentences, from, end.end());
      from = end.end();
    }
    if (from < text.length()) addSplitAtDash(text, sentences, from, text.length());
    int last = -1;
    for (int i = 0; i < sentences.size(); i++) {
      if (text.substring(sentences.get(i)[0], sentences.get(i)[1]).strip().endsWith("?")) last = i;
    }
    Asked whole = new Asked(0, question.length());
    if (last < 0) return whole;
    // A sentence after it that asks again, question mark or not ("is there a group I can talk to"), is asked too;
    // the others after it tell the situation.
    List<Span> askedAfter = new ArrayList<>();
    boolean toldAfter = false;
    for (int i = last + 1; i < sentences.size(); i++) {
      if (ASKING.matcher(text.substring(sentences.get(i)[0], sentences.get(i)[1]).strip()).matches()) {
        int to = toldTail(text, sentences.get(i)[0], sentences.get(i)[1]);
        askedAfter.add(new Span(offset + sentences.get(i)[0], offset + to));
        if (to < sentences.get(i)[1]) toldAfter = true;
      } else {
        toldAfter = true;
      }
    }
    // Questions asked one after another ("who signs it off? do I just send it to my boss?") are all asked.
    int first = last;
    while (first > 0 && text.substring(sentences.get(first - 1)[0], sentences.get(first - 1)[1]).strip().endsWith("?")) first--;
    // "Could you tell me what it says we'll do, who owns it and when it's due?": a short question asking of "it" asks of
    // what the sentence before it told ("... something in the action plan about hate crime reporting centres").
    String asking = text.substring(sentences.get(first)[0], sentences.get(last)[1]);
    // A situation joined by a dash keeps only its names asked (see namedBeforeDash).
    String previous = first > 0 ? text.substring(sentences.get(first - 1)[0], sentences.get(first - 1)[1]) : "";
    List<Span> referred = first > 0 && REFERS_BACK.matcher(asking).find()
        && asking.strip().split("\\s+").length <= REFERRING_WORDS && POINTS_TO.matcher(previous).find()
        && !endsInDash(previous)
        ? List.of(new Span(offset + sentences.get(first - 1)[0], offset + sentences.get(first - 1)[1])) : List.of();
    int start = sentences.get(first)[0];
    String before = text.substring(0, start).strip();
    boolean toldBefore = start > 0 && before.split("\\s+").length >= 3;
    if (!toldBefore && !toldAfter) return whole;
    int askedFrom = toldBefore ? offset + start : 0;
    int askedTo = toldAfter ? offset + sentences.get(last)[1] : question.length();
    List<Span> also = new ArrayList<>(toldAfter ? askedAfter : List.of());
    if (toldBefore && first > 0) also.addAll(namedBeforeDash(text, offset, sentences.get(first - 1)));
    return new Asked(askedFrom, askedTo, also, referred);
  }

  /** A word asking of something named before: "who owns it", "when it's due", "what do they do". */
  private static final Pattern REFERS_BACK = Pattern.compile("(?i)\\b(?:it|it's|its|them|they)\\b"
      + "|\\bthat\\s+(?=(?:right|true|correct|accurate|so)\\b)");
  /**
   * A sentence telling of something heard of or found, which a question after it asks of by "it" ("my manager mentioned
   * there's something in the action plan about ..."), where "it" in other messages is the asker's own proposal or
   * assessment ("... goes to cabinet nov 2025. who do i send it to?").
   */
  private static final Pattern POINTS_TO = Pattern.compile("(?i)\\b(?:mentioned|heard|read|saw|seen|told me|said)\\b"
      + "|\\bsomething (?:in|about|on)\\b");
  /** The most words a question asking of "it" has for the sentence before it to be asked too. */
  static final int REFERRING_WORDS = 20;

  /** A name in a situation told: a capitalised word or an acronym ("REACH", "BSL", "Thornbury"), and the word after it. */
  private static final Pattern NAMED = Pattern.compile("\\b[A-Z][A-Za-z0-9+&]*(?:\\s+[a-z]+)?");
  private static final Pattern NOT_A_NAME = Pattern.compile("I|Hi|Hello|Hey|Im");

  /**
   * Returns the names in the situation a dash joins to the question after it ("I'd like to join the REACH network - who
   * runs it?"): the question asks of them by "it" or "one", so they are asked, not told; none for a sentence ended
   * otherwise.
   */
  private static List<Span> namedBeforeDash(String text, int offset, int[] sentence) {
    if (!endsInDash(text.substring(sentence[0], sentence[1]))) return List.of();
    List<Span> names = new ArrayList<>();
    Matcher name = NAMED.matcher(text).region(sentence[0], sentence[1]);
    while (name.find()) {
      String word = name.group().split("\\s+")[0];
      if (name.start() == sentence[0] || NOT_A_NAME.matcher(word).matches()) continue;
      names.add(new Span(offset + name.start(), offset + name.end()));
    }
    return names;
  }

  /** Returns whether a sentence ends in a dash: the situation a dash joins to the question after it. */
  private static boolean endsInDash(String sentence) {
    String told = sentence.strip();
    return !told.isEmpty() && "-\u2013\u2014".indexOf(told.charAt(told.length() - 1)) >= 0;
  }

  /**
   * Adds the sentence [from, to) of the text, as two where a dash joins a question to the asker's situation told
   * before it ("I need a BSL interpreter for a home visit - how do I book one?"); not where what comes before names
   * the subject ("The 2011 assessment of Derby City - which areas did they look at?") or asks itself.
   */
  private static void addSplitAtDash(String text, List<int[]> sentences, int from, int to) {
    Matcher dash = DASH_BEFORE_QUESTION.matcher(text).region(from, to);
    if (dash.find()) {
      String before = text.substring(from, dash.start());
      if (FIRST_PERSON.matcher(before).find() && !OPENS_ASKING.matcher(before).lookingAt()) {
        sentences.add(new int[] {from, dash.end()});
        sentences.add(new int[] {dash.end(), to});
        return;
      }
    }
    sentences.add(new int[] {from, to});
  }

  /**
   * Returns whether the concept is a word of a phrase a synonym rule matched ("reader" of "screen reader", which the
   * documents write "screen-reading software"): the phrase's concept, starting before it and ending at or after it,
   * stands for it, so it is not an unseen subject of its own.
   */
  private static boolean withinPhrase(QuestionTerms.Concept concept, List<QuestionTerms.Concept> concepts) {
    for (QuestionTerms.Concept other : concepts) {
      if (other.start() < concept.start() && other.end() >= concept.end()) return true;
    }
    return false;
  }

  /**
   * Returns whether a phrase spans the concept and is written by none of the terms of the words it spans: a synonym
   * replaced the words ("in charge" is "lead"), where "public sector equality duty" is still written "equality duty".
   */
  private static boolean replacedByPhrase(QuestionTerms.Concept concept, List<QuestionTerms.Concept> concepts) {
    for (QuestionTerms.Concept phrase : concepts) {
      if (phrase.start() >= concept.start() || phrase.end() < concept.end()) continue;
      boolean writtenByItsWords = concepts.stream()
          .filter(word -> word != phrase && word.start() > phrase.start() && word.end() <= phrase.end())
          .anyMatch(word -> word.terms().stream().anyMatch(phrase.terms()::contains));
      if (!writtenByItsWords) return true;
    }
    return false;
  }

  /** Returns a terms enum per segment, reused for every term of a question rather than one per term. */
  private static List<TermsEnum> dictionaries(IndexReader reader) throws IOException {
    List<TermsEnum> dictionaries = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(PassageFields.TEXT);
      if (terms != null) dictionaries.add(terms.iterator());
    }
    return dictionaries;
  }

  /** Returns the number of passages holding the term, summed over segments as the index reader does. */
  private static int docFreq(List<TermsEnum> dictionaries, BytesRef term) throws IOException {
    int df = 0;
    for (TermsEnum dictionary : dictionaries) if (dictionary.seekExact(term)) df += dictionary.docFreq();
    return df;
  }

  /** Returns the weighted share of concepts with at least one of their terms among {@code terms}. */
  static double of(Map<QuestionTerms.Concept, Double> weights, Set<String> terms) {
    double total = 0;
    double found = 0;
    for (Map.Entry<QuestionTerms.Concept, Double> e : weights.entrySet()) {
      total += e.getValue();
      if (anyOf(e.getKey().terms(), terms)) found += e.getValue();
    }
    return total == 0 ? 0 : Math.min(1, found / total);
  }

  /**
   * Returns the key concept: the weightiest, when it carries at least {@code share} of the question's weight,
   * so that a passage without it cannot be about what is asked, however much else it shares with the
   * question. Empty for a question of one concept, which coverage alone judges.
   */
  static List<QuestionTerms.Concept> keys(Map<QuestionTerms.Concept, Double> weights, double share) {
    double total = 0;
    Map.Entry<QuestionTerms.Concept, Double> top = null;
    for (Map.Entry<QuestionTerms.Concept, Double> e : weights.entrySet()) {
      total += e.getValue();
      if (top == null || e.getValue() > top.getValue()) top = e;
    }
    return weights.size() > 1 && top.getValue() >= share * total ? List.of(top.getKey()) : List.of();
  }

  /** Returns whether one of the concept's terms is among {@code terms}. */
  static boolean holds(QuestionTerms.Concept concept, Set<String> terms) {
    return anyOf(concept.terms(), terms);
  }

  /** Runs for each concept of 40 candidates of every question: a plain loop, not a stream. */
  private static boolean anyOf(Set<String> wanted, Set<String> terms) {
    for (String term : wanted) if (terms.contains(term)) return true;
    return false;
  }
}
