package signpost.knowledge.ingest;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the reading of one document on a thread of its own, within a time and memory limit, and turns whatever it
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

  /** How often the reading thread's time and memory are looked at. */
  private static final long CHECK_EVERY_MS = 20;

  /**
   * Returns what {@code work} returned, or throws {@link Refused} with the reason it failed, ran over {@code limit}
   * or allocated more than {@code memory} bytes (measured on its thread where the JVM can).
   */
  static <T> T run(String name, Duration limit, long memory, Callable<T> work) throws Refused {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, "read " + name);
    thread.setDaemon(true);
    thread.start();
    long deadline = System.nanoTime() + limit.toNanos();
    try {
      while (true) {
        try {
          return task.get(Math.min(CHECK_EVERY_MS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)),
              TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          if (System.nanoTime() >= deadline) {
            thread.interrupt();
            throw new Refused("took longer than the limit of " + limit.toMillis() + " ms to read", e);
          }
          if (allocated(thread) > memory) {
            thread.interrupt();
            throw new Refused("needed more than " + (memory >> 20) + " MB of memory to read", e);
          }
        }
      }
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new Refused("interrupted while reading", e);
    } catch (ExecutionException e) {
      throw new Refused(reason(e.getCause()), e.getCause());
    }
  }

  /** Returns the bytes the thread has allocated so far, or 0 where the JVM does not measure it. */
  @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+; this compiles for 17.
  private static long allocated(Thread thread) {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
        || !threads.isThreadAllocatedMemorySupported() || !threads.isThreadAllocatedMemoryEnabled()) {
      return 0;
    }
    return Math.max(0, threads.getThreadAllocatedBytes(thread.getId()));
  }

  private static String reason(Throwable failure) {
    if (failure instanceof StackOverflowError) return "too deeply nested to read (stack overflow)";
    if (failure instanceof OutOfMemoryError) return "too large to read in the memory available";
    if (failure instanceof Error) return "could not be read: " + failure;
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : message;
  }
}
