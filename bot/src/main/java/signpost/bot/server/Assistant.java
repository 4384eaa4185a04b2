package signpost.bot.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.config.Config;
import signpost.bot.core.AnswerPipeline;
import signpost.bot.core.AnswerPolicy;
import signpost.bot.core.ExplainedAnswers;
import signpost.bot.edi.ContactsChannels;
import signpost.bot.edi.CuratedAnswers;
import signpost.bot.edi.Deliveries;
import signpost.bot.edi.Handoffs;
import signpost.bot.email.EmailContacts;
import signpost.knowledge.org.Organisation;
import signpost.bot.core.Feedback;
import signpost.bot.core.FeedbackLog;
import signpost.bot.core.Question;
import signpost.bot.edi.QuestionLog;
import signpost.bot.edi.Redaction;
import java.time.Clock;
import signpost.bot.conversation.Dialogue;
import signpost.bot.conversation.Screener;
import signpost.bot.metrics.Meters;
import signpost.bot.screening.DownloadTokens;
import signpost.bot.store.Database;
import signpost.bot.store.Purge;
import signpost.bot.store.StoreMemory;
import signpost.rules.screening.ScreeningReader;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LiveKnowledge;
import signpost.knowledge.LoadOptions;
import signpost.knowledge.org.Contact;
import signpost.rules.decision.Intent;
import signpost.rules.engine.LiveRuleBase;
import signpost.rules.engine.RuleBase;
import signpost.rules.engine.RuleFiles;
import signpost.rules.features.FeatureRecogniser;
import signpost.rules.features.PersonRequests;

/**
 * The lifecycle of what every channel shares: the knowledge loaded and indexed (reloaded when asked or, once
 * {@link #watchKnowledge()} is called, when its folders change), the rule base (watched when a rules folder is set),
 * the answer pipeline, and the database with the feedback log kept in it. Loading fails loudly, before any port
 * opens; the database opens on first use (see {@link #database()}).
 */
