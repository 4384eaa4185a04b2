package signpost.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import signpost.bot.logging.RequestId;
import signpost.bot.server.JsonResponses;

/**
 * {@code POST /api/messages}: one Bot Framework activity in, its {@link Outcome} out. Malformed JSON is 400 and
 * other methods 405, as JSON like the rest of the server; the server's body limit answers 413. In local development
 * mode a request whose connection does not come from this machine is 403 before its body is read.
 */
final class MessagesServlet extends HttpServlet {

  static final String EXAMPLE = "{\"type\": \"message\", \"serviceUrl\": \"...\", \"text\": \"...\"}";

  static final String NOT_LOCAL = "Teams is in local development mode: /api/messages answers only requests from this machine";

  private final transient Protocol protocol;
  private final boolean localOnly;

  MessagesServlet(Protocol protocol, boolean localOnly) {
    this.protocol = protocol;
    this.localOnly = localOnly;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (localOnly && (!Peers.loopback(Peers.of(request)) || Peers.forwarded(request))) {
      JsonResponses.error(response, 403, NOT_LOCAL);
      return;
    }
    JsonNode activity = JsonResponses.readObject(request, response, EXAMPLE);
    if (activity == null) return;
    Outcome outcome;
    // The activity's id is the request id of every line logged for it.
    try (RequestId.Scope scope = RequestId.open(RequestId.plain(activity.path("id").asText(null)).orElse(null))) {
      outcome = protocol.process(request.getHeader("Authorization"), activity);
    }
    if (outcome.error() != null) {
      JsonResponses.error(response, outcome.status(), outcome.error());
    } else if (outcome.body() != null) {
      JsonResponses.write(response, outcome.status(), outcome.body());
    } else {
      response.setStatus(outcome.status());
    }
  }
}
