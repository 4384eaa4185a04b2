package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/**
 * The open-loop generator against a real Jetty on loopback that answers one request at a time: requests go out on
 * their schedule however slowly the server answers, and each latency counts the queue it waited in from when it was due.
 */
class OpenLoadTest {

  @Test
  void requests_go_out_on_schedule_and_their_latency_counts_from_when_they_were_due() throws Exception {
    // 50 requests due within 1 s, answered one at a time in 100 ms each: the last is answered about 4 s after it was due.
    Server server = oneAtATime(Duration.ofMillis(100));
    try {
      OpenLoad.Run run = OpenLoad.run(50, Duration.ofSeconds(1), Duration.ofSeconds(20), n -> get(server));

      assertEquals(50, run.requests());
      assertEquals(0, run.errors());
      assertTrue(run.lateMillis() < 500, "the generator waited for the server: late by " + run.lateMillis() + " ms");
      assertTrue(run.latencies().percentile(100) > 3_000_000_000L, "max " + run.latencies().percentile(100) / 1e6 + " ms");
      assertTrue(run.latencies().percentile(50) > 1_000_000_000L, "p50 " + run.latencies().percentile(50) / 1e6 + " ms");
    } finally {
      server.stop();
    }
  }

  @Test
  void a_request_unanswered_within_the_patience_is_an_error() throws Exception {
    Server server = oneAtATime(Duration.ofSeconds(2));
    try {
      OpenLoad.Run run = OpenLoad.run(10, Duration.ofMillis(500), Duration.ofSeconds(1), n -> get(server));

      assertEquals(5, run.requests());
      assertEquals(5, run.errors());
      assertTrue(run.latencies().percentile(0) >= 900_000_000L, "min " + run.latencies().percentile(0) / 1e6 + " ms");
    } finally {
      server.stop();
    }
  }

  @Test
  void each_kind_of_request_has_its_own_median_so_one_slow_kind_stands_out() throws Exception {
    // Every third request is answered after 200 ms, the others at once: the percentiles of all would not say which.
    Server server = slowEvery(3, Duration.ofMillis(200));
    try {
      OpenLoad.Run run = OpenLoad.run(30, Duration.ofSeconds(1), Duration.ofSeconds(20),
          n -> HttpRequest.newBuilder(URI.create(get(server).uri() + "?n=" + n)).build());

      double[] medians = run.medianMillisBy(3);
      assertEquals(3, medians.length);
      assertTrue(medians[0] >= 200, "the slow kind's median: " + medians[0] + " ms");
      assertTrue(medians[1] < 150 && medians[2] < 150, "the quick kinds' medians: " + medians[1] + ", " + medians[2] + " ms");
    } finally {
      server.stop();
    }
  }

  /** Returns a started Jetty that answers request {@code ?n=N} after {@code pause} when N is a multiple of {@code every}. */
  private static Server slowEvery(int every, Duration pause) throws Exception {
    return loopback(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        int n = Integer.parseInt(request.getHttpURI().getQuery().substring("n=".length()));
        if (n % every == 0) Thread.sleep(pause.toMillis());
        response.setStatus(200);
        callback.succeeded();
        return true;
      }
    });
  }

  private static HttpRequest get(Server server) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/")).build();
  }

  /** Returns a started Jetty whose handler answers 200 after {@code pause}, to one request at a time. */
  private static Server oneAtATime(Duration pause) throws Exception {
    Object lock = new Object();
    return loopback(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        synchronized (lock) {
          Thread.sleep(pause.toMillis());
        }
        response.setStatus(200);
        callback.succeeded();
        return true;
      }
    });
  }

  /** Returns a Jetty on a free loopback port, started with the handler. */
  private static Server loopback(Handler handler) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(handler);
    server.start();
    return server;
  }
}
