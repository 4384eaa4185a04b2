package signpost.bot.server;

import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Bounds the requests being served at once, all clients together, so that some threads stay free (for health checks
 * and the server's own work). A request over the bound waits for one being served to finish, holding no thread, and is
 * then served in turn: a burst of a hundred Teams messages is answered in full by a few dozen threads. A request that
 * has waited {@link #longestWait its longest}, or finds twice the bound already waiting, is answered 503 with
 * {@code Retry-After}: under load the server cannot keep up with, a longer queue would only make every answer later.
 * Slack's requests go first: Slack counts a request failed when it is not acknowledged within 3 s (and sends an event
 * again), where the Bot Framework waits 15 s and a person in the web chat longer. Health checks neither count nor wait.
 */
final class RequestQueue extends QoSHandler {

  /** How many requests may wait for each that may be served at once. */
  static final int WAITING_PER_TURN = 2;
  static final String BUSY = "the server is busy; try again shortly";

  /**
   * Returns the longest a request waits for its turn: a second less than the read timeout, so that the connection's
   * idle timeout does not cut a waiting request off with 408 first, and within the Bot Framework's 15 s for a Teams
   * message.
   */
  static Duration longestWait(int readTimeoutSeconds) {
    return Duration.ofSeconds(Math.max(1, readTimeoutSeconds - 1));
  }

  /**
   * @param inAll the most requests served at once
   * @param readTimeoutSeconds the connection's idle timeout
   */
  RequestQueue(Handler handler, int inAll, int readTimeoutSeconds) {
    super(handler);
    setMaxRequestCount(inAll);
    setMaxSuspendedRequestCount(WAITING_PER_TURN * inAll);
    setMaxSuspend(longestWait(readTimeoutSeconds));
    excludePath(ClientLimits.EXEMPT.toArray(String[]::new));
  }

  /** Serves Slack's waiting requests before the others: Slack gives up on a request after 3 s. */
  @Override
  protected int getPriority(Request request) {
    return Request.getPathInContext(request).startsWith("/slack/") ? 1 : 0;
  }

  /** Returns how many requests are waiting for their turn. */
  int waiting() {
    return getSuspendedRequestCount();
  }

  @Override
  protected void reject(Request request, Response response, Callback callback, int status) {
    busy(request, response, callback, status);
  }

  @Override
  protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
    if (status == getRejectStatusCode()) {
      busy(request, response, callback, status);
    } else {
      super.failSuspended(request, response, callback, status, failure);
    }
  }

  private static void busy(Request request, Response response, Callback callback, int status) {
    response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
    Response.writeError(request, response, callback, status, BUSY);
  }
}
