package signpost.bot.server;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Bounds the requests in flight per client address (429 over it), so that one client cannot take every turn; the
 * bound in all is {@link RequestQueue}'s, where requests over it wait. Health checks are never counted nor refused:
 * they stay answerable under that attack, on the threads the overall bound leaves free.
 */
final class ClientLimits extends Handler.Wrapper {

  static final Set<String> EXEMPT = Set.of("/healthz", "/readyz");

  private final int perClient;
  private final Map<String, Integer> byClient = new ConcurrentHashMap<>();

  ClientLimits(Handler handler, int perClient) {
    super(handler);
    this.perClient = perClient;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (EXEMPT.contains(Request.getPathInContext(request))) return super.handle(request, response, callback);
    String client = Request.getRemoteAddr(request);
    if (byClient.merge(client, 1, Integer::sum) > perClient) {
      release(client);
      return refuse(request, response, callback, 429, "too many requests from your address at once; try again shortly");
    }
    boolean handled = false;
    try {
      handled = super.handle(request, response, Callback.from(callback, () -> release(client)));
      return handled;
    } finally {
      if (!handled) release(client);
    }
  }

  private void release(String client) {
    byClient.computeIfPresent(client, (key, count) -> count == 1 ? null : count - 1);
  }

  private static boolean refuse(Request request, Response response, Callback callback, int status, String message) {
    response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
    Response.writeError(request, response, callback, status, message);
    return true;
  }
}
