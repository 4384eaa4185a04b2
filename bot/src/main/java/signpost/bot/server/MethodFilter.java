package signpost.bot.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Answers only {@code GET}, {@code HEAD} and {@code POST}, and {@code DELETE} under the paths given: any other method,
 * {@code TRACE} (which would echo cookies) and unknown ones included, is a JSON 405 naming the allowed ones. Marks
 * every response {@code X-Content-Type-Options: nosniff}, so no browser reads a JSON error as a page or a script.
 */
final class MethodFilter implements Filter {

  static final String ALLOWED = "GET, HEAD, POST";
  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");

  private final List<String> deletable;

  /** @param deletable the path prefixes, e.g. {@code "/api/screenings/"}, under which {@code DELETE} is answered too */
  MethodFilter(List<String> deletable) {
    this.deletable = List.copyOf(deletable);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    response.setHeader("X-Content-Type-Options", "nosniff");
    String path = request.getRequestURI();
    boolean deletes = deletable.stream().anyMatch(path::startsWith);
    String method = request.getMethod();
    if (!METHODS.contains(method) && !(deletes && method.equals("DELETE"))) {
      String allowed = deletes ? ALLOWED + ", DELETE" : ALLOWED;
      response.setHeader("Allow", allowed);
      JsonResponses.error(response, 405, "method not allowed; use " + allowed);
      return;
    }
    chain.doFilter(req, res);
  }
}
