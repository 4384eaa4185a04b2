package signpost.bot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.core.LogText;
import signpost.bot.logging.RequestId;
import signpost.bot.store.SeenOnce;

/**
 * Acknowledges a repeated Events API delivery without handling it again. Slack retries an event (with
 * {@code X-Slack-Retry-Num}) when its first delivery was not acknowledged in 3 seconds; the {@code event_id}
 * stays the same, so one answer is given per id, whichever replica the retry reaches: the ids seen are kept in the
 * database ({@link SeenOnce}). Runs after signature verification, so a forged request never marks an id as seen. The
 * event id becomes the request id of the lines logged for the event.
 */
final class OnceOnly implements Middleware {

  static final String KIND = "slack-event";
  private static final Logger LOG = LoggerFactory.getLogger(OnceOnly.class);

  private final Supplier<SeenOnce> seen;

  /** @param seen the database's seen-once check, looked up on the first event (the database opens on first use) */
  OnceOnly(Supplier<SeenOnce> seen) {
    this.seen = seen;
  }

  @Override
  @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw Request.
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (req.getRequestType() != RequestType.Event) return chain.next(req);
    String eventId = eventId(req.getRequestBodyAsString());
    if (eventId == null) return chain.next(req);
    // The event's id is the request id of every line logged for it, here and on the worker that answers it.
    try (RequestId.Scope scope = RequestId.open(RequestId.plain(eventId).orElse(null))) {
      return once(req, resp, chain, eventId);
    }
  }

  @SuppressWarnings("rawtypes")
  private Response once(Request req, Response resp, MiddlewareChain chain, String eventId) throws Exception {
    if (seen.get().first(KIND, eventId)) {
      Response response;
      try {
        response = chain.next(req);
      } catch (Exception e) {
        seen.get().forget(KIND, eventId);
        throw e;
      }
      // A delivery refused as busy (503) is not handled: Slack's retry of it must be.
      if (response.getStatusCode() != null && response.getStatusCode() >= 500) seen.get().forget(KIND, eventId);
      return response;
    }
    LOG.info("Skipped event {}: already handled (retry {})", LogText.safe(eventId), ((EventRequest) req).getContext().getRetryNum());
    resp.setStatusCode(200);
    return resp;
  }

  private static String eventId(String body) {
    JsonElement json = JsonParser.parseString(body);
    if (!json.isJsonObject()) return null;
    JsonElement id = ((JsonObject) json).get("event_id");
    return id == null || !id.isJsonPrimitive() ? null : id.getAsString();
  }
}
