package signpost.bot.slack;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import signpost.bot.core.Answer;
import signpost.bot.core.Feedback;
import signpost.bot.core.Question;
import signpost.bot.core.Recent;
import signpost.bot.server.Assistant;
import signpost.knowledge.org.Organisation;

/**
 * The Slack channel's side of the assistant: which organisation a workspace answers for, answers worked out
 * off the request thread (Slack waits 3 seconds at most), the recent answers that "Why?" explains, and
 * ratings. Keeps no Slack user id.
 */
final class Answering implements AutoCloseable {

  static final int REMEMBERED_ANSWERS = 1_000;

  private final Assistant assistant;
  private final Duration inlineBudget;
  private final ExecutorService workers;
  private final Recent<Answer> recent = new Recent<>(REMEMBERED_ANSWERS);

  Answering(Assistant assistant, Duration inlineBudget) {
    this.assistant = assistant;
    this.inlineBudget = inlineBudget;
    AtomicInteger count = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
      Thread thread = new Thread(task, "signpost-slack-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
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
   * kept for "Why?". Answering a repeat on the request thread spares two thread hand-offs.
   */
  CompletableFuture<Answer> submit(Question question) {
    Optional<Answer> kept = assistant.pipeline().kept(question);
    if (kept.isPresent()) return CompletableFuture.completedFuture(remembered(kept.get()));
    return CompletableFuture.supplyAsync(() -> remembered(assistant.pipeline().answer(question)), workers);
  }

  private Answer remembered(Answer answer) {
    if (answer.id() != null) recent.add(answer.id(), answer);
    return answer;
  }

  /** Runs a follow-up (a post, a publish) on a worker, off Slack's request thread. */
  void later(Runnable task) {
    workers.execute(task);
  }

  /** Returns a recent answer by its question id. */
  Optional<Answer> recent(String questionId) {
    return recent.get(questionId);
  }

  /**
   * Records a 👍 or 👎 on an answer, by question id only.
   *
   * @throws IllegalArgumentException when the id is blank or over 200 characters
   */
  void rate(String questionId, boolean helpful) {
    assistant.feedback().record(new Feedback(questionId, helpful, "slack"));
  }

  @Override
  public void close() {
    workers.shutdown();
    try {
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) workers.shutdownNow();
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
