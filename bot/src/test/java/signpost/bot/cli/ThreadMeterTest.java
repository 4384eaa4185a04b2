package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThreadMeterTest {

  /** Escapes into a field so the JIT cannot drop the allocation. */
  private static byte[] sink;

  @Test
  void a_megabyte_allocated_on_this_thread_is_counted() {
    ThreadMeter meter = ThreadMeter.start();
    for (int i = 0; i < 16; i++) sink = new byte[64 * 1024];
    ThreadMeter.Use use = meter.stop();

    assertTrue(use.allocatedBytes() >= 1024 * 1024, "allocated " + use.allocatedBytes());
    assertTrue(use.collections() >= 0 && use.collectionMillis() >= 0, use.toString());
  }

  @Test
  void cpu_time_of_this_thread_grows_with_work() {
    long before = ThreadMeter.threadCpuNanos();
    long sum = 0;
    for (int i = 0; i < 50_000_000; i++) sum += i % 7;
    sink = new byte[(int) (sum & 1)];

    assertTrue(ThreadMeter.threadCpuNanos() > before);
  }

  @Test
  void the_collectors_are_named() {
    assertFalse(ThreadMeter.collectors().isEmpty());
  }
}
