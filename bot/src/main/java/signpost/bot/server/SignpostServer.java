package signpost.bot.server;

import jakarta.servlet.DispatcherType;
import java.net.BindException;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import signpost.bot.config.Config;
import signpost.bot.config.EdgeSettings;
import signpost.bot.config.TeamsMode;
import signpost.bot.web.WebChatServlet;

/**
 * One Jetty 12 (ee10) server for every channel: the web chat at {@code /}, {@code POST /api/ask},
 * {@code /api/orgs}, {@code /api/feedback}, {@code /api/screenings}, {@code /healthz}, {@code /readyz},
 * {@code /admin/reload} when an admin token is set, and the channels' mounts. Stops gracefully: in-flight requests finish, new ones are refused. At the edge: no {@code Server}
 * header, only GET, HEAD and POST (and DELETE of a screening record), the browser APIs only for the public hosts
 * and as JSON, slow bodies cut off, and requests in flight bounded per client and in all, health checks exempt.
 */
public final class SignpostServer implements AutoCloseable {

  private static final long STOP_TIMEOUT_MILLIS = 10_000;

  private final Server server;
  private final ServerConnector connector;
  private volatile boolean accepting;

  private SignpostServer(Assistant assistant, List<Mount> mounts) {
    Config config = assistant.config();
    EdgeSettings edge = config.edge();
    QueuedThreadPool threads = new QueuedThreadPool(edge.threads(), 8);
    threads.setName("signpost-http");
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    // Also bounds each blocking read of a request body: a client that goes quiet loses its thread.
    connector.setIdleTimeout(edge.bodyTimeoutSeconds() * 1000L);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
    context.addFilter(new FilterHolder(new MethodFilter(List.of("/api/screenings/"))), "/*", requests);
    context.addFilter(new FilterHolder(new BodyLimitFilter(config.maxBodyBytes(), edge.minBodyRate(), edge.bodyTimeoutSeconds())),
        "/*", requests);
    FilterHolder sameSite = new FilterHolder(new SameSiteFilter(edge.allowedHosts(config.host())));
    for (String api : List.of("/api/ask", "/api/orgs", "/api/feedback", "/api/screenings/*")) {
      context.addFilter(sameSite, api, requests);
    }
    // Teams without authentication (local development) takes JSON that no signature vouches for: guard it as the APIs.
    if (config.teamsMode() == TeamsMode.LOCAL_DEVELOPMENT) {
      for (Mount mount : mounts) if (mount.path().startsWith("/api/")) context.addFilter(sameSite, mount.path(), requests);
    }
    context.addServlet(new ServletHolder("ask", new AskServlet(assistant)), "/api/ask");
    context.addServlet(new ServletHolder("orgs", new OrganisationsServlet(assistant)), "/api/orgs");
    context.addServlet(new ServletHolder("feedback", new FeedbackServlet(assistant)), "/api/feedback");
    context.addServlet(new ServletHolder("screenings", new ScreeningsServlet(assistant)), "/api/screenings/*");
    HealthServlet health = new HealthServlet(assistant, this);
    context.addServlet(new ServletHolder("healthz", health), "/healthz");
    context.addServlet(new ServletHolder("readyz", health), "/readyz");
    context.addServlet(new ServletHolder("admin", new AdminServlet(assistant, edge.adminToken())), "/admin/reload");
    for (Mount mount : mounts) context.addServlet(new ServletHolder(mount.servlet()), mount.path());
    context.addServlet(new ServletHolder("web", new WebChatServlet()), "/");
    context.setErrorHandler(new JsonErrorHandler());
    server.setErrorHandler(new JsonErrorHandler());
    server.setHandler(new ClientLimits(new GracefulHandler(context), edge.perClient(), edge.maxInFlight()));
    server.setStopTimeout(STOP_TIMEOUT_MILLIS);
    server.setStopAtShutdown(true);
  }

  /**
   * Starts serving.
   *
   * @throws ServerException when the port is taken or the server cannot start, saying which
   */
  public static SignpostServer start(Assistant assistant, List<Mount> mounts) {
    SignpostServer signpost = new SignpostServer(assistant, mounts);
    try {
      signpost.server.start();
    } catch (Exception e) {
      signpost.close();
      Config config = assistant.config();
      if (e instanceof BindException || e.getCause() instanceof BindException) {
        throw new ServerException("port " + config.port() + " on " + config.host()
            + " is already in use; choose another with --port or SIGNPOST_PORT", e);
      }
      throw new ServerException("the server could not start: " + e.getMessage(), e);
    }
    signpost.accepting = true;
    return signpost;
  }

  /** Returns the address the server listens on, e.g. {@code http://127.0.0.1:3978/}. */
  public URI url() {
    String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "localhost" : connector.getHost();
    return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
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
    try {
      server.stop();
    } catch (Exception e) {
      throw new ServerException("the server did not stop cleanly: " + e.getMessage(), e);
    }
  }
}
