package signpost.bot.server;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import signpost.bot.config.Config;
import signpost.bot.config.EdgeSettings;
import signpost.bot.config.ObservabilitySettings;
import signpost.bot.config.TeamsMode;
import signpost.bot.metrics.MetricsServlet;
import signpost.bot.edi.Deliveries;
import signpost.bot.web.WebChatServlet;
import signpost.bot.web.WebReplies;

/**
 * One Jetty 12 (ee10) server for every channel: the web chat at {@code /}, {@code POST /api/ask},
 * {@code /api/orgs}, {@code /api/feedback}, {@code /api/screenings}, {@code /api/handoffs}, {@code /healthz}, {@code /readyz},
 * {@code /admin/reload} when an admin token is set, the EDI team's {@code /admin} page when its sign-in is set, and the
 * channels' mounts. Stops gracefully: in-flight requests finish, new ones are refused. At the edge: no {@code Server}
 * header, only GET, HEAD and POST (and DELETE of a screening record), the browser APIs only for the public hosts
 * and as JSON, slow bodies cut off, and requests in flight bounded per client and in all (those over the bound in all
 * wait their turn without a thread), health checks exempt.
 */
public final class SignpostServer implements AutoCloseable {

  private static final long STOP_TIMEOUT_MILLIS = 10_000;

  /** Where {@code /metrics} is served, on the metrics listener and (behind a token) on the public one. */
  public static final String METRICS_PATH = "/metrics";
  private static final String METRICS_CONNECTOR = "metrics";

  private final Server server;
  private final ServerConnector connector;
  private final ServerConnector metricsConnector;
  private final JettyServerThreadPoolMetrics threadMetrics;
  private final Deliveries deliveries;
  private final WebReplies webReplies = new WebReplies();
  private volatile boolean accepting;

  /**
   * What the server listens with before anything is served on it: Jetty's server, its threads (not started) and its
   * public connector (not bound), made from the settings alone. Making them loads and initialises much of Jetty, about a
   * tenth of a second of a warm start on this machine, so {@code serve} makes them while the knowledge and rules load.
   * Used by one server only.
   */
  public static final class Listener {
    private final QueuedThreadPool threads;
    private final Server server;
    private final ServerConnector connector;
    private final AtomicBoolean used = new AtomicBoolean();

    private Listener(Config config) {
      EdgeSettings edge = config.edge();
      threads = new QueuedThreadPool(edge.threads(), 8);
      threads.setName("signpost-http");
      server = new Server(threads);
      connector = new ServerConnector(server, new HttpConnectionFactory(http()));
      connector.setHost(config.host());
      connector.setPort(config.port());
      // Also bounds each blocking read of a request body: a client that goes quiet loses its thread.
      connector.setIdleTimeout(edge.bodyTimeoutSeconds() * 1000L);
      server.addConnector(connector);
    }

    /** Returns a listener on the host and port, with the threads and timeouts, that {@code config} sets. */
    public static Listener of(Config config) {
      return new Listener(config);
    }
  }

