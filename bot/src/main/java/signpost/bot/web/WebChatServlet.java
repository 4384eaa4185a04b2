package signpost.bot.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves the web chat from the jar ({@code signpost/web/}): the page at {@code /}, its script and style.
 * No external CDN. Anything else is a JSON 404.
 */
public final class WebChatServlet extends HttpServlet {

  private static final Map<String, String> FILES = Map.of(
      "/", "index.html", "/index.html", "index.html", "/chat.js", "chat.js", "/chat.css", "chat.css");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html", "js", "text/javascript", "css", "text/css");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getRequestURI();
    String file = FILES.get(path);
    byte[] body = file == null ? null : resource(file);
    if (body == null) {
      response.setStatus(404);
      response.setContentType("application/json");
      response.getOutputStream().write("{\"error\":\"not found\",\"status\":404}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    response.setStatus(200);
    response.setContentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1)));
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self'; script-src 'self'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = WebChatServlet.class.getResourceAsStream("/signpost/web/" + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }
}
