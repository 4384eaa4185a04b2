package signpost.bot.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.CacheFiles;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.Passage;
import signpost.knowledge.index.Acronym;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.Results;
import signpost.knowledge.search.SearchRequest;
import signpost.knowledge.search.Snippet;
import signpost.rules.decision.Decision;
import signpost.rules.decision.Intent;
import signpost.rules.decision.Verdict;
import signpost.rules.RulesException;
import signpost.rules.engine.RuleBase;
import signpost.rules.engine.Situation;
import signpost.rules.facts.InOrganisation;
import signpost.rules.features.Ask;
import signpost.rules.features.Characteristic;
import signpost.rules.features.FeatureRecogniser;
import signpost.rules.features.QuestionFeatures;
import signpost.rules.features.Topic;
import signpost.rules.screening.Consideration;
import signpost.rules.screening.ScreeningContext;

/**
 * Answers one question: search the knowledge, recognise what is asked, let the rule base decide, compose.
 * Thread-safe; one instance serves every channel. The knowledge and the rule base are asked for on every question,
 * so reloaded ones serve from the next question on.
 */
public final class AnswerPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(AnswerPipeline.class);
  private static final int SEARCH_DEPTH = 8;
  /** What an answer's rules list names when a written answer gave it, for "Why?". */
  static final String WRITTEN_ANSWER_RULE = "GiveTheAnswerTheEdiContactsWrote";

  /** How many texts' searches the pipeline remembers, for each knowledge base. */
  static final int SEARCHES_KEPT = 256;

  /**
   * What answers are made from: one knowledge base with what is worked out of it once, and its latest searches. A
   * screening searches the same text more than once (the message alone, then the record it changes, which its first
   * message usually is; each reply that leaves what is changing and who it affects as they were, again), and the same
   * text always finds the same passages in the same knowledge, so the latest are kept, by the SHA-256 of the organisation
   * and the text; a reload binds a new knowledge base with none.
   */
  private record Bound(KnowledgeBase knowledge, Composer composer, AssessmentNames assessments, OwnPractice ownPractice,
                       OwnExamples ownExamples, OwnContacts ownContacts, OwnSupportRoutes ownSupportRoutes,
                       OwnAdjustments ownAdjustments, OwnCharacteristics ownCharacteristics, OwnDuty ownDuty,
                       OwnActions ownActions, Map<String, Found> searches) {

    Bound(KnowledgeBase knowledge, AnswerPolicy policy) {
      this(knowledge, policy, AssessmentNames.of(knowledge));
    }

    private Bound(KnowledgeBase knowledge, AnswerPolicy policy, AssessmentNames assessments) {
      this(knowledge, new Composer(policy, knowledge), assessments, new OwnPractice(knowledge, assessments),
          new OwnExamples(knowledge, assessments, FeatureRecogniser.builtIn()), new OwnContacts(knowledge, assessments),
          new OwnSupportRoutes(knowledge), new OwnAdjustments(knowledge), new OwnCharacteristics(knowledge),
          new OwnDuty(knowledge), new OwnActions(knowledge), new ConcurrentHashMap<>());
    }
  }

  /**
   * What searching found: the results, the passages quoted, and of those, the ones that answer a later question of a
   * message asking several ("... do we need an assessment? and how far ahead of the deadline?"), which an answer keeps
   * in its short part even beside a verdict; the question they answer (the message, or what it asks alone where only
   * that found an answer); and the message's features as the rules read them, read once for the search and the rules.
   */
  private record Found(Results results, List<Quote> quoted, Set<Passage> askedToo, String asked,
                       QuestionFeatures features) {}

  private final Supplier<KnowledgeBase> knowledge;
  private final Supplier<RuleBase> rules;
  private final FeatureRecogniser recogniser = FeatureRecogniser.builtIn();
  private final AnswerPolicy policy;
  private final AnswerCache cache;
  private final WrittenAnswers written;
  private volatile Bound bound;

  public AnswerPipeline(KnowledgeBase knowledge, Supplier<RuleBase> rules, AnswerPolicy policy) {
    this(() -> knowledge, rules, policy);
  }

  /** Returns a pipeline over the knowledge serving at each question (see {@link signpost.knowledge.LiveKnowledge}). */
  public AnswerPipeline(Supplier<KnowledgeBase> knowledge, Supplier<RuleBase> rules, AnswerPolicy policy) {
    this(knowledge, rules, policy, null, WrittenAnswers.NONE);
  }

  private AnswerPipeline(Supplier<KnowledgeBase> knowledge, Supplier<RuleBase> rules, AnswerPolicy policy, AnswerCache cache,
                         WrittenAnswers written) {
    this.knowledge = knowledge;
    this.rules = rules;
    this.policy = policy;
    this.cache = cache;
    this.written = written;
  }

  /** Returns the knowledge serving now. */
  public KnowledgeBase knowledge() {
    return bound().knowledge();
  }

  /**
   * Returns the names the organisation's own documents give the groups a screening considers beside the nine protected
   * characteristics, where they list the groups they add ("socio-economic disadvantage"); empty where they list none.
   */
  public Map<Consideration, String> ownGroupNames(String organisation) {
    return bound().ownCharacteristics().names(organisation);
  }

  /** Returns what answers are made from now, bound again when the knowledge serving has changed. */
  private Bound bound() {
    KnowledgeBase serving = knowledge.get();
    Bound current = bound;
    if (current != null && current.knowledge() == serving) return current;
    Bound fresh = new Bound(serving, policy);
    bound = fresh;
    return fresh;
  }

  /**
   * Returns a pipeline that keeps the latest {@code capacity} answers and answers a repeated question from
   * them (see {@link AnswerCache}); benchmarks of the pipeline itself use one without.
   */
  public AnswerPipeline withCache(int capacity) {
    return new AnswerPipeline(knowledge, rules, policy, new AnswerCache(capacity), written);
  }

  /**
   * Returns a pipeline that gives a written answer (a curated answer of the EDI Contacts) where one answers the question
   * for the asker's organisation, cited as its writers; never to someone reporting harm, nor within a screening. The
   * answer cache, if any, is shared, and kept answers serve only while the written answers stay as they were.
   */
  public AnswerPipeline withWritten(WrittenAnswers answers) {
    return new AnswerPipeline(knowledge, rules, policy, cache, answers);
  }

  /** Returns the answer to the question; never null, never throws for a valid question. */
  public Answer answer(Question question) {
    return cached(question, null);
  }

  /**
   * Returns the kept answer to a question asked before under the current rules and knowledge, re-addressed to this one, at
   * the cost of a map lookup; empty when there is none or the pipeline keeps no answers. Channels that answer
   * off the request thread use it to answer a repeated question on the spot.
   */
  public Optional<Answer> kept(Question question) {
    if (cache == null) return Optional.empty();
    return Optional.ofNullable(cache.peek(question, new AnswerCache.Basis(rules.get(), bound().knowledge(), written.current())));
  }

  /** Returns how many questions were answered from the answer cache (0 without one). */
  public long cacheHits() {
    return cache == null ? 0 : cache.hits();
  }

  /** Returns how many questions the answer cache did not hold (0 without one). */
  public long cacheMisses() {
    return cache == null ? 0 : cache.misses();
  }

  /**
   * Returns whether a message asks how long an assessment takes or how far ahead to have it in ("when do I need to get
   * it to the equalities team?"): within a screening, its answer then adds the organisation's timescales.
   */
  public static boolean asksTiming(String message) {
    return OwnPractice.asksTiming(message);
  }

  /** Returns how many answers the answer cache holds (0 without one). */
  public int cacheSize() {
    return cache == null ? 0 : cache.size();
  }

  /**
   * Returns the answer to a message of an open screening: the rules treat it as a question whether an EqIA is
   * needed and choose the question to ask next ({@link Answer#next()}). Kept in the answer cache by the text and the
   * parts of the record filled, all the rules see of the screening, so the same step of the same proposal is worked out
   * once; written answers never answer within a screening.
   */
  public Answer answer(Question question, ScreeningContext screening) {
    return cached(question, Objects.requireNonNull(screening, "screening"));
  }

  /** Returns the answer from the cache, if any, or made and kept there; {@code screening} null for a question alone. */
  private Answer cached(Question question, ScreeningContext screening) {
    WrittenAnswers.Snapshot writtenNow = written.current();
    WrittenAnswers.Snapshot usable = screening == null ? writtenNow : null;
    Bound using = bound();
    RuleBase ruleBase = rules.get();
    if (cache == null) return answer(question, using, ruleBase, screening, usable);
    AnswerCache.Basis basis = new AnswerCache.Basis(ruleBase, using.knowledge(), writtenNow);
    Answer kept = cache.get(question, screening, basis);
    if (kept != null) return kept;
    Answer answer = answer(question, using, ruleBase, screening, usable);
    cache.put(question, screening, basis, answer);
    return answer;
  }

  /**
   * How many of the best passages found for a report of harm, or for someone telling of their own condition, are looked
   * at for the organisation's own words on it.
   */
  private static final int SUPPORT_HITS = 3;

  /** @param writtenNow the written answers that may answer the question, or null within a screening */
  private Answer answer(Question question, Bound using, RuleBase ruleBase, ScreeningContext screening,
                       WrittenAnswers.Snapshot writtenNow) {
    Optional<Organisation> organisation = using.knowledge().organisation(question.organisation());
    Composer composer = using.composer();
    Found found = found(using, question);
    Results results = found.results();
    List<Quote> quoted = found.quoted();
    Situation asked = situation(question, found.features(), organisation, quoted, results.unknownOrganisation());
    // A row of the organisation's own table of examples like the proposal weighs in the verdict and is quoted with it.
    Optional<OwnExamples.Example> example = using.ownExamples().find(question.organisation(), question.text(),
        asked.features().activities(), results);
    Situation situation = asked.withOwnExample(example.map(OwnExamples.Example::fact).orElse(null))
        .withDocumentedDuties(using.ownCharacteristics().duties(question.organisation()))
        .withDocumentedOrganisation(documentedAs(using.knowledge(), question.organisation(), organisation));
    Decision decision = decide(ruleBase, screening == null ? situation : situation.within(screening));
    List<ContactCard> contacts = Contacts.cards(decision, organisation,
        needs -> using.ownContacts().cards(question.organisation(), needs));
    if (decision.support()) {
      // Harm done by others ("comments about my accent and where I'm from") is met first by the organisation's route
      // for the harassed or abused, which such a report rarely shares words with; any other distress by the message's
      // own best passages ("TRiM" for a crew member after an incident), the route only failing them.
      List<Quote> best = new ArrayList<>(bestFound(results));
      Optional<Quote> route =
          using.ownSupportRoutes().find(question.organisation(), situation.features().characteristics(), question.text());
      route.ifPresent(r -> best.add(OwnSupportRoutes.reportsHarm(question.text()) ? 0 : best.size(), r));
      List<Quote> besides = new ArrayList<>();
      using.ownSupportRoutes().onWhatItWasAbout(question.organisation(), situation.features().characteristics())
          .ifPresent(besides::add);
      // Abuse from the public about who someone is: the organisation's step for hate incidents, beside its route for
      // any abuse; not for a condition told of, nor for a colleague's digs, which its procedures for staff meet.
      if (OwnSupportRoutes.reportsHarm(question.text()) && OwnSupportRoutes.byThoseServed(question.text())) {
        using.ownSupportRoutes().onHateIncidents(question.organisation(), situation.features().characteristics())
            .filter(q -> best.stream().noneMatch(b -> b.hit().passage().id().equals(q.hit().passage().id())))
            .ifPresent(besides::add);
      }
      // "... when i told my supervisor he just laughed": what to do when a manager makes light of it.
      using.ownSupportRoutes().whenMadeLightOf(question.organisation(), question.text()).ifPresent(besides::add);
      // Someone to talk to in confidence, as the reply promises: the organisation's employee assistance programme.
      using.ownSupportRoutes().confidentialSupport(question.organisation())
          .filter(q -> best.stream().noneMatch(b -> b.hit().passage().text().contains(q.hit().passage().text())))
          .ifPresent(besides::add);
      return answer(question, decision,
          composer.support(decision, contacts, situation.features().characteristics(), best, besides), 1.0, contacts);
    }
    if (decision.adjustments()) {
      Set<Characteristic> told = situation.features().characteristics();
      // Their own pregnancy: what their organisation does for it, which their message found, not adjustments.
      if (told.contains(Characteristic.PREGNANCY_AND_MATERNITY) && !told.contains(Characteristic.DISABILITY)) {
        return answer(question, decision, composer.pregnancy(contacts, bestFound(results)), 1.0, contacts);
      }
      // Someone telling of a condition of their own: how their organisation agrees adjustments, which their message
      // rarely shares words with, then what their own message found.
      Composer.Composed composed = composer.adjustments(contacts,
          using.ownAdjustments().find(question.organisation(), question.text()),
          bestFound(results), question.text());
      return answer(question, decision, composed, 1.0, contacts);
    }
    Optional<WrittenAnswers.Written> written = writtenNow == null ? Optional.empty() : writtenNow.match(question);
    if (written.isPresent()) return writtenAnswer(question, decision, written.get(), composer, contacts);
    if (!decision.answered()) {
      Composer.Composed refusal = Unmentioned.note(composer.refusal(contacts), results.unmentioned(),
          results.unknownOrganisation());
      return answer(question, decision, refusal, 0, contacts);
    }
    double confidence = quoted.isEmpty() ? 0.5 : Math.round(quoted.get(0).hit().coverage() * 100) / 100.0;
    // "It's going to Cabinet on 11 March": a table of dates by its row for that date; "who owns it and when it's due?":
    // a table by the row asked about. A row is as asked as the part of the table it comes from.
    quoted = TableRows.narrowed(DatedRows.keyed(quoted, question.text(), using.knowledge(), question.organisation()),
        question.text());
    // "What are our equality objectives?" where each has a part of its own: their headings, listed.
    quoted = NumberedParts.listed(quoted, found.asked(), results);
    Set<Passage> askedToo = new HashSet<>(found.askedToo());
    for (Quote quote : quoted) {
      Passage passage = quote.hit().passage();
      if (found.askedToo().stream().anyMatch(p -> p.id().equals(passage.id()) || p.inSameSectionAs(passage))) {
        askedToo.add(passage);
      }
    }
    boolean assessing = decision.eqia() != null && decision.eqia().verdict() != Verdict.NOT_REQUIRED
        && organisation.map(o -> o.localCharacteristics().isEmpty()).orElse(true);
    boolean asksCharacteristics = OwnCharacteristics.asksAbout(question.text());
    List<Quote> ownGroups = asksCharacteristics || assessing
        ? using.ownCharacteristics().find(question.organisation()) : List.of();
    // "Apart from the 9 protected characteristics what else ...?": the groups the organisation adds, which the message
    // rarely names and the passages found rarely list whole; and for an assessment to do, what it must consider beside
    // the nine (behind "More", with the other passages found), where no organisation file says.
    if (decision.eqia() == null && OwnCharacteristics.asksForTheNine(question.text())) {
      // "What are the protected characteristics again, I need to list them on a form": the nine, as the law names them,
      // before whatever the message's other words found ("form" found a form), and the groups the organisation adds.
      quoted = withTheNine(quoted, using.knowledge());
    }
    quoted = withOwn(quoted, ownGroups);
    if (decision.intent() == Intent.DUTY && OwnDuty.askedWhatItMeans(question.text())) {
      quoted = using.ownDuty().with(question.organisation(), quoted, policy.maxPassages());
    }
    if ((decision.intent() == Intent.DUTY || decision.intent() == Intent.EQIA && decision.eqia() == null)
        && OwnDuty.askedAboutDueRegard(question.text())) {
      // "We chatted about it at SLT, is that due regard?": what the organisation says due regard means, first; so too
      // beside a question on when its assessment is written, which asks for no verdict ("what does 'due regard' mean in
      // practice?? our SRO says we can write the EA up after the exec board decides").
      quoted = using.ownDuty().withDueRegard(question.organisation(), quoted, policy.maxPassages());
    }
    List<Quote> practice = new ArrayList<>();
    if (decision.eqia() != null && asksCharacteristics) {
      // "Do care leavers count as protected characteristics? I'm doing an EA on the hardship fund": asked beside the
      // verdict, the groups the organisation adds are part of the answer, not behind "More".
      practice.addAll(ownGroups);
    }
    if (decision.eqia() != null) {
      // Quoted where it agrees that something is to be done, or that nothing is: never a "No" beside a verdict that
      // one is needed, which the rules reached on other grounds.
      example.filter(e -> (e.verdict() == Verdict.NOT_REQUIRED) == (decision.eqia().verdict() == Verdict.NOT_REQUIRED))
          .ifPresent(e -> practice.add(e.quote()));
      if (decision.eqia().verdict() != Verdict.NOT_REQUIRED && OwnPractice.asksWhatToDo(question.text())) {
        // "What's the equality process for a CIP?": the organisation's own passage on it the message found, where it
        // leads what was found; else the first step of its assessment.
        OwnPractice.processAsked(question.organisation(), question.text(), quoted, using.assessments())
            .or(() -> using.ownPractice().firstStep(question.organisation())).ifPresent(practice::add);
      }
      boolean timingAsked = OwnPractice.asksTiming(question.text()) || (screening != null && screening.timingAsked());
      if (decision.eqia().verdict() != Verdict.NOT_REQUIRED && timingAsked) {
        // "What's the latest I can start the screening, and how long does the equality team take?": its timescales.
        addUnquoted(practice, using.ownPractice().timing(question.organisation()));
      }
      // The level the organisation's example names for this verdict ("What it needs: Detailed assessment"): who signs
      // that level off, by the rows of its table of sign-off.
      boolean signedAtLevel = addUnquoted(practice, example.filter(e -> e.verdict() == decision.eqia().verdict()
              && e.verdict() != Verdict.NOT_REQUIRED)
          .flatMap(e -> OwnExamples.level(e.quote().hit().passage().text()))
          .flatMap(level -> using.ownPractice().signOffAt(question.organisation(), level)));
      if (organisation.map(o -> !EqiaText.hasPractices(o)).orElse(true)) {
        // Not the table the example's row is of: the row says it. Nor, where the level's own row of sign-off was found,
        // the general passage on how assessments are done.
        using.ownPractice().find(question.organisation(), decision.eqia().verdict(), results)
            .filter(p -> !signedAtLevel)
            .filter(p -> example.map(e -> !p.hit().passage().text().contains(e.quote().hit().passage().text())).orElse(true))
            .ifPresent(practice::add);
        // Told none is needed: how the organisation has that kept ("record the decision ... in the EqIA Library").
        if (decision.eqia().verdict() == Verdict.NOT_REQUIRED) {
          addUnquoted(practice, using.ownPractice().recordingANo(question.organisation()));
        }
        // "The decision will be taken by Cabinet": who else signs off for Cabinet, where the documents say.
        if (decision.eqia().verdict() != Verdict.NOT_REQUIRED) {
          String decides = screening == null || screening.decidedBy() == null ? "" : " " + screening.decidedBy();
          addUnquoted(practice, using.ownPractice().signOffFor(question.organisation(), question.text() + decides));
        }
      }
    }
    return answer(question, decision, composer.answer(decision, quoted, askedToo, organisation,
        using.knowledge().nation(question.organisation()), practice, contacts), confidence, contacts);
  }

  /** Adds the quote to the practice quoted beside a verdict unless its passage is there already; returns whether it did. */
  private static boolean addUnquoted(List<Quote> practice, Optional<Quote> quote) {
    if (quote.isEmpty() || practice.stream().anyMatch(p -> p.hit().passage().equals(quote.get().hit().passage()))) {
      return false;
    }
    return practice.add(quote.get());
  }

  /**
   * Returns the quotes with the organisation's own after the first, in place of any quote of the same passages: the
   * law's answer first where it leads, then what the organisation adds to it.
   */
  private static List<Quote> withOwn(List<Quote> quoted, List<Quote> own) {
    if (own.isEmpty()) return quoted;
    List<Quote> with = new ArrayList<>(quoted);
    with.removeIf(q -> own.stream().anyMatch(o -> o.hit().passage().equals(q.hit().passage())));
    with.addAll(Math.min(1, with.size()), own);
    return List.copyOf(with);
  }

  /** The built-in guide's list of the nine protected characteristics. */
  private static final String THE_NINE = "The protected characteristics > The nine protected characteristics";

  /** Returns the quotes led by the built-in guide's list of the nine, in place of any quote of it. */
  private static List<Quote> withTheNine(List<Quote> quoted, KnowledgeBase knowledge) {
    Optional<Passage> nine = knowledge.guideSection(THE_NINE);
    if (nine.isEmpty()) return quoted;
    List<Quote> with = new ArrayList<>();
    with.add(new Quote(new Hit(nine.get(), 1, 1), new Snippet(nine.get().text(), List.of())));
    quoted.stream().filter(q -> !q.hit().passage().id().equals(nine.get().id())).forEach(with::add);
    return List.copyOf(with);
  }

  /** Returns the best passages found for a message, quoted, whether or not they cover enough of it to be relied on. */
  private static List<Quote> bestFound(Results results) {
    return results.quotes(results.hits().subList(0, Math.min(SUPPORT_HITS, results.hits().size())));
  }

  /**
   * Returns the reply to someone asking for a person whom Signpost cannot reach for them (their organisation has no
   * EDI Contacts set up to pass questions to): who to ask, chosen as for a refusal, by the rules from what the
   * organisation's file states. It is not an answer: never cached, logged or rated, and it has no id.
   */
  public Answer referral(Question request) {
    Bound using = bound();
    Optional<Organisation> organisation = using.knowledge().organisation(request.organisation());
    // Without passages the rules decide as they do for a question the documents do not answer.
    Decision decision = decide(rules.get(), situation(request, features(using, request), organisation, List.of(),
        Optional.empty()));
    List<ContactCard> contacts = Contacts.cards(decision, organisation,
        needs -> using.ownContacts().cards(request.organisation(), needs));
    Composer.Composed referral = using.composer().referral(contacts);
    return new Answer(null, request.text(), request.organisation(), false, Intent.UNKNOWN, referral.paragraphs(), 0,
        List.of(), contacts, null, decision.rules());
  }

  /**
   * Returns what the rules decide, or a refusal when rules edited outside the jar throw or overrun with no last good
   * rules to fall back on: a valid question never fails. The error is logged once, without the question.
   */
  private static Decision decide(RuleBase ruleBase, Situation situation) {
    try {
      return ruleBase.decide(situation);
    } catch (RulesException e) {
      LOG.error("The rules could not decide a question: {}", e.getMessage());
      return Refused.because("the rules could not decide this question");
    }
  }

  /** Returns what the rule base is asked to decide for the question: its features, organisation and quotable passages. */
  public Situation situation(Question question) {
    Bound using = bound();
    Found found = found(using, question);
    return situation(question, found.features(), using.knowledge().organisation(question.organisation()),
        found.quoted(), found.results().unknownOrganisation());
  }

  /**
   * Returns what searching the knowledge for the question finds, remembered for the latest texts (see {@link Bound}) by a
   * pipeline that keeps answers; one without works every answer out afresh, its search too.
   */
  private Found found(Bound using, Question question) {
    if (cache == null) return searched(using, question);
    String key = CacheFiles.key(Objects.requireNonNullElse(question.organisation(), "") + "\n" + question.text());
    Found known = using.searches().get(key);
    if (known != null) return known;
    Found found = searched(using, question);
    if (using.searches().size() >= SEARCHES_KEPT) using.searches().clear();
    using.searches().put(key, found);
    return found;
  }

  private Found searched(Bound using, Question question) {
    KnowledgeBase knowledge = using.knowledge();
    QuestionFeatures features = features(using, question);
    Results results = search(knowledge, question);
    List<Hit> chosen = PassageSelection.choose(results.hits(), policy);
    if (chosen.isEmpty()) {
      Optional<Found> alone = answeredAlone(knowledge, question, results, features);
      if (alone.isPresent()) return alone.get();
    }
    List<Quote> whole = withSpelledOut(knowledge, question, results, withActionAsked(using, question, features, results,
        ListsOpened.of(results, results.quotes(chosen), policy.maxPassages())));
    Parts parts = partsAnswered(knowledge, question, whole);
    if (parts.answering().isEmpty()) {
      return new Found(results, List.copyOf(whole), parts.askedToo(), question.text(), features);
    }
    // The whole message's lead, then each question's own best passage, then the whole message's others, while there is room.
    int room = policy.maxPassages() + PARTS_EXTRA;
    List<Quote> quoted = new ArrayList<>(whole.subList(0, Math.min(1, whole.size())));
    for (Quote quote : parts.answering()) if (quoted.size() < room) quoted.add(quote);
    for (Quote quote : whole.subList(Math.min(1, whole.size()), whole.size())) if (quoted.size() < room) quoted.add(quote);
    return new Found(results, List.copyOf(quoted), parts.askedToo(), question.text(), features);
  }

  /** An abbreviation asked what it is, after the asking: "what's an EIR?", "what does TAP mean". */
  private static final Pattern WHAT_IS = Pattern.compile("(?i:\\bwhat(?:'s| is| does| even is| exactly is)\\s+(?:an? |the )?)"
      + "(\\p{Lu}{2,6})s?\\b");
  /** The asking after an abbreviation: "a TAP. what even is that", "TAP stands for". */
  private static final Pattern ASKED_AFTER = Pattern.compile("s?\\b(?:[^?]{0,60}(?i:\\bwhat(?: even| exactly)? is"
      + " (?:that|it|this|one)\\b)|[^?.]{0,20}(?i:\\b(?:stands? for|means?)\\b))");

  /**
   * Returns the abbreviations the message asks what they are, in its order: "what's an EIR?", "fill in a TAP. what even
   * is that", "what does TAP stand for"; not "what's the health inequalities duty ICBs got".
   */
  private static List<String> abbreviationsAsked(String message) {
    Set<String> before = new HashSet<>();
    Matcher what = WHAT_IS.matcher(message);
    while (what.find()) before.add(what.group(1));
    List<String> asked = new ArrayList<>();
    Matcher abbreviation = OwnExamples.ACRONYM.matcher(message);
    Matcher after = ASKED_AFTER.matcher(message).useTransparentBounds(true);
    while (abbreviation.find()) {
      String shortForm = abbreviation.group(1);
      if (before.contains(shortForm) || after.region(abbreviation.end(1), message.length()).lookingAt()) {
        asked.add(shortForm);
      }
    }
    return asked;
  }

  /**
   * Returns the quotes led, where the message asks what an abbreviation of the organisation's documents is ("my new
   * manager said I should fill in a TAP. what even is that") and none spells it out, by the passage of the organisation's
   * found by the message that does ("Abbreviation: TAP; Meaning: Tamar Adjustments Passport"); as they are otherwise.
   */
  private static List<Quote> withSpelledOut(KnowledgeBase knowledge, Question question, Results results,
                                            List<Quote> quoted) {
    if (question.organisation() == null) return quoted;
    for (String shortForm : abbreviationsAsked(question.text())) {
      for (Acronym acronym : knowledge.acronyms()) {
        if (!acronym.shortForm().equals(shortForm)) continue;
        String longForm = acronym.longForm();
        if (quoted.stream().anyMatch(q -> q.snippet().text().contains(longForm))) return quoted;
        Optional<Hit> spelled = results.hits().stream()
            .filter(h -> !h.passage().document().builtIn()
                && question.organisation().equals(h.passage().document().organisation()))
            .filter(h -> h.passage().text().contains(longForm) && h.passage().text().contains(shortForm))
            .findFirst();
        if (spelled.isEmpty()) continue;
        Quote lead = results.quotes(List.of(spelled.get())).get(0);
        if (!lead.snippet().text().contains(longForm)) continue;
        List<Quote> led = new ArrayList<>(quoted.size() + 1);
        led.add(lead);
        quoted.stream().filter(q -> !q.hit().passage().id().equals(lead.hit().passage().id())).forEach(led::add);
        return led;
      }
    }
    return quoted;
  }

  /**
   * Returns the quotes led by the row of the action the message asks about ("is anyone actually doing anything about
   * the gender pay gap?", "who's doing the leaflets in other languages and by when?"), where one is found, however far
   * down, and not quoted already; as they are for a message asking anything else.
   */
  private List<Quote> withActionAsked(Bound using, Question question, QuestionFeatures features, Results results,
                                      List<Quote> quoted) {
    // Read as the rules read it: an organisation's own name for its assessment ("who do I send my draft EDRA to?")
    // asks of one, as "EqIA" does.
    boolean asksOfAnAction = features.topics().contains(Topic.ACTION_PLAN)
        || features.asks().contains(Ask.WHO) || features.asks().contains(Ask.WHEN);
    // "When did the socio-economic duty come in?" asks of the law, not of the action to apply it.
    if (!asksOfAnAction || !Collections.disjoint(features.topics(), OF_THE_LAW_OR_AN_ASSESSMENT)
        || using.assessments().about(question.text()) || SIGN_OFF.matcher(question.text()).find()
        || !Collections.disjoint(features.asks(), OF_ONESELF_OR_A_CHANGE)) {
      return quoted;
    }
    // Where no passage answers, a row answers by the words it shares ("the hearing loop at reception is rubbish again,
    // is anyone sorting out a new one and when?": "Replace the hearing loop at the Guildhall reception"), or by a word
    // few rows use only where the plan is asked of ("is there anything in the equality plan about repairs for them").
    boolean byRareWords = !quoted.isEmpty() || features.topics().contains(Topic.ACTION_PLAN);
    Optional<Quote> row = using.ownActions().asked(question.organisation(), question.text(), results, byRareWords)
        .filter(r -> !OwnActions.quoted(r, quoted));
    if (row.isEmpty()) return quoted;
    List<Quote> led = new ArrayList<>(quoted.size() + 1);
    led.add(row.get());
    led.addAll(quoted);
    return led;
  }

  /** Who signs something off asks of a process, not of an action: "I've done the quick check, who signs it off?" */
  private static final Pattern SIGN_OFF = Pattern.compile("(?i)\\bsign(?:s|ed|ing)?(?: \\w+)? off\\b|\\bsign-?off\\b"
      + "|\\bapprov");

  /** What a message asks of the law, of a term or of an assessment, which no action of a plan answers. */
  private static final Set<Topic> OF_THE_LAW_OR_AN_ASSESSMENT = EnumSet.of(Topic.DUTY, Topic.DEFINITION, Topic.EQIA);

  /** What a message asks of a change or of the asker themselves, which no action of a plan answers. */
  private static final Set<Ask> OF_ONESELF_OR_A_CHANGE = EnumSet.of(Ask.WHETHER_NEEDED, Ask.HELP_WITH,
      Ask.TELLS_OF_EXPERIENCE, Ask.OWN_NEED, Ask.PROPOSES, Ask.EQUALITY_CHECK);

  /**
   * Returns what answers a message nothing answers as a whole, asked alone, where it tells a story of equality: its
   * asking clause ("a deaf complainant coming in to brackmoor for a meeting about her case ..., how do I get a BSL
   * interpreter sorted?"); the objectives, for a staff member asking their part ("I work on the gate at marrick fen. do
   * any of these equality objectives have anything to do with us?"); the nine, asked for among other words. Never for a
   * pothole or a password, whose "how do I report it?" alone finds something on reporting.
   */
  private Optional<Found> answeredAlone(KnowledgeBase knowledge, Question question, Results results,
                                        QuestionFeatures features) {
    // Read as written: an organisation's own name for its assessment makes no story one of equality here.
    QuestionFeatures written = recogniser.recognise(question.text());
    if (!ofEquality(written)) return Optional.empty();
    Optional<String> asking = QuestionParts.asked(question.text());
    if (asking.isEmpty() && written.topics().contains(Topic.OBJECTIVE) && results.unknownOrganisation().isEmpty()
        && PART_ASKED.matcher(question.text()).find()) {
      asking = Optional.of(OBJECTIVES_ASKED);
    }
    if (OwnCharacteristics.asksForTheNine(question.text())) asking = Optional.of(THE_NINE_ASKED);
    // "He only speaks romanian. his cousin has offered to come and translate, is that ok?": whatever the story asks in
    // its own words, it is answered by how the organisation gets an interpreter.
    if (asking.isEmpty() && LANGUAGE_NEED.matcher(question.text()).find()) asking = Optional.of(INTERPRETER_ASKED);
    if (asking.isEmpty()) return Optional.empty();
    Results alone = search(knowledge, new Question(question.id(), asking.get(), question.organisation()));
    List<Hit> answering = PassageSelection.choose(alone.hits(), policy);
    if (answering.isEmpty()) return Optional.empty();
    return Optional.of(new Found(alone, List.copyOf(alone.quotes(answering)), Set.of(), asking.get(), features));
  }

  /** Someone who cannot use English told of: "only speaks romanian", "doesn't speak any English", "no english". */
  private static final Pattern LANGUAGE_NEED = Pattern.compile("(?i)\\b(?:only|doesn'?t|does not|don'?t|can'?t|cannot"
      + "|barely|hardly) speaks?\\b|\\b(?:no|little|limited|not much|very basic|basic) english\\b");
  /** The question a story of someone who cannot use English asks, where nothing answers its own words. */
  private static final String INTERPRETER_ASKED = "how do I book an interpreter";

  /** The question a message on the objectives asks, where nothing answers its own words. */
  private static final String OBJECTIVES_ASKED = "what are our equality objectives";
  /** The asker's part in something asked: "anything to do with us", "involves us", "matter for me", "our bit". */
  private static final Pattern PART_ASKED = Pattern.compile("(?i)\\b(?:to do with"
      + "|involv\\w*|affect\\w*|touch\\w*|relevant(?: to)?|apply to|applies to|matter\\w*(?: for| to)?|mean for)"
      + "\\s+(?:us|me|my|our)\\b"
      + "|\\b(?:my|our) (?:bit|part|role)\\b");
  /** The question a message asking for the nine protected characteristics asks, where nothing answers its own words. */
  private static final String THE_NINE_ASKED = "what are the nine protected characteristics";

  /** Returns whether a message tells of a protected characteristic or asks of equality work, and of no staff admin. */
  private static boolean ofEquality(QuestionFeatures features) {
    Set<Topic> topics = EnumSet.noneOf(Topic.class);
    topics.addAll(features.topics());
    if (topics.contains(Topic.STAFF_ADMIN)) return false;
    topics.removeAll(EnumSet.of(Topic.CHIT_CHAT, Topic.CONTACT, Topic.CONCERN));
    return !features.characteristics().isEmpty() || !topics.isEmpty();
  }

  /**
   * What the questions of a message asking several found on their own: the best passages the whole message's quotes do
   * not hold already, and the passages that answer a question after the first, whether the whole message found them or
   * not.
   */
  private record Parts(List<Quote> answering, Set<Passage> askedToo) {}

  /**
   * Returns, for a message asking two questions or more, each question's best reliable passage searched on its own,
   * where the whole message's quotes do not hold it already; none for a message asking one.
   */
  private Parts partsAnswered(KnowledgeBase knowledge, Question question, List<Quote> whole) {
    List<String> parts = QuestionParts.of(question.text());
    if (parts.isEmpty()) return new Parts(List.of(), Set.of());
    // By text, as PassageSelection keeps one of passages that say the same.
    Set<String> quoted = new HashSet<>();
    for (Quote quote : whole) quoted.add(quote.hit().passage().text());
    List<Quote> answering = new ArrayList<>();
    Set<Passage> askedToo = new HashSet<>();
    String before = null;
    for (String part : parts) {
      // "... and have we added any extra ones?", "... and what's the target number?": asked of what the question before
      // named, read in the order written, so that the search takes the situation told first as told, and both
      // questions as asked.
      String asked = before != null && QuestionParts.asksOfTheOneBefore(part) ? told(before) + " " + part : part;
      Results alone = search(knowledge, new Question(question.id(), asked, question.organisation()));
      List<Hit> chosen = PassageSelection.choose(alone.hits(), policy);
      if (before != null && !chosen.isEmpty()) askedToo.add(chosen.get(0).passage());
      before = part;
      // Its best passage the whole message's quotes do not hold already: of the shape it asks for where one is ("how
      // many ...?" by "one of the nine personal characteristics", not by a fuller passage without a number).
      List<Hit> unquoted = chosen.stream().filter(hit -> !quoted.contains(hit.passage().text())).toList();
      unquoted.stream().filter(Hit::shaped).findFirst().or(() -> unquoted.stream().findFirst()).ifPresent(hit -> {
        quoted.add(hit.passage().text());
        answering.addAll(alone.quotes(List.of(hit)));
      });
    }
    return new Parts(answering, Set.copyOf(askedToo));
  }

  /**
   * Returns a question before another that asks of it as the situation that one is asked in: "wot does it cost to get
   * a letter translated into polish. how long does it take": what the letter is weighs as told, what is asked of it as
   * asked.
   */
  private static String told(String question) {
    return question.strip().replaceFirst("[?!.]*$", ".");
  }

  /** How many passages beyond an answer's usual most the questions of a message asking several may add. */
  static final int PARTS_EXTRA = 2;

  /** The rules know an organisation's own name for its EqIA ("do I need an EINA?") as they know "EqIA". */
  private QuestionFeatures features(Bound using, Question question) {
    return recogniser.recognise(using.assessments().asEqia(question.text()));
  }

  /**
   * Returns the organisation as its documents tell of it, for one with no organisation file: the nation whose law its
   * documents say it is under ("the Scottish specific duties"); null where it has a file or none is asked for.
   */
  private static InOrganisation documentedAs(KnowledgeBase knowledge, String id, Optional<Organisation> file) {
    if (id == null || file.isPresent()) return null;
    return new InOrganisation(id, knowledge.knownOrganisations().names().getOrDefault(id, id), knowledge.nation(id));
  }

  private static Situation situation(Question question, QuestionFeatures features, Optional<Organisation> organisation,
                                     List<Quote> quoted, Optional<String> unknownBody) {
    return new Situation(question.text(), features, organisation.orElse(null),
        quoted.stream().map(q -> q.hit().passage()).toList(), unknownBody.orElse(null));
  }

  /** Returns the written answer, for an intent of the rules' or, where they refused, as a fact. */
  private static Answer writtenAnswer(Question q, Decision decision, WrittenAnswers.Written written, Composer composer,
                                      List<ContactCard> contacts) {
    Intent intent = decision.answered() ? decision.intent() : Intent.FACT;
    Composer.Composed composed = composer.written(written, contacts);
    return new Answer(q.id(), q.text(), q.organisation(), true, intent, composed.paragraphs(), written.coverage(),
        composed.sources(), contacts, null, List.of(WRITTEN_ANSWER_RULE));
  }

  private static Results search(KnowledgeBase knowledge, Question question) {
    return knowledge.search(new SearchRequest(question.text(), question.organisation(), SEARCH_DEPTH));
  }

  private static Answer answer(Question q, Decision decision, Composer.Composed composed, double confidence,
                               List<ContactCard> contacts) {
    Intent intent = decision.intent();
    return new Answer(q.id(), q.text(), q.organisation(), decision.answered(), intent, composed.paragraphs(), confidence,
        composed.sources(), contacts, decision.eqia(), decision.rules(), decision.next());
  }
}
