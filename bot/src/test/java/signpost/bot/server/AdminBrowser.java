package signpost.bot.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goes through the admin page over HTTP as a browser does: keeps cookies, follows each redirect itself (so a test can
 * see every hop, e.g. the provider's redirect back and the cookies it set) and posts the page's forms. Public for the
 * channels' tests, whose EDI Contacts reply on the page.
 */
public final class AdminBrowser {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final URI base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;
  /** Every response of the last navigation, redirects first. */
  private List<HttpResponse<String>> hops = List.of();

  public AdminBrowser(URI base) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Opens a path of the server and follows the redirects; returns the last response. */
  public HttpResponse<String> open(String path) {
    return follow(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** Opens an absolute address (e.g. a callback a test forged) and follows the redirects. */
  public HttpResponse<String> open(URI address) {
    return follow(HttpRequest.newBuilder(address).GET());
  }

  /** Posts a form to a path with these fields (name, value, ...) and follows the redirects. */
  public HttpResponse<String> post(String path, String... fields) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      if (body.length() > 0) body.append('&');
      body.append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return follow(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** Returns the CSRF token in a page's forms. */
  public static String csrf(HttpResponse<String> page) {
    Matcher m = CSRF.matcher(page.body());
    if (!m.find()) throw new AssertionError("no form token in the page: " + page.body());
    return m.group(1);
  }

  /** Returns every response of the last navigation, redirects first. */
  public List<HttpResponse<String>> hops() {
    return hops;
  }

  /** Returns the cookies this browser holds. */
  public CookieManager cookies() {
    return cookies;
  }

  private HttpResponse<String> follow(HttpRequest.Builder first) {
    List<HttpResponse<String>> seen = new ArrayList<>();
    HttpRequest request = first.timeout(Duration.ofSeconds(20)).build();
    try {
      for (int i = 0; i < 10; i++) {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        seen.add(response);
        String location = response.headers().firstValue("Location").orElse(null);
        if (response.statusCode() / 100 != 3 || location == null) {
          hops = seen;
          return response;
        }
        request = HttpRequest.newBuilder(request.uri().resolve(location)).timeout(Duration.ofSeconds(20)).GET().build();
      }
      throw new AssertionError("more than 10 redirects: " + seen.stream().map(r -> r.uri().toString()).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
