package signpost.bot.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each request on a real Jetty is timed once under its route, method, status and outcome, whether it is answered, not
 * handled (404) or fails (500), and counts as in flight until its response is done.
 */
class RequestTimerTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private Server server;
  private URI base;

  @BeforeEach
  void start() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(new RequestTimer(registry, new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (path.startsWith("/api/ask")) {
          response.write(true, ByteBuffer.wrap("{}".getBytes(StandardCharsets.UTF_8)), callback);
          return true;
        }
        if (path.startsWith("/api/screenings")) {
          // Answered later, off this thread, as a slow answer is.
          entered.countDown();
          CompletableFuture.runAsync(() -> {
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            response.setStatus(202);
            response.write(true, null, callback);
          });
          return true;
        }
        if (path.equals("/healthz")) throw new IllegalStateException("broken on purpose");
        return false;
      }
    }));
    server.start();
    base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  @Test
  void a_request_is_timed_once_under_its_route_method_status_and_outcome() throws Exception {
    assertEquals(200, send("POST", "/api/ask"));
    assertEquals(200, send("POST", "/api/ask?x=1"));
    assertEquals(404, send("GET", "/no/such/page-123"));
    assertEquals(500, send("GET", "/healthz"));
    send("BREW", "/api/ask");
    // A response is timed as its last byte is written, which may be just after the client has read it.
    settled(5);

    assertEquals(2, timer("/api/ask", "POST", "200", "SUCCESS").count());
    assertEquals(1, timer("web", "GET", "404", "CLIENT_ERROR").count());
    assertEquals(1, timer("/healthz", "GET", "500", "SERVER_ERROR").count());
    assertEquals(1, timer("/api/ask", "UNKNOWN", "200", "SUCCESS").count());
    assertEquals(5, registry.find(Meters.REQUESTS).timers().stream().mapToLong(Timer::count).sum());
    assertEquals(0, active());
  }

  @Test
  void a_request_answered_later_is_in_flight_until_its_response_is_done_and_timed_with_its_wait() throws Exception {
    CompletableFuture<HttpResponse<String>> pending = client.sendAsync(
        HttpRequest.newBuilder(base.resolve("/api/screenings/SCR-1")).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(entered.await(10, TimeUnit.SECONDS));
    Thread.sleep(50);

    assertEquals(1, active());
    assertEquals(0, registry.find(Meters.REQUESTS).timers().size());
    release.countDown();
    assertEquals(202, pending.get(10, TimeUnit.SECONDS).statusCode());
    settled(1);
    Timer timer = timer("/api/screenings", "GET", "202", "SUCCESS");
    assertEquals(1, timer.count());
    assertTrue(timer.totalTime(TimeUnit.MILLISECONDS) >= 50, timer.totalTime(TimeUnit.MILLISECONDS) + " ms");
    assertEquals(0, active());
  }

  /** Waits, ten seconds at most, until this many requests are timed and none is in flight. */
  private void settled(long timed) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < end
        && (registry.find(Meters.REQUESTS).timers().stream().mapToLong(Timer::count).sum() < timed || active() > 0)) {
      Thread.sleep(5);
    }
  }

  private int send(String method, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private Timer timer(String route, String method, String status, String outcome) {
    return registry.get(Meters.REQUESTS).tags("route", route, "method", method, "status", status, "outcome", outcome).timer();
  }

  private double active() {
    return registry.get(RequestTimer.ACTIVE).gauge().value();
  }
}
