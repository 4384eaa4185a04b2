package signpost.bot.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import signpost.bot.core.Answer;
import signpost.bot.core.AnswerJson;
import signpost.bot.core.Question;
import signpost.knowledge.UnknownOrganisationException;

/**
 * {@code POST /api/ask} with {@code {"question": "...", "org": "cambridgeshire"}} returns the answer contract.
 * Without {@code org} the configured default organisation is used; {@code "org": null} asks as no organisation; an
 * organisation may be named by id or name in any case, and an unknown one is a 400 listing the known ids.
 * {@code id} is kept when given, else one is made for feedback.
 */
final class AskServlet extends HttpServlet {

  private final transient Assistant assistant;

  AskServlet(Assistant assistant) {
    this.assistant = assistant;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    JsonNode body = JsonResponses.readObject(request, response, "{\"question\": \"...\", \"org\": \"...\"}");
    if (body == null) return;
    JsonNode text = body.get("question");
    if (text == null || !text.isTextual()) {
      JsonResponses.error(response, 400, "\"question\" must be a string");
      return;
    }
    // A missing "org" means the configured default; an explicit null means the asker names none.
    String org;
    try {
      org = body.has("org") ? assistant.knowledge().resolveOrganisation(body.get("org").isNull() ? null : body.get("org").asText())
          : assistant.config().defaultOrganisation();
    } catch (UnknownOrganisationException e) {
      ObjectNode error = JsonResponses.MAPPER.createObjectNode().put("error", e.getMessage()).put("status", 400);
      e.known().forEach(error.putArray("known")::add);
      JsonResponses.write(response, 400, error);
      return;
    }
    String id = body.hasNonNull("id") ? body.get("id").asText() : "web-" + UUID.randomUUID();
    Question question;
    try {
      question = new Question(id, text.asText(), org);
    } catch (IllegalArgumentException e) {
      JsonResponses.error(response, 400, e.getMessage());
      return;
    }
    Answer answer = assistant.pipeline().answer(question);
    assistant.feedback().issued(answer.id());
    JsonResponses.write(response, 200, AnswerJson.tree(answer));
  }
}
