package signpost.bot.server;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import signpost.bot.admin.AdminSession;
import signpost.bot.admin.IdTokens;
import signpost.bot.admin.Identity;
import signpost.bot.admin.OpenIdProvider;
import signpost.bot.admin.RandomTokens;
import signpost.bot.admin.SignInException;
import signpost.bot.config.AdminSignIn;
import signpost.bot.config.EdgeSettings;
import signpost.bot.store.AdminSessionStore;

/**
 * The EDI team's sign-in to {@code /admin} over OpenID Connect: the authorization code flow with PKCE (S256), a state
 * bound to the browser by a cookie and a nonce bound to the ID token, both kept in the database so that any replica
 * can take the callback; then a session whose cookie is {@code HttpOnly}, {@code SameSite=Lax} (the provider's
 * redirect back is a top-level navigation) and {@code Secure} unless the server is used from this machine only.
 */
final class AdminSignIns {

  static final String SESSION_COOKIE = "signpost_admin";
  static final String STATE_COOKIE = "signpost_admin_sign_in";
  /** How long a sign-in may take at the provider. */
  static final Duration SIGN_IN_TIME = Duration.ofMinutes(10);
  static final String CALLBACK = "/admin/callback";
  /** Which section of the page a sign-in started from a link (an e-mail's) returns to. */
  static final String RETURN_COOKIE = "signpost_admin_return";
  private static final Pattern SECTION = Pattern.compile("[A-Za-z0-9._-]{1,200}");

  private final Assistant assistant;
  private final EdgeSettings edge;
  private final OpenIdProvider provider;
  private final IdTokens tokens;
  private final Clock clock;

  AdminSignIns(Assistant assistant, Clock clock) {
    this.assistant = assistant;
    this.edge = assistant.config().edge();
    this.provider = new OpenIdProvider(edge.signIn(), clock);
    this.tokens = new IdTokens(provider, clock);
    this.clock = clock;
  }

  /**
   * Starts a sign-in: keeps its state, nonce and PKCE verifier, and sends the browser to the provider.
   *
   * @throws SignInException when the provider's discovery document cannot be read
   */
  void begin(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
    String state = RandomTokens.next();
    AdminSessionStore.Started started = new AdminSessionStore.Started(RandomTokens.next(), RandomTokens.next());
    URI authorization = provider.discovery().authorization();
    Instant now = clock.instant();
    store().start(state, started, now, now.plus(SIGN_IN_TIME));
    cookie(response, STATE_COOKIE, state, SIGN_IN_TIME);
    AdminSignIn settings = edge.signIn();
    String query = "response_type=code&scope=" + encode("openid profile email") + "&client_id=" + encode(settings.clientId())
        + "&redirect_uri=" + encode(redirect(request).toString()) + "&state=" + encode(state) + "&nonce=" + encode(started.nonce())
        + "&code_challenge=" + encode(RandomTokens.challenge(started.verifier())) + "&code_challenge_method=S256";
    String base = authorization.toString();
    response.sendRedirect(base + (base.contains("?") ? "&" : "?") + query);
  }

  /**
   * Finishes a sign-in at the callback: the state must be the one this browser started, and the ID token the code
   * brings must pass every check. Opens the session and returns who signed in.
   *
   * @throws SignInException saying what was refused
   */
  Identity finish(HttpServletRequest request, HttpServletResponse response) {
    String state = request.getParameter("state");
    cookie(response, STATE_COOKIE, "", Duration.ZERO);
    if (request.getParameter("error") != null) {
      throw new SignInException("the provider refused the sign-in: " + request.getParameter("error"));
    }
    if (state == null || !RandomTokens.same(state, cookie(request, STATE_COOKIE))) {
      throw new SignInException("the callback's state is not the one this browser started");
    }
    AdminSessionStore.Started started = store().take(state, clock.instant())
        .orElseThrow(() -> new SignInException("the sign-in was already used or took longer than " + SIGN_IN_TIME.toMinutes() + " minutes"));
    String code = request.getParameter("code");
    if (code == null || code.isBlank()) throw new SignInException("the callback brought no code");
    Identity identity = tokens.verify(provider.exchange(code, started.verifier(), redirect(request)), started.nonce());
    String token = RandomTokens.next();
    Duration length = edge.signIn().session();
    store().open(token, new AdminSession(identity, RandomTokens.next(), clock.instant().plus(length)));
    cookie(response, SESSION_COOKIE, token, length);
    return identity;
  }

  /**
   * Remembers, for the sign-in this browser starts next, the section of the admin page to return to (its element id,
   * e.g. {@code handoffs-cambridgeshire}); an id of other characters is not remembered.
   */
  void returnTo(HttpServletResponse response, String section) {
    if (section(section) != null) cookie(response, RETURN_COOKIE, section, SIGN_IN_TIME);
  }

  /** Returns the id when it can name a section of the page (letters, digits, {@code .}, {@code _} and {@code -}), else null. */
  static String section(String id) {
    return id != null && SECTION.matcher(id).matches() ? id : null;
  }

  /** Returns the section a finished sign-in returns to, once (the browser forgets it), or null for the page's top. */
  String returning(HttpServletRequest request, HttpServletResponse response) {
    String section = cookie(request, RETURN_COOKIE);
    if (section == null) return null;
    cookie(response, RETURN_COOKIE, "", Duration.ZERO);
    return section(section);
  }

  /** Returns the session the request's cookie names, unless it has expired or was ended. */
  Optional<AdminSession> session(HttpServletRequest request) {
    String token = cookie(request, SESSION_COOKIE);
    return token == null ? Optional.empty() : store().find(token, clock.instant());
  }

  /** Ends the request's session, and has the browser forget its cookie. */
  void signOut(HttpServletRequest request, HttpServletResponse response) {
    String token = cookie(request, SESSION_COOKIE);
    if (token != null) store().close(token);
    cookie(response, SESSION_COOKIE, "", Duration.ZERO);
  }

  /**
   * Returns where the provider sends the browser back: on the public host the request came by (the first public host
   * otherwise), over https; from this machine only, on the loopback host and port it was reached by, over http.
   *
   * @throws SignInException when the request names a host this server does not answer to
   */
  URI redirect(HttpServletRequest request) {
    String host = request.getServerName().toLowerCase(Locale.ROOT);
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (!edge.loopbackOnly()) {
      List<String> hosts = edge.publicHosts();
      return URI.create("https://" + (hosts.contains(bare) ? bare : hosts.get(0)) + CALLBACK);
    }
    if (!edge.allowedHosts(assistant.config().host()).contains(bare)) {
      throw new SignInException("the request names host " + bare + ", which is not this machine; set SIGNPOST_PUBLIC_HOSTS");
    }
    return URI.create("http://" + (bare.contains(":") ? "[" + bare + "]" : bare) + ":" + request.getServerPort() + CALLBACK);
  }

  private AdminSessionStore store() {
    return assistant.database().adminSessions();
  }

  private void cookie(HttpServletResponse response, String name, String value, Duration age) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath("/admin");
    cookie.setHttpOnly(true);
    cookie.setSecure(!edge.loopbackOnly());
    cookie.setMaxAge((int) age.toSeconds());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }

  private static String cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) return null;
    for (Cookie cookie : cookies) if (cookie.getName().equals(name) && !cookie.getValue().isEmpty()) return cookie.getValue();
    return null;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
