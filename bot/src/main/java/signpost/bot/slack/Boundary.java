package signpost.bot.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the Slack channel's failures end: each is logged once with its cause, and the person gets a polite
 * reply, never a stack trace. Question text is never logged.
 */
final class Boundary implements Middleware {

  private static final Logger LOG = LoggerFactory.getLogger(Boundary.class);

  static final String SORRY = "Sorry, I couldn't answer that just now. Please try again in a minute, or ask your EDI team.";

  /** A call to Slack that may fail. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  /** Makes a follow-up call; on failure logs it and makes the apology call, if any. */
  static void deliver(String what, Throwable failure, Call send, Call apologise) {
    if (failure == null) {
      try {
        send.run();
        return;
      } catch (Exception e) {
        failure = e;
      }
    }
    LOG.error("Slack: {} failed: {}", what, failure.toString(), failure);
    if (apologise == null) return;
    try {
      apologise.run();
    } catch (Exception e) {
      LOG.warn("Slack: the apology for {} failed too: {}", what, e.toString());
    }
  }

  /** Runs the handler; when it throws, logs once and acknowledges with an apology Slack shows to the asker. */
  @Override
  @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw Request.
  public Response apply(Request req, Response response, MiddlewareChain chain) {
    try {
      return chain.next(req);
    } catch (Conversations.Busy busy) {
      response.setStatusCode(503);
      response.setContentType("application/json; charset=utf-8");
      response.setBody("{\"error\":\"busy: try again later\"}");
      return response;
    } catch (Exception e) {
      LOG.error("Slack: a {} request failed: {}", req.getRequestType(), e.toString(), e);
    }
    response.setStatusCode(200);
    response.setContentType("application/json; charset=utf-8");
    response.setBody("{\"response_type\":\"ephemeral\",\"text\":\"" + SORRY + "\"}");
    return response;
  }
}
