package signpost.bot.server;

import jakarta.servlet.http.HttpServlet;

/**
 * A channel's servlet and the path it serves, e.g. Slack's events at {@code /slack/events}.
 *
 * @param path the servlet path spec, e.g. {@code /slack/events}
 * @param servlet the servlet
 */
public record Mount(String path, HttpServlet servlet) {}
