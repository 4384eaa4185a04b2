package signpost.bot.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import signpost.bot.conversation.ConversationIds;
import signpost.bot.conversation.Inbound;
import signpost.bot.store.PersonalData;
import signpost.bot.web.WebSession;

/**
 * Who a request to the web APIs speaks for. In the web chat, the person with the session cookie; for an API client
 * without it, whoever holds the conversation id, which is that client's secret. Screening records also take
 * {@code Authorization: Bearer <conversation id>}, and for one record a signed download link ({@code ?token=}).
 * Each credential names a pseudonymous owner id; a reference names no one.
 */
final class Callers {

  static final String WEB = "web";
  static final String API = "api";

  private final Assistant assistant;

  Callers(Assistant assistant) {
    this.assistant = assistant;
  }

  /** Returns the message as the dialogue takes it: keyed by the conversation and owned by the caller. */
  Inbound inbound(HttpServletRequest request, String conversation, String id, String text, String organisation) {
    return WebSession.of(request)
        .map(session -> new Inbound(WEB + ":" + conversation, assistant.owner(WEB, session), id, text, organisation))
        // The id is the client's credential: the conversation is kept under a keyed hash of it, never the id itself.
        .orElseGet(() -> new Inbound(API + ":" + assistant.owner(API + "-conversation", conversation),
            assistant.owner(API, conversation), id, text, organisation));
  }

  /**
   * Returns whose data a message to the web APIs asks about: the web chat's person by their session (their ratings
   * with them), else the API client holding the conversation id (whose ratings cannot be told from other clients').
   */
  PersonalData.Person person(HttpServletRequest request, String conversation) {
    return WebSession.of(request).map(session -> {
      String owner = assistant.owner(WEB, session);
      return new PersonalData.Person(WEB, owner, WEB, owner);
    }).orElseGet(() -> new PersonalData.Person(API, assistant.owner(API, conversation), WEB, null));
  }

  /**
   * Returns the owners the request's credentials name, or null after answering 401 when it carries none that apply.
   * A download token applies only to a {@code GET} (or {@code HEAD}) of the record it was issued for; one that is
   * forged, expired or for another record names no one, so the record is then simply not found.
   *
   * @param reference the record asked for, or null for the list
   */
  Set<String> owners(HttpServletRequest request, HttpServletResponse response, String reference) throws IOException {
    Set<String> owners = new LinkedHashSet<>();
    WebSession.of(request).ifPresent(session -> owners.add(assistant.owner(WEB, session)));
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      String conversation = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : null;
      if (!ConversationIds.valid(conversation)) {
        unauthorized(response, "Authorization must be \"Bearer <conversation id>\", the id /api/ask returned");
        return null;
      }
      owners.add(assistant.owner(API, conversation));
    }
    String token = request.getParameter("token");
    boolean linked = token != null && reference != null && !request.getMethod().equals("DELETE");
    if (linked) assistant.downloadTokens().owner(token, reference).ifPresent(owners::add);
    if (owners.isEmpty() && !linked) {
      unauthorized(response, "screening records are their owner's: open them from the web chat, send "
          + "\"Authorization: Bearer <conversation id>\", or use the download link Signpost gave you");
      return null;
    }
    return owners;
  }

  private static void unauthorized(HttpServletResponse response, String message) throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"signpost\"");
    JsonResponses.error(response, 401, message);
  }
}
