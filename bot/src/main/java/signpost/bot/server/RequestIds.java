package signpost.bot.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import signpost.bot.logging.RequestId;

/**
 * Gives each request an id for its log lines: the caller's {@code X-Request-Id} when it is plain (a proxy's or a load
 * balancer's, so lines can be followed across them), else a new one; returned in the response's {@code X-Request-Id}.
 * A channel that knows the request by its own id (a Slack event, a Teams activity) puts that in its place.
 */
final class RequestIds implements Filter {

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    String id = RequestId.orNew(((HttpServletRequest) req).getHeader(RequestId.HEADER));
    ((HttpServletResponse) res).setHeader(RequestId.HEADER, id);
    try (RequestId.Scope scope = RequestId.open(id)) {
      chain.doFilter(req, res);
    }
  }
}
