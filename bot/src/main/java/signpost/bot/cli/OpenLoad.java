package signpost.bot.cli;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-loop HTTP load generator: request n is due at {@code n / rate} seconds after the start, whether or not earlier
 * ones have been answered, and its latency runs from when it was due, not from when it went out. A closed-loop
 * generator waits for each answer before sending again, so a server that stalls is sent less just when it is slow and
 * the stall shows in a handful of samples instead of in every request that should have been sent meanwhile
 * (coordinated omission); {@code wrk2} avoids it the same way, and Debian does not package it.
 */
final class OpenLoad {

  /**
   * What one run measured.
   *
   * @param requests how many were sent
   * @param failures how many failed, by kind: "HTTP 503", "unanswered", or the exception's class
   * @param latencies each request's time from when it was due to its answer, in nanoseconds, request n's n-th
   * @param lateMillis how far behind its schedule the generator itself fell at worst
   */
  record Run(int requests, Map<String, Long> failures, BenchCommand.Latencies latencies, double lateMillis) {

    /** Returns how many failed or got a status other than 200. */
    long errors() {
      return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Returns the median latency in milliseconds of each kind of request, request n being of kind {@code n % kinds}:
     * for a bench that sends its questions in turn, each question's median, which shows one kind slower than the rest
     * (such as an answer big enough to wait on a delayed acknowledgement) where a percentile of all hides it.
     */
    double[] medianMillisBy(int kinds) {
      double[] medians = new double[kinds];
      for (int kind = 0; kind < kinds; kind++) {
        BenchCommand.Latencies of = new BenchCommand.Latencies();
        for (int n = kind; n < latencies.size(); n += kinds) of.add(latencies.at(n));
        medians[kind] = of.size() == 0 ? Double.NaN : of.percentile(50) / 1e6;
      }
      return medians;
    }
  }

  private OpenLoad() {}

  /**
   * Sends {@code rate} requests a second for {@code duration}, request n being {@code make.apply(n)}, and waits at
   * most {@code patience} after the last is due for the answers still out (those count as errors).
   */
  static Run run(int rate, Duration duration, Duration patience, IntFunction<HttpRequest> make) throws InterruptedException {
    if (rate < 1) throw new IllegalArgumentException("rate must be 1 or more a second: " + rate);
    int count = (int) Math.max(1, duration.toMillis() * rate / 1000);
    long[] latencies = new long[count];
    Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    CompletableFuture<?>[] answers = new CompletableFuture<?>[count];
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(patience).build();
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
    long late = 0;
    for (int n = 0; n < count; n++) {
      long due = start + n * 1_000_000_000L / rate;
      for (long wait; (wait = due - System.nanoTime()) > 0; ) LockSupport.parkNanos(wait);
      late = Math.max(late, System.nanoTime() - due);
      int slot = n;
      answers[n] = client.sendAsync(make.apply(n), HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
        latencies[slot] = System.nanoTime() - due;
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String kind = cause != null ? cause.getClass().getSimpleName()
            : response.statusCode() != 200 ? "HTTP " + response.statusCode() : null;
        if (kind != null) failures.computeIfAbsent(kind, k -> new LongAdder()).increment();
        return null;
      });
    }
    try {
      CompletableFuture.allOf(answers).get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      // Answers still out are counted below.
    }
    BenchCommand.Latencies all = new BenchCommand.Latencies();
    for (int n = 0; n < count; n++) {
      if (answers[n].isDone()) {
        all.add(latencies[n]);
      } else {
        failures.computeIfAbsent("unanswered", k -> new LongAdder()).increment();
        all.add(System.nanoTime() - (start + n * 1_000_000_000L / rate));
      }
    }
    Map<String, Long> counted = new TreeMap<>();
    failures.forEach((kind, n) -> counted.put(kind, n.sum()));
    return new Run(count, counted, all, late / 1e6);
  }
}
