package signpost.bot.metrics;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.jetty12.server.DefaultJettyCoreRequestTagsProvider;
import io.micrometer.jetty12.server.JettyCoreRequestTagsProvider;
import java.util.List;
import org.eclipse.jetty.server.Request;

/**
 * Labels each timed request with its route: one of Signpost's own paths, or {@code web} for the web chat's page,
 * its assets and anything else; with Micrometer's {@code method} (standard methods only), {@code status} and
 * {@code outcome}. A path never becomes a label, so no caller can make new series.
 */
final class Routes implements JettyCoreRequestTagsProvider {

  static final List<String> PATHS = List.of("/slack/events", "/api/messages", "/api/ask", "/api/screenings", "/api/feedback",
      "/api/handoffs", "/api/orgs", "/healthz", "/readyz", "/metrics");
  static final String WEB = "web";

  private final JettyCoreRequestTagsProvider standard = new DefaultJettyCoreRequestTagsProvider();

  @Override
  public Iterable<Tag> getTags(Request request) {
    return Tags.of(standard.getTags(request)).and("route", route(request.getHttpURI().getCanonicalPath()));
  }

  /** Returns the route a path belongs to: {@code /api/screenings/ABC-123} is {@code /api/screenings}. */
  static String route(String path) {
    for (String known : PATHS) {
      if (path.equals(known) || path.startsWith(known + "/")) return known;
    }
    return WEB;
  }
}
