package signpost.bot.metrics;

import java.util.List;

/**
 * The route each timed request is labelled with (see {@link RequestTimer}): one of Signpost's own paths, or
 * {@code web} for the web chat's page, its assets and anything else. A path never becomes a label, so no caller can
 * make new series.
 */
final class Routes {

  static final List<String> PATHS = List.of("/slack/events", "/api/messages", "/api/ask", "/api/screenings", "/api/feedback",
      "/api/handoffs", "/api/orgs", "/healthz", "/readyz", "/metrics");
  static final String WEB = "web";

  private Routes() {}

  /** Returns the route a path belongs to: {@code /api/screenings/ABC-123} is {@code /api/screenings}. */
  static String route(String path) {
    if (path == null) return WEB;
    for (String known : PATHS) {
      if (path.startsWith(known) && (path.length() == known.length() || path.charAt(known.length()) == '/')) return known;
    }
    return WEB;
  }
}
