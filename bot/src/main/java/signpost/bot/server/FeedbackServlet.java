package signpost.bot.server;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import signpost.bot.core.Feedback;

/** {@code POST /api/feedback} with {@code {"id": "<question id>", "helpful": true}} records a rating; 204. */
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
    try {
      assistant.feedback().record(new Feedback(body.get("id").asText(), body.get("helpful").asBoolean(), "web"));
    } catch (IllegalArgumentException e) {
      JsonResponses.error(response, 400, e.getMessage());
      return;
    }
    response.setStatus(204);
  }
}
