package signpost.bot.cli;

import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import signpost.bot.config.Config;
import signpost.bot.server.Mount;
import signpost.bot.slack.BoltBaseline;
import signpost.bot.teams.SdkBaseline;

/**
 * {@code bench-baseline bolt|sdk|bare}, run by {@code bench-server} only: one of its yardsticks in a process of its own,
 * as Signpost's {@code serve} is, so that no server shares its JVM, heap or compiler with the load generator or with
 * another server. Bolt alone takes {@code SLACK_SIGNING_SECRET} and {@code SLACK_API_URL}, the Bot Framework SDK alone
 * the Teams settings; each listens on a free loopback port, prints {@value #READY} and its address, and runs until stopped.
 */
final class BaselineCommand {

  static final String READY = "Baseline is ready at ";
  static final List<String> KINDS = List.of("bolt", "sdk", "bare");

  private BaselineCommand() {}

  static int run(List<String> argv, Console console) throws Exception {
    if (argv.size() != 1 || !KINDS.contains(argv.get(0))) throw new UsageException("bench-baseline takes one of " + KINDS);
    Map<String, String> environment = System.getenv();
    Server server = switch (argv.get(0)) {
      case "bolt" -> alone(BoltBaseline.mount(required(environment, "SLACK_SIGNING_SECRET"), required(environment, "SLACK_API_URL")));
      case "sdk" -> alone(SdkBaseline.mount(Config.of(environment)));
      default -> BenchServers.bareJetty();
    };
    server.setStopAtShutdown(true);
    console.out().println(READY + "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/");
    console.out().flush();
    server.join();
    return 0;
  }

  /** Returns a started Jetty serving one baseline servlet on a free loopback port. */
  static Server alone(Mount baseline) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(baseline.servlet()), baseline.path());
    server.setHandler(context);
    server.start();
    return server;
  }

  private static String required(Map<String, String> environment, String name) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) throw new UsageException("bench-baseline needs " + name);
    return value;
  }
}
