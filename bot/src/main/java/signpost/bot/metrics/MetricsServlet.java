package signpost.bot.metrics;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code GET /metrics}: every meter in Prometheus's text format. With a token, only a request that sends
 * {@code Authorization: Bearer <token>} is answered; any other is a 401 that says nothing of the token. The
 * comparison takes the same time however much of the token a guess gets right.
 */
public final class MetricsServlet extends HttpServlet {

  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final transient Meters meters;
  private final byte[] expected;

  /** @param token the bearer token scrapers must send, or null to answer every request (a listener of its own) */
  public MetricsServlet(Meters meters, String token) {
    this.meters = meters;
    this.expected = token == null ? null : sha256("Bearer " + token);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String authorization = request.getHeader("Authorization");
    if (expected != null && (authorization == null || !MessageDigest.isEqual(expected, sha256(authorization)))) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"signpost-metrics\"");
      response.sendError(401, "/metrics needs Authorization: Bearer <SIGNPOST_METRICS_TOKEN>");
      return;
    }
    response.setContentType(CONTENT_TYPE);
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(meters.scrape().getBytes(StandardCharsets.UTF_8));
  }

  /** Hashes both sides first, so that the comparison's time does not depend on their lengths either. */
  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