  private SignpostServer(Assistant assistant, List<Mount> mounts, Listener listener) {
    if (listener.used.getAndSet(true)) throw new IllegalStateException("a listener serves one server only");
    Config config = assistant.config();
    EdgeSettings edge = config.edge();
    deliveries = assistant.deliveries();
    QueuedThreadPool threads = listener.threads;
    server = listener.server;
    connector = listener.connector;
    ServletContextHandler context = new ServletContextHandler("/");
    EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
    // Every filter lets a request wait without a thread (the web chat's hand-off waits for its e-mail so).
    context.addFilter(async(new RequestIds()), "/*", requests);
    context.addFilter(async(new MethodFilter(List.of("/api/screenings/"))), "/*", requests);
    context.addFilter(async(new BodyLimitFilter(config.maxBodyBytes(), edge.minBodyRate(), edge.bodyTimeoutSeconds())),
        "/*", requests);
    FilterHolder sameSite = async(new SameSiteFilter(edge.allowedHosts(config.host())));
    for (String api : List.of("/api/ask", "/api/orgs", "/api/feedback", "/api/screenings/*", "/api/handoffs")) {
      context.addFilter(sameSite, api, requests);
    }
    // Teams without authentication (local development) takes JSON that no signature vouches for: guard it as the APIs.
    if (config.teamsMode() == TeamsMode.LOCAL_DEVELOPMENT) {
      for (Mount mount : mounts) if (mount.path().startsWith("/api/")) context.addFilter(sameSite, mount.path(), requests);
    }
    // One web hand-off service for the three routes that offer, take and list hand-offs: its offer key is derived once.
    WebHandoffs webHandoffs = new WebHandoffs(assistant);
    context.addServlet(new ServletHolder("ask", new AskServlet(assistant, webHandoffs)), "/api/ask");
    context.addServlet(new ServletHolder("orgs", new OrganisationsServlet(assistant)), "/api/orgs");
    context.addServlet(new ServletHolder("feedback", new FeedbackServlet(assistant, webHandoffs)), "/api/feedback");
    context.addServlet(new ServletHolder("screenings", new ScreeningsServlet(assistant)), "/api/screenings/*");
    ServletHolder handoffs = new ServletHolder("handoffs", new HandoffsServlet(assistant, webHandoffs));
    handoffs.setAsyncSupported(true);
    context.addServlet(handoffs, "/api/handoffs");
    assistant.deliveries().add(webReplies);
    HealthServlet health = new HealthServlet(assistant, this);
    context.addServlet(new ServletHolder("healthz", health), "/healthz");
    context.addServlet(new ServletHolder("readyz", health), "/readyz");
    context.addServlet(new ServletHolder("admin", new AdminServlet(assistant, edge.adminToken())), "/admin/reload");
    context.addServlet(new ServletHolder("admin-page", new AdminPageServlet(assistant, assistant.clock())), "/admin/*");
    for (Mount mount : mounts) context.addServlet(new ServletHolder(mount.servlet()), mount.path());
    context.addServlet(new ServletHolder("web", new WebChatServlet()), "/");
    context.setErrorHandler(new JsonErrorHandler());
    server.setErrorHandler(new JsonErrorHandler());
    ObservabilitySettings observe = config.observability();
    // Off the public listener unless a token guards it there.
    if (observe.metricsPublic()) context.addServlet(new ServletHolder("metrics", metrics(assistant)), METRICS_PATH);
    RequestQueue queue = new RequestQueue(new GracefulHandler(context), edge.maxInFlight(), edge.bodyTimeoutSeconds());
    Gauge.builder("signpost.requests.waiting", queue, RequestQueue::waiting)
        .description("Requests waiting for their turn, over the bound of requests served at once")
        .register(assistant.meters().registry());
    Handler served = assistant.meters().timed(new ClientLimits(queue, edge.perClient()));
    metricsConnector = observe.metricsPort() == null ? null : metricsConnector(observe);
    // The metrics listener's own context takes every request that reaches that listener, and no other.
    server.setHandler(metricsConnector == null ? served : new Handler.Sequence(metricsContext(assistant), served));
    threadMetrics = new JettyServerThreadPoolMetrics(threads, Tags.empty());
    threadMetrics.bindTo(assistant.meters().registry());
    server.setStopTimeout(STOP_TIMEOUT_MILLIS);
    server.setStopAtShutdown(true);
  }

  private static FilterHolder async(jakarta.servlet.Filter filter) {
    FilterHolder holder = new FilterHolder(filter);
    holder.setAsyncSupported(true);
    return holder;
  }

