package signpost.bot.slack;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.conversation.Inbound;
import signpost.bot.conversation.Reply;
import signpost.bot.core.Answer;
import signpost.bot.core.Feedback;
import signpost.bot.core.Question;
import signpost.bot.edi.CuratedAnswers;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;
import signpost.bot.email.EmailContacts;
import signpost.bot.logging.RequestId;
import signpost.bot.metrics.Channel;
import signpost.bot.metrics.Refusal;
import signpost.bot.screening.RecordLinks;
import signpost.bot.server.Assistant;
import signpost.bot.store.PersonalData;
import signpost.bot.store.SeenOnce;
import signpost.knowledge.org.Organisation;

/**
 * The Slack channel's side of the assistant: which organisation a workspace answers for, answers and conversation
 * replies worked out off the request thread (Slack waits 3 seconds at most), the answers that "Why?" explains (kept in
 * the database, so that any replica explains them), ratings, and links to screening records. Keeps no Slack user id: a person is known by a pseudonymous owner id.
 * Questions wait in a bounded queue ({@code SLACK_ANSWER_QUEUE}): when it is full a question is refused at once as
 * busy rather than kept without limit; stopping answers what is waiting within {@code SLACK_DRAIN_SECONDS} and logs
 * how many it could not.
 */
final class Answering implements AutoCloseable {

  static final String BUSY = "Signpost is busy just now: please ask again in a minute.";
  private static final Logger LOG = LoggerFactory.getLogger(Answering.class);

  private final Assistant assistant;
  private final Duration inlineBudget;
  private final Duration drain;
  private final ThreadPoolExecutor workers;
  private final AtomicLong refused = new AtomicLong();
  private final RecordLinks links;

