package signpost.bot.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Answers only {@code GET}, {@code HEAD} and {@code POST}: any other method, {@code TRACE} (which would echo
 * cookies) and unknown ones included, is a JSON 405 naming the allowed ones. Marks every response
 * {@code X-Content-Type-Options: nosniff}, so no browser reads a JSON error as a page or a script.
 */
final class MethodFilter implements Filter {

  static final String ALLOWED = "GET, HEAD, POST";
  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    HttpServletResponse response = (HttpServletResponse) res;
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (!METHODS.contains(((HttpServletRequest) req).getMethod())) {
      response.setHeader("Allow", ALLOWED);
      JsonResponses.error(response, 405, "method not allowed; use " + ALLOWED);
      return;
    }
    chain.doFilter(req, res);
  }
}
