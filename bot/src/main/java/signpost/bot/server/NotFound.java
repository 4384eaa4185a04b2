package signpost.bot.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers 404 to every request, whatever its method: a listener that serves one path says nothing of any other. */
final class NotFound extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.sendError(404);
  }
}
