package signpost.bot.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A closed-loop HTTP load generator: {@code connections} workers, each with its own keep-alive client, send
 * requests back to back for a fixed time and record every latency. Used by {@code bench-server} to compare
 * signed Slack slash commands with a bare Jetty handler on the same machine.
 */
final class LoadBench {

  /**
   * What one run measured.
   *
   * @param requests how many completed
   * @param errors how many failed or got a status other than 200
   * @param seconds how long the run lasted
   * @param latencies every latency, in nanoseconds
   */
  record Run(long requests, long errors, double seconds, BenchCommand.Latencies latencies) {

    double throughput() {
      return requests / seconds;
    }
  }

  private LoadBench() {}

  /** Sends the requests {@code make} builds (by sequence number) from {@code connections} workers for {@code duration}. */
  static Run run(int connections, Duration duration, IntFunction<HttpRequest> make) throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(connections);
    AtomicLong errors = new AtomicLong();
    AtomicLong sequence = new AtomicLong();
    List<BenchCommand.Latencies> perWorker = new ArrayList<>();
    List<Future<Long>> done = new ArrayList<>();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    for (int i = 0; i < connections; i++) {
      BenchCommand.Latencies latencies = new BenchCommand.Latencies();
      perWorker.add(latencies);
      done.add(workers.submit(() -> {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long count = 0;
        while (System.nanoTime() < end) {
          HttpRequest request = make.apply((int) sequence.getAndIncrement());
          long sent = System.nanoTime();
          try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) errors.incrementAndGet();
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          latencies.add(System.nanoTime() - sent);
          count++;
        }
        return count;
      }));
    }
    long requests = 0;
    for (Future<Long> f : done) requests += f.get();
    double seconds = (System.nanoTime() - start) / 1e9;
    workers.shutdown();
    BenchCommand.Latencies all = new BenchCommand.Latencies();
    perWorker.forEach(all::addAll);
    return new Run(requests, errors.get(), seconds, all);
  }

  /** Returns an {@code /edi} slash command as Slack sends it, signed now. */
  static WrkBench.Post slashCommand(URI responseUrl, String secret, String team, String text) {
    String body = "token=bench&team_id=" + team + "&team_domain=bench&channel_id=C0BENCH&channel_name=bench"
        + "&user_id=U0BENCH&user_name=bench&command=%2Fedi&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&api_app_id=A0BENCH&trigger_id=1.2.3&response_url=" + URLEncoder.encode(responseUrl.toString(), StandardCharsets.UTF_8);
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    return new WrkBench.Post(body, Map.of("Content-Type", "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp", timestamp, "X-Slack-Signature", "v0=" + hmac(secret, "v0:" + timestamp + ":" + body)));
  }

  private static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
    }
  }
}
