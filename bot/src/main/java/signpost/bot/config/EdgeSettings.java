package signpost.bot.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the HTTP edge defends itself: which host names the browser APIs answer to, how many threads serve
 * requests, how many requests one client address may have in flight and how slowly a request body may arrive.
 *
 * @param publicHosts {@code SIGNPOST_PUBLIC_HOSTS}: host names (no port) the web chat and the JSON APIs are reached
 *     by, lower case; empty means loopback names and the bind address (local use)
 * @param threads {@code SIGNPOST_HTTP_THREADS}: the most threads serving requests (default 64: an answer is work for
 *     a core, so more threads only wait, and each costs memory; requests over the bound in all wait their turn without
 *     a thread, so a burst of a hundred messages at once is still answered in full, see docs/performance-server.md)
 * @param perClient {@code SIGNPOST_MAX_REQUESTS_PER_CLIENT}: the most requests one client address may have in flight
 *     (default 20); {@code /healthz} and {@code /readyz} do not count
 * @param minBodyRate {@code SIGNPOST_MIN_BODY_RATE}: bytes per second a request body must keep up once
 *     {@code bodyTimeoutSeconds} have passed (default 1024)
 * @param bodyTimeoutSeconds {@code SIGNPOST_READ_TIMEOUT_SECONDS}: the longest wait for the next bytes of a request,
 *     and the grace before a body's rate counts (default 10)
 * @param adminToken {@code SIGNPOST_ADMIN_TOKEN}: the bearer token {@code POST /admin/reload} asks for, at least
 *     {@value #MIN_ADMIN_TOKEN_LENGTH} characters; null (the default) leaves the endpoint out (404)
 * @param signIn how the EDI team signs in to {@code /admin} over OpenID Connect; null (the default) leaves the page out
 *     (404)
 */
public record EdgeSettings(List<String> publicHosts, int threads, int perClient, long minBodyRate, int bodyTimeoutSeconds,
                           String adminToken, AdminSignIn signIn) {

  /** A shorter token could be guessed by trying; {@code openssl rand -base64 32} gives 44 characters. */
  public static final int MIN_ADMIN_TOKEN_LENGTH = 32;
  public static final EdgeSettings DEFAULT = new EdgeSettings(List.of(), 64, 20, 1024, 10);
  private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "::1");

  public EdgeSettings {
    publicHosts = publicHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
    if (threads < 16) throw new ConfigException("SIGNPOST_HTTP_THREADS must be 16 or more: " + threads);
    if (perClient < 1) throw new ConfigException("SIGNPOST_MAX_REQUESTS_PER_CLIENT must be positive: " + perClient);
    if (minBodyRate < 1) throw new ConfigException("SIGNPOST_MIN_BODY_RATE must be positive: " + minBodyRate);
    if (bodyTimeoutSeconds < 1) throw new ConfigException("SIGNPOST_READ_TIMEOUT_SECONDS must be positive: " + bodyTimeoutSeconds);
    if (adminToken != null && adminToken.length() < MIN_ADMIN_TOKEN_LENGTH) {
      throw new ConfigException("SIGNPOST_ADMIN_TOKEN must be at least " + MIN_ADMIN_TOKEN_LENGTH
          + " characters (e.g. openssl rand -base64 32): " + adminToken.length() + " given");
    }
    for (String host : publicHosts) {
      if (host.contains("/") || host.contains(":") && !host.startsWith("[")) {
        throw new ConfigException("SIGNPOST_PUBLIC_HOSTS takes host names without scheme or port: " + host);
      }
    }
  }

  /** Returns settings without an admin token or sign-in: neither {@code /admin/reload} nor {@code /admin} is served. */
  public EdgeSettings(List<String> publicHosts, int threads, int perClient, long minBodyRate, int bodyTimeoutSeconds) {
    this(publicHosts, threads, perClient, minBodyRate, bodyTimeoutSeconds, null, null);
  }

  /** Returns settings without sign-in: {@code /admin} is not served. */
  public EdgeSettings(List<String> publicHosts, int threads, int perClient, long minBodyRate, int bodyTimeoutSeconds,
                      String adminToken) {
    this(publicHosts, threads, perClient, minBodyRate, bodyTimeoutSeconds, adminToken, null);
  }

  /** Returns these settings with another sign-in for {@code /admin} (null: none). */
  public EdgeSettings withSignIn(AdminSignIn other) {
    return new EdgeSettings(publicHosts, threads, perClient, minBodyRate, bodyTimeoutSeconds, adminToken, other);
  }

  /** Returns true when no public host is set: the server is used from this machine only, over plain HTTP. */
  public boolean loopbackOnly() {
    return publicHosts.isEmpty();
  }

  /** Returns the host names requests may name: the configured ones, else loopback names and {@code bindHost}. */
  public List<String> allowedHosts(String bindHost) {
    if (!publicHosts.isEmpty()) return publicHosts;
    List<String> hosts = new ArrayList<>(LOOPBACK_NAMES);
    String bind = bindHost.toLowerCase(Locale.ROOT);
    if (!bind.equals("0.0.0.0") && !bind.equals("::") && !bind.equals("[::]") && !hosts.contains(bind)) hosts.add(bind);
    return hosts;
  }

  /**
   * Returns the most requests served at once outside health checks (others wait their turn without a thread): the
   * threads less a reserve, so that health checks, Jetty's own selector and acceptor threads always find one free.
   */
  public int maxInFlight() {
    return threads - Math.max(8, threads / 8);
  }

  /** Returns the settings with the admin token hidden, so that logging them never shows it. */
  @Override
  public String toString() {
    return "EdgeSettings[publicHosts=" + publicHosts + ", threads=" + threads + ", perClient=" + perClient + ", minBodyRate="
        + minBodyRate + ", bodyTimeoutSeconds=" + bodyTimeoutSeconds + ", adminToken=" + (adminToken == null ? null : "***") + ", signIn=" + signIn + "]";
  }
}
