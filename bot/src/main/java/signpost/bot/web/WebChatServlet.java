package signpost.bot.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves the web chat from the jar ({@code signpost/web/}): the page at {@code /}, its scripts, style and
 * icon. No external CDN, and a Content Security Policy that allows only this origin's files (no inline
 * script or style). The page comes with the session cookie (see {@link WebSession}). Anything else is a JSON 404.
 */
public final class WebChatServlet extends HttpServlet {

  /** The policy sent with every file: this origin only, no inline code, no framing. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";

  private static final Map<String, String> FILES = Map.ofEntries(Map.entry("/", "index.html"),
      Map.entry("/index.html", "index.html"), Map.entry("/chat.css", "chat.css"), Map.entry("/chat.js", "chat.js"),
      Map.entry("/answer.js", "answer.js"), Map.entry("/answer-text.js", "answer-text.js"),
      Map.entry("/feedback.js", "feedback.js"), Map.entry("/dom.js", "dom.js"), Map.entry("/screening.js", "screening.js"),
      Map.entry("/handoff.js", "handoff.js"), Map.entry("/favicon.svg", "favicon.svg"));
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html", "js", "text/javascript", "css", "text/css", "svg", "image/svg+xml");
  private static final byte[] NOT_FOUND = "{\"error\":\"not found\",\"status\":404}".getBytes(StandardCharsets.UTF_8);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String file = FILES.get(request.getRequestURI());
    byte[] body = file == null ? null : resource(file);
    if (body == null) {
      response.setStatus(404);
      response.setContentType("application/json");
      response.getOutputStream().write(NOT_FOUND);
      return;
    }
    if (file.equals("index.html")) WebSession.issueIfAbsent(request, response);
    response.setStatus(200);
    response.setContentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1)));
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    // Revalidate on each load, so a new version of the page never runs with an old script.
    response.setHeader("Cache-Control", "no-cache");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = WebChatServlet.class.getResourceAsStream("/signpost/web/" + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }
}