  private ServerConnector metricsConnector(ObservabilitySettings observe) {
    ServerConnector metrics = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http()));
    metrics.setName(METRICS_CONNECTOR);
    metrics.setHost(observe.metricsHost());
    metrics.setPort(observe.metricsPort());
    server.addConnector(metrics);
    return metrics;
  }

  private static ServletContextHandler metricsContext(Assistant assistant) {
    ServletContextHandler context = new ServletContextHandler("/");
    context.setVirtualHosts(List.of("@" + METRICS_CONNECTOR));
    context.addServlet(new ServletHolder("metrics", metrics(assistant)), METRICS_PATH);
    context.addServlet(new ServletHolder("none", new NotFound()), "/");
    context.setErrorHandler(new JsonErrorHandler());
    return context;
  }

  private static MetricsServlet metrics(Assistant assistant) {
    return new MetricsServlet(assistant.meters(), assistant.config().observability().metricsToken());
  }

  static HttpConfiguration http() {
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    // No cache of header fields per connection: Jetty's (1,024 entries by default) is a trie of about 70 KB made for each
    // new connection, which outlives several young collections and then dies old; under a stream of new connections
    // they filled the old generation and brought on the full collections (see docs/performance-server.md).
    http.setHeaderCacheSize(0);
    return http;
  }

  /**
   * Starts serving.
   *
   * @throws ServerException when the port is taken or the server cannot start, saying which
   */
  public static SignpostServer start(Assistant assistant, List<Mount> mounts) {
    return start(assistant, mounts, Listener.of(assistant.config()));
  }

  /**
   * Starts serving with a listener made beforehand from the same settings ({@link Listener#of}).
   *
   * @throws ServerException when the port is taken or the server cannot start, saying which
   * @throws IllegalStateException when the listener has served another server
   */
  public static SignpostServer start(Assistant assistant, List<Mount> mounts, Listener listener) {
    SignpostServer signpost = new SignpostServer(assistant, mounts, listener);
    Config config = assistant.config();
    try {
      // Opened first, so that a failure names the listener and its setting.
      if (signpost.metricsConnector != null) signpost.metricsConnector.open();
    } catch (IOException e) {
      signpost.close();
      ObservabilitySettings observe = config.observability();
      String why = e instanceof BindException || e.getCause() instanceof BindException ? "is already in use"
          : "cannot be opened: " + e.getMessage();
      throw new ServerException("the metrics port " + observe.metricsPort() + " on " + observe.metricsHost() + " " + why
          + "; choose another with SIGNPOST_METRICS_PORT or SIGNPOST_METRICS_HOST", e);
    }
    try {
      signpost.server.start();
    } catch (Exception e) {
      signpost.close();
      if (e instanceof BindException || e.getCause() instanceof BindException) {
        throw new ServerException("port " + config.port() + " on " + config.host()
            + " is already in use; choose another with --port or SIGNPOST_PORT", e);
      }
      throw new ServerException("the server could not start: " + e.getMessage(), e);
    }
    signpost.accepting = true;
    // The e-mails to the EDI Contacts a server that stopped left pending are sent from now, not on the first question.
    assistant.email();
    return signpost;
  }

  /** Returns the address the server listens on, e.g. {@code http://127.0.0.1:3978/}. */
  public URI url() {
    String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "localhost" : connector.getHost();
    return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
  }

  /** Returns the address of {@code /metrics} on its own listener, e.g. {@code http://127.0.0.1:9464/metrics}, or null. */
  public URI metricsUrl() {
    return metricsConnector == null ? null
        : URI.create("http://" + metricsConnector.getHost() + ":" + metricsConnector.getLocalPort() + METRICS_PATH);
  }

  /** Returns true between start and stop. */
  public boolean accepting() {
    return accepting;
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    accepting = false;
    // The web chat's replies are delivered only while it is served.
    deliveries.remove(webReplies);
    try {
      threadMetrics.close();
      server.stop();
      // A listener opened before a start that failed is not closed by stopping the server.
      if (metricsConnector != null) metricsConnector.close();
    } catch (Exception e) {
      throw new ServerException("the server did not stop cleanly: " + e.getMessage(), e);
    }
  }
}
