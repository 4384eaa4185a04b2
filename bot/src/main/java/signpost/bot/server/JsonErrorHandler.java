package signpost.bot.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Answers errors Jetty raises itself (bad HTTP, oversized headers, a servlet's failure) as JSON, never a page or a stack trace. */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 500;
    Object message = request.getAttribute(ERROR_MESSAGE);
    String text = message == null || status >= 500 && status != 503 ? reason(status) : message.toString();
    String body = "{\"error\":" + quote(text) + ",\"status\":" + status + "}";
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "bad request";
      case 404 -> "not found";
      case 405 -> "method not allowed";
      case 408 -> "request timed out";
      case 413 -> "request body too large";
      case 415 -> "unsupported content type";
      case 429 -> "too many requests";
      case 431 -> "request headers too large";
      case 501 -> "method not implemented";
      case 503 -> "service busy";
      default -> status >= 500 ? "internal error" : "request refused";
    };
  }

  private static String quote(String text) {
    return JsonResponses.MAPPER.getNodeFactory().textNode(text).toString();
  }
}