  Answering(Assistant assistant, Duration inlineBudget) {
    this.assistant = assistant;
    this.links = new RecordLinks(assistant.config().edge().publicHosts(), assistant.downloadTokens());
    this.inlineBudget = inlineBudget;
    this.drain = assistant.config().slack().drain();
    // A conversation's message waits on the database (its state is read and written before the reply, for any replica
    // to continue it): more threads than cores, so the cores answer while some threads wait on a commit.
    int threads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    AtomicInteger count = new AtomicInteger();
    // Not daemon threads: a stopping JVM must not drop answers that Slack was already told are coming.
    this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(assistant.config().slack().answerQueue()),
        task -> new Thread(task, "signpost-slack-" + count.incrementAndGet()), new ThreadPoolExecutor.AbortPolicy()) {
      @Override
      public void execute(Runnable task) {
        // What a worker logs for a request carries the request's id.
        super.execute(RequestId.carried(task));
      }
    };
  }

  /** Returns the database's seen-once check (the database opens on first use). */
  SeenOnce seenOnce() {
    return assistant.database().seenOnce();
  }

  /** Returns how long a slash command waits for its answer before acknowledging and following up. */
  Duration inlineBudget() {
    return inlineBudget;
  }

  /**
   * Returns the organisation a workspace answers for: its mapping, else the default, else null. The team id
   * comes from the request's payload: Bolt's context holds the bot's own team, which differs on Enterprise Grid.
   */
  String organisation(String teamId) {
    return assistant.config().slack().organisationOf(teamId, assistant.config().defaultOrganisation());
  }

  /** Returns the organisation's display name, or null when there is none. */
  String organisationName(String organisation) {
    return assistant.knowledge().organisation(organisation).map(Organisation::name).orElse(null);
  }

  /**
   * Starts answering on a worker, or answers at once when the question was answered before; the answer is
   * kept for "Why?". Answering a repeat on the request thread spares two thread hand-offs. Returns empty when
   * the queue is full or the channel is stopping: the caller tells the person Signpost is busy.
   *
   * @param owner the asker's pseudonymous owner id, under which a refused question is logged for the EDI team
   */
  Optional<CompletableFuture<Answer>> submit(Question question, String owner) {
    Optional<Answer> kept = repeated(question, () -> owner);
    if (kept.isPresent()) return Optional.of(CompletableFuture.completedFuture(kept.get()));
    try {
      return Optional.of(CompletableFuture.supplyAsync(() -> remembered(assistant.pipeline().answer(question), owner), workers));
    } catch (RejectedExecutionException e) {
      assistant.meters().refused(Channel.SLACK, Refusal.BUSY);
      LOG.warn("Slack: a question was refused as busy ({} so far): {} waiting, queue of {}", refused.incrementAndGet(),
          workers.getQueue().size(), workers.getQueue().size() + workers.getQueue().remainingCapacity());
      return Optional.empty();
    }
  }

  /**
   * Returns the answer to a question answered before, kept for "Why?", or empty when it is not in the answer cache. Asks
   * nothing of the workers.
   *
   * @param owner the asker's pseudonymous owner id, asked for only when the answer is a refusal (which is logged under
   *     it): working it out is a keyed hash, which most repeats do without
   */
  Optional<Answer> repeated(Question question, Supplier<String> owner) {
    return assistant.pipeline().kept(question).map(kept -> remembered(kept, kept.answered() ? null : owner.get()));
  }

  /**
   * Starts replying to a message in its conversation on a worker; the answer is kept for "Why?". Returns empty when
   * the queue is full or the channel is stopping: the caller tells the person Signpost is busy.
   */
  Optional<CompletableFuture<Reply>> submit(Inbound message) {
    try {
      return Optional.of(CompletableFuture.supplyAsync(() -> {
        Reply reply = assistant.dialogue().reply(message);
        return reply.withAnswer(remembered(reply.answer(), message.owner()));
      }, workers));
    } catch (RejectedExecutionException e) {
      assistant.meters().refused(Channel.SLACK, Refusal.BUSY);
      LOG.warn("Slack: a message was refused as busy ({} so far): {} waiting", refused.incrementAndGet(), workers.getQueue().size());
      return Optional.empty();
    }
  }

  /** Returns the pseudonymous id of a person in a workspace: whose conversation and screening it is, never a name. */
  String owner(String teamId, String userId) {
    return assistant.owner("slack", teamId + ":" + userId);
  }

  /** Returns whose data a Slack user's is: their owner id for screenings, conversations and questions; their id for ratings. */
  PersonalData.Person person(String teamId, String userId) {
    return new PersonalData.Person("slack", owner(teamId, userId), "slack", userId);
  }

  /** Returns where what is kept about a person is found and deleted. */
  PersonalData personalData() {
    return assistant.database().personalData();
  }

  /** Returns the Slack channel of the organisation's EDI Contacts, or null when it has none. */
  String contactsChannel(String organisation) {
    return assistant.config().slack().ediContactsChannel(organisation);
  }

  /** Returns the e-mail fallback to the EDI Contacts, or null when no organisation has an address. */
  EmailContacts email() {
    return assistant.email();
  }

  /** Returns the e-mail address of the organisation's EDI Contacts, or null when it has none. */
  String contactsEmail(String organisation) {
    EmailContacts email = assistant.email();
    return email == null ? null : email.address(organisation);
  }

  /** Returns true when the organisation's EDI Contacts can be asked: in their Slack channel, else by e-mail. */
  boolean passesOn(String organisation) {
    return contactsChannel(organisation) != null || contactsEmail(organisation) != null;
  }

  /** Returns the questions passed on to the EDI Contacts (kept in the database). */
  Handoffs handoffs() {
    return assistant.handoffs();
  }

  /**
   * Delivers a contact's reply to its asker wherever they asked: a Slack thread, or another channel's place (the web
   * chat's) for a question it passed on to the contacts' Slack channel.
   *
   * @throws SlackException when no channel running here delivers to the asker's place; then, or when the channel fails, the
   *     hand-off's claim is released (see {@link Handoffs#deliver})
   */
  void deliver(Handoff handoff) {
    if (!assistant.handoffs().deliver(handoff, assistant.deliveries())) {
      throw new SlackException("no channel running here delivers the reply to hand-off " + handoff.id());
    }
  }

  /** Returns the EDI Contacts' curated answers (kept in the database). */
  CuratedAnswers curated() {
    return assistant.curated();
  }

  /** Returns the links to screening records. */
  RecordLinks links() {
    return links;
  }

  /**
   * Returns the answer under the signed id it is given under, its text kept for "Why?", and notes its question for the
   * EDI team (see QuestionLog#asked).
   */
  private Answer remembered(Answer answer, String owner) {
    Answer given = assistant.explained().keep(answer, assistant.questions().asked(answer, "slack", owner));
    assistant.meters().answered(Channel.SLACK, given);
    return given;
  }

  /** Runs a follow-up (a post, a publish) on a worker, off Slack's request thread; returns false when refused as busy. */
  boolean later(Runnable task) {
    try {
      workers.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      LOG.warn("Slack: a follow-up was refused as busy ({} so far)", refused.incrementAndGet());
      return false;
    }
  }

  /** Returns a recent answer by its question id, whichever replica gave it. */
  Optional<Answer> recent(String questionId) {
    return assistant.explained().find(questionId);
  }

  /**
   * Records a 👍 or 👎 on an answer given here, once per person: a second replaces the first. A 👎 logs the answer's
   * question for the EDI team, once per answer.
   *
   * @param teamId the workspace the person rated in
   * @param person the Slack user id, kept only hashed
   * @throws IllegalArgumentException when the id is blank or over 200 characters
   */
  Assistant.Rated rate(String questionId, boolean helpful, String teamId, String person) {
    return assistant.rate(new Feedback(questionId, helpful, "slack"), person, owner(teamId, person));
  }

  /** Returns true when the whole message asks for a person rather than asking a question (see PersonRequests). */
  boolean asksForPerson(String message) {
    return assistant.personRequests().asks(message);
  }

  /** Returns who to ask, for someone asking for a person whom Signpost cannot reach (see AnswerPipeline#referral). */
  Answer referral(Question request) {
    return assistant.pipeline().referral(request);
  }

  /** Returns the question the person last asked in the conversation, redacted, while the conversation is open. */
  Optional<String> lastAsked(String conversation, String owner) {
    return assistant.dialogue().lastAsked(conversation, owner);
  }

  /**
   * Takes no more work, answers what is waiting within the drain period, then gives up on the rest and logs how
   * many questions and follow-ups were left unanswered (a count, never their text).
   */
  @Override
  public void close() {
    if (workers.isTerminated()) return;
    int waiting = workers.getQueue().size() + workers.getActiveCount();
    if (waiting > 0) LOG.info("Slack: stopping, answering the {} questions and follow-ups still waiting (up to {} s)", waiting, drain.toSeconds());
    workers.shutdown();
    try {
      if (workers.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int running = workers.getActiveCount();
    int dropped = workers.shutdownNow().size();
    LOG.warn("Slack: stopped with {} questions and follow-ups unanswered ({} waiting, {} cut short)", dropped + running, dropped, running);
  }
}
