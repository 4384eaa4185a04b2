package signpost.bot.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import signpost.bot.conversation.ConversationIds;

/**
 * The web chat's session: a random id in a cookie, issued with the page, that makes the person using it the owner
 * of the screenings they start there. The cookie is {@code HttpOnly} (no script reads it), {@code SameSite=Strict}
 * (no other site sends it), {@code Secure} over https, for the whole site, and ends with the browser session.
 */
public final class WebSession {

  /** The cookie's name. */
  public static final String COOKIE = "signpost_session";

  private WebSession() {}

  /** Returns the session id the request's cookie carries, when it has the shape of one Signpost issues. */
  public static Optional<String> of(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) return Optional.empty();
    for (Cookie cookie : cookies) {
      if (cookie.getName().equals(COOKIE) && ConversationIds.valid(cookie.getValue())) return Optional.of(cookie.getValue());
    }
    return Optional.empty();
  }

  /** Sets a new session cookie on the response unless the request already carries one. */
  static void issueIfAbsent(HttpServletRequest request, HttpServletResponse response) {
    if (of(request).isPresent()) return;
    // A session id is the same kind of secret as a conversation id: 128 random bits.
    Cookie cookie = new Cookie(COOKIE, ConversationIds.next());
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath("/");
    cookie.setAttribute("SameSite", "Strict");
    response.addCookie(cookie);
  }
}
