package signpost.bot.server;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import signpost.bot.core.Feedback;
import signpost.bot.web.WebSession;

/**
 * {@code POST /api/feedback} with {@code {"id": "<question id>", "helpful": true}} records a rating; 204. Only answers
 * this server gave recently can be rated (404 otherwise), and a second rating of an answer replaces the first: the
 * web chat shows each answer to the one person who asked.
 */
final class FeedbackServlet extends HttpServlet {

  private final transient Assistant assistant;

  FeedbackServlet(Assistant assistant) {
    this.assistant = assistant;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    JsonNode body = JsonResponses.readObject(request, response, "{\"id\": \"<question id>\", \"helpful\": true}");
    if (body == null) return;
    if (!body.path("id").isTextual() || !body.path("helpful").isBoolean()) {
      JsonResponses.error(response, 400, "expected {\"id\": \"<question id>\", \"helpful\": true|false}");
      return;
    }
    Assistant.Rated rated;
    try {
      // In the web chat the rater is the session's person; an API client without one rates as "web".
      String rater = WebSession.of(request).map(session -> assistant.owner("web", session)).orElse("web");
      rated = assistant.rate(new Feedback(body.get("id").asText(), body.get("helpful").asBoolean(), "web"), rater);
    } catch (IllegalArgumentException e) {
      JsonResponses.error(response, 400, "bad answer id: expected the \"id\" of an answer this server gave");
      return;
    }
    if (!rated.recorded()) {
      JsonResponses.error(response, 404, "no answer with that id was given here recently: only answers this server gave can be rated");
      return;
    }
    response.setStatus(204);
  }
}
