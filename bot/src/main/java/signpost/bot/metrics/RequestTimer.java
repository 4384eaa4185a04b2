package signpost.bot.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Times each request from when its headers were read to when its response is done, into {@code jetty.server.requests}
 * by route (see {@link Routes}), method (standard ones only, else {@code UNKNOWN}), status and outcome, the labels
 * Micrometer's Jetty handler gives; and counts the requests in flight. It replaces that handler, which for each request
 * worked its labels out and looked its timers up twice, and kept two long-task timers, a twelfth of a repeated Slack
 * answer's time: here a request's timer is found by its route, method and status, without making its labels.
 */
final class RequestTimer extends Handler.Wrapper {

  static final String ACTIVE = "jetty.server.requests.active";

  /** A timer's labels, by value; the route is one of {@link Routes}'s few. */
  private static final class Key {
    final String route;
    final String method;
    final int status;

    Key(String route, String method, int status) {
      this.route = route;
      this.method = method;
      this.status = status;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.status == status && key.route.equals(route) && key.method.equals(method);
    }

    @Override
    public int hashCode() {
      return (route.hashCode() * 31 + method.hashCode()) * 31 + status;
    }
  }

  private final MeterRegistry registry;
  private final AtomicInteger active = new AtomicInteger();
  private final ConcurrentHashMap<Key, Timer> timers = new ConcurrentHashMap<>();

  RequestTimer(MeterRegistry registry, Handler handler) {
    super(handler);
    this.registry = registry;
    Gauge.builder(ACTIVE, active, AtomicInteger::get).description("Requests being handled or waiting their turn")
        .register(registry);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    active.incrementAndGet();
    Callback timed = new Callback.Nested(callback) {
      @Override
      public void succeeded() {
        done(request, response.getStatus());
        super.succeeded();
      }

      @Override
      public void failed(Throwable failure) {
        // Jetty answers a failure not yet committed with a 500.
        done(request, response.isCommitted() ? response.getStatus() : 500);
        super.failed(failure);
      }
    };
    boolean handled;
    try {
      handled = super.handle(request, response, timed);
    } catch (Throwable failure) {
      done(request, 500);
      throw failure;
    }
    // Not handled: the callback given is never called, and Jetty answers 404.
    if (!handled) done(request, 404);
    return handled;
  }

  private void done(Request request, int status) {
    active.decrementAndGet();
    timer(Routes.route(request.getHttpURI().getCanonicalPath()), method(request.getMethod()), status)
        .record(System.nanoTime() - request.getBeginNanoTime(), TimeUnit.NANOSECONDS);
  }

  private Timer timer(String route, String method, int status) {
    Key key = new Key(route, method, status);
    Timer timer = timers.get(key);
    if (timer != null) return timer;
    return timers.computeIfAbsent(key, k -> Timer.builder(Meters.REQUESTS).description("HTTP requests to the public port")
        .tag("route", route).tag("method", method).tag("status", Integer.toString(status)).tag("outcome", outcome(status))
        .register(registry));
  }

  /** Returns the method as a label: a standard one as it is, anything else {@code UNKNOWN}, so no caller makes series. */
  static String method(String method) {
    HttpMethod known = HttpMethod.fromString(method);
    return known == null ? "UNKNOWN" : known.asString();
  }

  /** Returns the outcome Micrometer gives a status: {@code SUCCESS} for 2xx, {@code CLIENT_ERROR} for 4xx, and so on. */
  static String outcome(int status) {
    if (status >= 100 && status < 200) return "INFORMATIONAL";
    if (status >= 200 && status < 300) return "SUCCESS";
    if (status >= 300 && status < 400) return "REDIRECTION";
    if (status >= 400 && status < 500) return "CLIENT_ERROR";
    if (status >= 500 && status < 600) return "SERVER_ERROR";
    return "UNKNOWN";
  }
}
