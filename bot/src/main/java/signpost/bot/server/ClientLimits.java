package signpost.bot.server;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Bounds the requests in flight, per client address (429 over it) and in all (503 over it), so that neither one
 * client nor many slow ones can hold every thread. Health checks are never counted nor refused: they stay
 * answerable under that attack, on the threads the overall bound leaves free.
 */
final class ClientLimits extends Handler.Wrapper {

  static final Set<String> EXEMPT = Set.of("/healthz", "/readyz");

  private final int perClient;
  private final int inAll;
  private final Map<String, Integer> byClient = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();

  ClientLimits(Handler handler, int perClient, int inAll) {
    super(handler);
    this.perClient = perClient;
    this.inAll = inAll;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (EXEMPT.contains(Request.getPathInContext(request))) return super.handle(request, response, callback);
    String client = Request.getRemoteAddr(request);
    if (byClient.merge(client, 1, Integer::sum) > perClient) {
      release(client, false);
      return refuse(request, response, callback, 429, "too many requests from your address at once; try again shortly");
    }
    if (total.incrementAndGet() > inAll) {
      release(client, true);
      return refuse(request, response, callback, 503, "the server is busy; try again shortly");
    }
    boolean handled = false;
    try {
      handled = super.handle(request, response, Callback.from(callback, () -> release(client, true)));
      return handled;
    } finally {
      if (!handled) release(client, true);
    }
  }

  private void release(String client, boolean counted) {
    byClient.computeIfPresent(client, (key, count) -> count == 1 ? null : count - 1);
    if (counted) total.decrementAndGet();
  }

  private static boolean refuse(Request request, Response response, Callback callback, int status, String message) {
    response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
    Response.writeError(request, response, callback, status, message);
    return true;
  }
}
