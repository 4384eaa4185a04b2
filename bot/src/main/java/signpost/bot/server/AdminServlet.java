package signpost.bot.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /admin/reload} with {@code Authorization: Bearer <SIGNPOST_ADMIN_TOKEN>} loads the knowledge (and the
 * rules, when a rules folder is set) again now, as a change in their folders does: 200 with the generations when all
 * reloaded, 422 with why when something was refused and the last good one kept serving, 401 without the token.
 * Without a configured token there is no way in, and every request is answered 404, as for a path that does not
 * exist. The token is compared in constant time, by its SHA-256 digest.
 */
final class AdminServlet extends HttpServlet {

  private static final Logger LOG = LoggerFactory.getLogger(AdminServlet.class);

  private final transient Assistant assistant;
  private final byte[] tokenDigest;

  /** @param token the admin token, or null when none is configured */
  AdminServlet(Assistant assistant, String token) {
    this.assistant = assistant;
    this.tokenDigest = token == null ? null : digest(token);
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException,
      jakarta.servlet.ServletException {
    if (tokenDigest == null) {
      response.sendError(404);
      return;
    }
    super.service(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String authorization = request.getHeader("Authorization");
    String given = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : "";
    if (!MessageDigest.isEqual(digest(given), tokenDigest)) {
      LOG.warn("Refused an admin reload without the admin token from {}", request.getRemoteAddr());
      response.setHeader("WWW-Authenticate", "Bearer");
      JsonResponses.error(response, 401, "Authorization must be \"Bearer <SIGNPOST_ADMIN_TOKEN>\"");
      return;
    }
    LOG.info("Reload asked for by {}", request.getRemoteAddr());
    boolean reloaded = assistant.reload();
    ObjectNode body = JsonResponses.MAPPER.createObjectNode().put("reloaded", reloaded);
    HealthServlet.generations(body, assistant);
    JsonResponses.write(response, reloaded ? 200 : 422, body);
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
