package signpost.bot.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Measures what work on the current thread costs: the CPU time it uses, the bytes it allocates, and
 * the garbage collections (count and accumulated time) the JVM runs meanwhile.
 */
final class ThreadMeter {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final long allocated;
  private final long collections;
  private final long collectionMillis;

  private ThreadMeter() {
    this.allocated = THREADS.getCurrentThreadAllocatedBytes();
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    this.collections = count;
    this.collectionMillis = millis;
  }

  /** Returns the CPU time the current thread has used, in nanoseconds. */
  static long threadCpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Returns a meter started now. */
  static ThreadMeter start() {
    return new ThreadMeter();
  }

  /** Returns the names of the JVM's garbage collectors, e.g. {@code [G1 Young Generation, G1 Old Generation]}. */
  static List<String> collectors() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList();
  }

  /** Returns what the heap spent since {@link #start()}. */
  Use stop() {
    ThreadMeter now = new ThreadMeter();
    return new Use(now.allocated - allocated, now.collections - collections, now.collectionMillis - collectionMillis);
  }

  /**
   * What a stretch of work cost the heap.
   *
   * @param allocatedBytes bytes the measuring thread allocated
   * @param collections garbage collections of any kind that ran, on any thread
   * @param collectionMillis their accumulated time, as the collectors report it
   */
  record Use(long allocatedBytes, long collections, long collectionMillis) {}
}
