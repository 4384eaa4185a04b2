package signpost.bot.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Keeps other web sites from driving the browser APIs. A {@code POST} must say {@code Content-Type:
 * application/json} (else 415): a page elsewhere can only send that after a CORS preflight, which Signpost never
 * grants. The {@code Host} header, and {@code Origin} when a browser sends one, must name one of the public hosts
 * (else 403), which defeats DNS rebinding and cross-site posts.
 */
final class SameSiteFilter implements Filter {

  private final List<String> hosts;

  /** @param hosts the host names (no port) requests may name, lower case */
  SameSiteFilter(List<String> hosts) {
    this.hosts = hosts.stream().map(SameSiteFilter::bare).toList();
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (!allowed(request.getServerName())) {
      JsonResponses.error(response, 403, "this server does not answer to that host name; see SIGNPOST_PUBLIC_HOSTS");
      return;
    }
    String origin = request.getHeader("Origin");
    if (origin != null && !allowed(originHost(origin))) {
      JsonResponses.error(response, 403, "requests from other sites are refused");
      return;
    }
    if (request.getMethod().equals("POST") && !json(request.getContentType())) {
      JsonResponses.error(response, 415, "send the body as Content-Type: application/json");
      return;
    }
    chain.doFilter(req, res);
  }

  private boolean allowed(String host) {
    return host != null && hosts.contains(bare(host));
  }

  private static boolean json(String contentType) {
    if (contentType == null) return false;
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    return type.equalsIgnoreCase("application/json");
  }

  /** Returns the host of an origin such as {@code https://chat.example.org:8443}; null for {@code null} or junk. */
  private static String originHost(String origin) {
    try {
      URI uri = new URI(origin);
      return uri.getScheme() == null ? null : uri.getHost();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String bare(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
  }
}
