package signpost.knowledge.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the reading of one document on a thread of its own, within a time limit, and turns whatever it
 * throws, errors included (a PDF page tree nested twenty thousand deep overflows the stack), into a reason to
 * skip it. A document over time is abandoned: its thread is interrupted, which stops Signpost's own
 * steps, and left to the parser library otherwise; it is a daemon, so it never holds the process.
 */
final class Budgeted {

  /** Why a document was not read. */
  static final class Refused extends Exception {
    Refused(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  private Budgeted() {}

  /** Returns what {@code work} returned, or throws {@link Refused} with the reason it failed or ran over. */
  static <T> T run(String name, Duration limit, Callable<T> work) throws Refused {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, "read " + name);
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      thread.interrupt();
      throw new Refused("took longer than the limit of " + limit.toMillis() + " ms to read", e);
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new Refused("interrupted while reading", e);
    } catch (ExecutionException e) {
      throw new Refused(reason(e.getCause()), e.getCause());
    }
  }

  private static String reason(Throwable failure) {
    if (failure instanceof StackOverflowError) return "too deeply nested to read (stack overflow)";
    if (failure instanceof OutOfMemoryError) return "too large to read in the memory available";
    if (failure instanceof Error) return "could not be read: " + failure;
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : message;
  }
}
