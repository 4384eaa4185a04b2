package signpost.rules.engine;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import signpost.rules.RulesException;

/**
 * Runs rules edited outside the jar on threads of their own, within a time limit, and turns whatever they
 * throw, errors included, into a {@link RulesException}. A rule that overruns has its thread interrupted
 * (which ends a sleep or a wait) and abandoned otherwise; the threads are daemons, so none holds the process.
 */
final class RuleGuard {

  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService RUNNER = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "rules-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  private RuleGuard() {}

  /** Returns what {@code work} returns, or throws {@link RulesException} when it throws or takes over {@code limit}. */
  static <T> T within(Duration limit, Callable<T> work) {
    Future<T> future = RUNNER.submit(work);
    try {
      return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new RulesException("the rules took longer than the limit of " + limit.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new RulesException("interrupted while the rules decided", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new RulesException("the rules failed: " + (cause instanceof StackOverflowError ? "stack overflow" : cause), cause);
    }
  }
}