public final class Assistant implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Assistant.class);

  private final Config config;
  private final LiveKnowledge knowledge;
  private final Supplier<RuleBase> rules;
  private final LiveRuleBase liveRules;
  private final AnswerPipeline pipeline;
  private final OnFirstUse store;
  private final Meters meters;
  private final Clock clock;
  private Dialogue dialogue;
  /** How often a replica checks whether today's purge has run. */
  static final java.time.Duration PURGE_CHECK = java.time.Duration.ofHours(1);
  /** How often idle conversations are closed. */
  static final java.time.Duration HOUSEKEEPING = java.time.Duration.ofMinutes(5);
  private final java.util.concurrent.ScheduledExecutorService housekeeping =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "signpost-housekeeping");
        thread.setDaemon(true);
        return thread;
      });
  private DownloadTokens downloadTokens;
  private volatile QuestionLog questions;
  private final boolean serving;
  private volatile CuratedAnswers curated;
  private Handoffs handoffs;
  private final Deliveries deliveries;
  private final ContactsChannels contactsChannels;
  private final EmailContacts email;
  private volatile boolean emailing;

  /**
   * @param serving true for a server, whose answers include the EDI Contacts' curated answers; one-off commands (ask,
   *     eval) answer from the documents alone, so an evaluation measures the documents and opens no database
   */
  private Assistant(Config config, LiveKnowledge knowledge, Supplier<RuleBase> rules, LiveRuleBase liveRules, OnFirstUse store,
                    Meters meters, boolean serving, Clock clock, Deliveries deliveries, ContactsChannels contactsChannels) {
    this.config = config;
    this.deliveries = deliveries;
    this.contactsChannels = contactsChannels;
    this.email = EmailContacts.of(config);
    this.knowledge = knowledge;
    this.rules = rules;
    this.liveRules = liveRules;
    this.store = store;
    this.meters = meters;
    this.serving = serving;
    this.clock = clock;
    AnswerPipeline plain = new AnswerPipeline(knowledge, rules, AnswerPolicy.DEFAULT);
    AnswerPipeline written = serving ? plain.withWritten(() -> curated().current()) : plain;
    this.pipeline = config.answerCache() > 0 ? written.withCache(config.answerCache()) : written;
    meters.watch(pipeline);
  }

  /**
   * Loads the knowledge and the rules the configuration names, keeping parsed documents and compiled rules in its
   * cache folder; every command builds its answers through here. The configuration's organisations are turned into
   * ids (see {@link #config()}).
   *
   * @throws signpost.knowledge.KnowledgeException when nothing can be indexed
   * @throws signpost.rules.RulesException when the rules do not compile, naming file and line
   * @throws signpost.bot.config.ConfigException when the configuration names an unknown organisation, listing the known ones
   */
  public static Assistant start(Config config) {
    return start(config, false);
  }

  /**
   * Loads the knowledge and the rules as {@link #start(Config)} does and, with {@code openDatabase}, opens the database
   * beside them rather than on first use, for a server, which needs it before its port opens and answers with the EDI
   * Contacts' curated answers too (see {@link #curated()}).
   *
   * @throws signpost.knowledge.KnowledgeException when nothing can be indexed
   * @throws signpost.rules.RulesException when the rules do not compile, naming file and line
   * @throws signpost.bot.config.ConfigException when the configuration names an unknown organisation, listing the known ones
   */
  public static Assistant start(Config config, boolean openDatabase) {
    return start(config, openDatabase, Clock.systemUTC());
  }

  /**
   * Loads the knowledge and the rules as {@link #start(Config, boolean)} does, on {@code clock}: the server's clock,
   * by which everything it keeps for a while is dated and expires (the question log, ratings, conversations,
   * hand-offs, curated answers' dates, the daily purge, download links), so that a test can set it.
   *
   * @throws signpost.knowledge.KnowledgeException when nothing can be indexed
   * @throws signpost.rules.RulesException when the rules do not compile, naming file and line
   * @throws signpost.bot.config.ConfigException when the configuration names an unknown organisation, listing the known ones
   */
  public static Assistant start(Config config, boolean openDatabase, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    // The rules compile on another core while the knowledge is indexed: start-up is the slower of the two.
    CompletableFuture<Object> rules = CompletableFuture.supplyAsync(
        () -> config.rules() == null ? RuleBase.compile(RuleFiles.builtIn(), rulesCache(config))
            : LiveRuleBase.of(config.rules(), rulesCache(config)));
    // So is the metrics registry, whose classes take up to a second or two to load on a busy machine: on a thread of its
    // own, as the common pool has a single thread on two cores.
    CompletableFuture<Meters> meters = CompletableFuture.supplyAsync(Meters::new,
        task -> new Thread(task, "signpost-meters").start());
    // And the phrase lists the questions are read with, which the pipeline needs once the knowledge is loaded; a daemon,
    // so that a start that fails first never waits for it to stop.
    Thread phrases = new Thread(FeatureRecogniser::builtIn, "signpost-phrases");
    phrases.setDaemon(true);
    phrases.start();
    OnFirstUse store = new OnFirstUse(config.store(), meters, clock);
    if (openDatabase) store.openSoon();
    long start = System.nanoTime();
    LiveKnowledge knowledge = null;
    try {
      knowledge = LiveKnowledge.load(LoadOptions.of(config.knowledge()).withIndexFolder(config.index())
          .withCacheFolder(config.cache()).withMaxFileBytes(config.maxFileBytes()));
      LOG.info("Knowledge loaded in {} ms: {} documents, {} passages", (System.nanoTime() - start) / 1_000_000,
          knowledge.get().report().documents().size(), knowledge.get().report().passages());
      Config resolved = config.withOrganisationsResolved(knowledge.get()::resolveOrganisation);
      Object compiled = rules.join();
      LOG.info("Rules ready {} ms after start", (System.nanoTime() - start) / 1_000_000);
      Meters ready = meters.join();
      if (compiled instanceof LiveRuleBase live) {
        return new Assistant(resolved, knowledge, live.watch(), live, store, ready, openDatabase, clock, new Deliveries(),
            new ContactsChannels());
      }
      RuleBase builtIn = (RuleBase) compiled;
      return new Assistant(resolved, knowledge, () -> builtIn, null, store, ready, openDatabase, clock, new Deliveries(),
          new ContactsChannels());
    } catch (RuntimeException e) {
      rules.thenAccept(r -> {
        if (r instanceof LiveRuleBase live) live.close();
      });
      meters.thenAccept(Meters::close);
      if (knowledge != null) knowledge.close();
      store.close();
      throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private static Path rulesCache(Config config) {
    return config.cache() == null ? null : config.cache().resolve("rules");
  }

  /**
   * Returns a view with other settings over the same knowledge, rules, database and channels' deliveries and contacts
   * channels; closing stays with this one.
   */
  Assistant withConfig(Config other) {
    return new Assistant(other, knowledge, rules, liveRules, store, meters, serving, clock, deliveries, contactsChannels);
  }

  public Config config() {
    return config;
  }

  /** Returns the server's clock: the system clock unless {@link #start(Config, boolean, Clock)} was given another. */
  public Clock clock() {
    return clock;
  }

  /** Returns the knowledge serving now: after a reload, the new one. */
  public KnowledgeBase knowledge() {
    return knowledge.get();
  }

  /** Returns the knowledge's generation (1 at start, one more per good reload), its last refusal and its watcher. */
  public LiveKnowledge.Status knowledgeStatus() {
    return knowledge.status();
  }

  /**
   * Starts watching the knowledge folders, reloading when a document changes ({@code serve} does).
   *
   * @throws signpost.knowledge.KnowledgeException when a folder cannot be watched
   */
  public Assistant watchKnowledge() {
    knowledge.watch();
    return this;
  }

  /**
   * Reloads the knowledge now, and the rules when a rules folder is set; what fails to reload is refused and the
   * last good one keeps serving (see {@link #knowledgeStatus()} and {@link #rulesStatus()} for why).
   *
   * @return true when both now serve what their folders hold
   */
  public boolean reload() {
    boolean knowledgeReloaded = knowledge.reload();
    boolean rulesReloaded = liveRules == null || liveRules.reload();
    return knowledgeReloaded && rulesReloaded;
  }

  public RuleBase rules() {
    return rules.get();
  }

  /**
   * Returns the wordings that ask for a person ("can I speak to a human?"): a rules folder's, read and reloaded with its
   * rules, else the built-in ones.
   */
  public PersonRequests personRequests() {
    return liveRules == null ? PersonRequests.builtIn() : liveRules.personRequests();
  }

  /** Returns the rules folder watcher's state, or null when the built-in rules serve. */
  public LiveRuleBase.Status rulesStatus() {
    return liveRules == null ? null : liveRules.status();
  }

  /** Returns how many rule bases have served: 1 at start, one more per good reload. */
  public long rulesGeneration() {
    return liveRules == null ? 1 : liveRules.generation();
  }

  public AnswerPipeline pipeline() {
    return pipeline;
  }

  /**
   * Returns the database the configuration names, opening and migrating it on the first call.
   *
   * @throws signpost.bot.store.StoreException when it cannot be reached or migrated, saying which and why
   */
  public Database database() {
    return store.database();
  }

  /**
   * Returns the pseudonymous id of a person on a channel: a keyed hash of the channel and its user id, never a name.
   * The same person on the same channel always gets the same id, on every replica (the key is in the database).
   */
  public String owner(String channel, String user) {
    return database().pseudonyms().of(channel, user);
  }

  /** Returns the signer of download links for screening records, under a key every replica shares. */
  public synchronized DownloadTokens downloadTokens() {
    if (downloadTokens == null) {
      downloadTokens = new DownloadTokens(database().pseudonyms().derive("screening-download"), clock);
    }
    return downloadTokens;
  }

  /**
   * Returns the dialogue every channel's conversations go through, keeping them in the database; from the first call,
   * idle conversations are closed every {@link #HOUSEKEEPING} on a daemon thread.
   */
  public synchronized Dialogue dialogue() {
    if (dialogue == null) {
      dialogue = new Dialogue(pipeline, new StoreMemory(database()), new Screener(ScreeningReader.builtIn()),
          clock, config.store().conversationIdle(), meters::screening, questions()::redacted);
      Dialogue started = dialogue;
      housekeeping.scheduleWithFixedDelay(() -> closeIdle(started), HOUSEKEEPING.toMinutes(), HOUSEKEEPING.toMinutes(),
          java.util.concurrent.TimeUnit.MINUTES);
    }
    return dialogue;
  }

  /**
   * Starts the daily purge of what is past its retention (see {@link Purge}) on the housekeeping thread: checked a
   * minute after the call and then every {@link #PURGE_CHECK}, run by the first replica to claim each day ({@code serve}
   * does this).
   */
  public Assistant purgeDaily() {
    Purge purge = new Purge(database(), config.store().retention(), clock);
    housekeeping.scheduleWithFixedDelay(() -> purge(purge), 1, PURGE_CHECK.toMinutes(), java.util.concurrent.TimeUnit.MINUTES);
    return this;
  }

  private static void purge(Purge purge) {
    try {
      purge.daily().ifPresent(purged -> LOG.info("Purged {} rows past their retention: {} questions, {} ratings, {} screenings, "
          + "{} conversations", purged.total(), purged.questions(), purged.ratings(), purged.screenings(), purged.conversations()));
    } catch (RuntimeException e) {
      LOG.warn("Could not purge what is past its retention; the next check tries again: {}", e.getMessage(), e);
    }
  }

  private static void closeIdle(Dialogue dialogue) {
    try {
      int closed = dialogue.closeIdle();
      if (closed > 0) LOG.info("Closed {} idle conversations", closed);
    } catch (RuntimeException e) {
      LOG.warn("Could not close idle conversations: {}", e.getMessage());
    }
  }

  /**
   * Returns the EDI Contacts' curated answers, kept in the database (opened on first use); a server's answers include
   * them from the next question after a change.
   */
  public CuratedAnswers curated() {
    // Asked before every question a server answers: the lock is taken only until the first call has made them.
    CuratedAnswers made = curated;
    if (made != null) return made;
    synchronized (this) {
      if (curated == null) curated = new CuratedAnswers(database().curated(), clock);
      return curated;
    }
  }

  /**
   * Returns the questions passed on to the EDI Contacts, kept in the database (opened on first use); from the first call,
   * those past {@link Handoffs#KEPT} are deleted every {@link #HOUSEKEEPING} on a daemon thread.
   */
  public synchronized Handoffs handoffs() {
    if (handoffs == null) {
      handoffs = new Handoffs(database().handoffs(), clock);
      Handoffs started = handoffs;
      housekeeping.scheduleWithFixedDelay(() -> purge(started), 0, HOUSEKEEPING.toMinutes(),
          java.util.concurrent.TimeUnit.MINUTES);
    }
    return handoffs;
  }

  /**
   * Returns the channels that deliver the EDI Contacts' replies to askers: each running channel adds itself, so that a
   * reply written on the admin page reaches the asker wherever they asked.
   */
  public Deliveries deliveries() {
    return deliveries;
  }

  /**
   * Returns the channels running here that reach organisations' EDI Contacts (each adds itself), so that the web chat
   * can pass a question on to them.
   */
  public ContactsChannels contactsChannels() {
    return contactsChannels;
  }

  /**
   * Returns the e-mail fallback to the organisations' EDI Contacts, or null when no organisation has an address. In a
   * server it is sending from the first call on, the e-mails left pending by a server that stopped first.
   */
  public EmailContacts email() {
    if (email != null && serving && !emailing) startEmail();
    return email;
  }

  private synchronized void startEmail() {
    if (emailing) return;
    email.start(handoffs(), database().pendingEmails(), clock,
        organisation -> knowledge().organisation(organisation).map(Organisation::name).orElse(organisation));
    emailing = true;
  }

  private static void purge(Handoffs handoffs) {
    try {
      int purged = handoffs.purge();
      if (purged > 0) LOG.info("Deleted {} hand-offs to the EDI Contacts older than {} days", purged, Handoffs.KEPT.toDays());
    } catch (RuntimeException e) {
      LOG.warn("Could not delete old hand-offs to the EDI Contacts: {}", e.getMessage());
    }
  }

  /** Returns what every channel counts its answers, refusals and ratings in, and {@code /metrics} reads. */
  public Meters meters() {
    return meters;
  }

  /** Returns the feedback log, kept in the database (opened on first use). */
  public FeedbackLog feedback() {
    return store.feedback();
  }

  /**
   * Returns the log of questions staff could not find answered, kept in the database: redacted of the names of the
   * people in the organisation files as they are now, and never logging a text the rules read as a support disclosure.
   */
  public QuestionLog questions() {
    // Every answer of every channel asks for it: no lock once it is made.
    QuestionLog made = questions;
    if (made != null) return made;
    synchronized (this) {
      if (questions == null) {
        Redaction redaction = new Redaction(this::knownNames);
        questions = new QuestionLog(database().questions(), redaction, this::disclosure, database().answerIds(), clock);
      }
      return questions;
    }
  }

  /**
   * What a rating came to.
   *
   * @param recorded false when no answer with that id was given recently (the rating is refused)
   * @param disliked for the first 👎 on an answer, its question as logged for the EDI team (redacted); else empty
   */
  public record Rated(boolean recorded, Optional<String> disliked) {}

  /**
   * Records a 👍 or 👎 on an answer given recently, once per person (a second replaces the first); a 👎 logs the
   * answer's question for the EDI team, once per answer. Every channel rates through here.
   *
   * @param person who rated within the feedback's channel, kept only hashed
   * @param asker who rated as they ask within the channel (their pseudonymous owner id), for the question a 👎 logs;
   *     null when the channel knows none (the web chat, whose answers keep who asked)
   * @throws IllegalArgumentException when the answer id is blank or too long
   */
  public Rated rate(Feedback feedback, String person, String asker) {
    boolean recorded = feedback().record(feedback, person) == FeedbackLog.Outcome.RECORDED;
    return new Rated(recorded, recorded && !feedback.helpful()
        ? questions().disliked(feedback.questionId(), feedback.channel(), asker) : Optional.empty());
  }

  /** The organisation files' people for the knowledge they were read from, made again only after a reload. */
  private record KnownNames(Object organisations, List<String> names) {}

  private volatile KnownNames knownNames = new KnownNames(null, List.of());

  /** Returns the names of the people in the organisation files, the same list until the knowledge is reloaded. */
  private List<String> knownNames() {
    var organisations = knowledge().organisations();
    KnownNames known = knownNames;
    if (known.organisations() == organisations) return known.names();
    List<String> names = organisations.values().stream().flatMap(organisation -> organisation.contacts().stream())
        .map(Contact::person).filter(Objects::nonNull).toList();
    knownNames = new KnownNames(organisations, names);
    return names;
  }

  private boolean disclosure(String text) {
    String question = text.length() > Question.MAX_LENGTH ? text.substring(0, Question.MAX_LENGTH) : text;
    return pipeline.answer(new Question(null, question, null)).intent() == Intent.SUPPORT;
  }

  /** Returns the answers Slack and Teams gave, kept in the database for "Why?" on any replica. */
  public ExplainedAnswers explained() {
    return store.explained();
  }

  @Override
  public void close() {
    housekeeping.shutdownNow();
    if (email != null) email.close();
    try {
      if (liveRules != null) liveRules.close();
      knowledge.close();
    } finally {
      store.close();
      meters.close();
    }
  }
}
