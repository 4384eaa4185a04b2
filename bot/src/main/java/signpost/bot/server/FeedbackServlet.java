package signpost.bot.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import signpost.bot.conversation.ConversationIds;
import signpost.bot.core.Feedback;
import signpost.bot.web.WebSession;
import signpost.knowledge.UnknownOrganisationException;

/**
 * {@code POST /api/feedback} with {@code {"id": "<question id>", "helpful": true}} records a rating; 204. Only answers
 * this server gave recently can be rated (404 otherwise), and a second rating of an answer replaces the first: the
 * web chat shows each answer to the one person who asked. In the web chat, the first 👎 on an answer (with
 * {@code "conversation"} and {@code "org"} as the page asked) answers 200 with the offer to pass its question on to the
 * EDI Contacts, as the EDI team's log keeps it (see {@link WebHandoffs}).
 */
final class FeedbackServlet extends HttpServlet {

  private final transient Assistant assistant;
  private final transient WebHandoffs handoffs;

  FeedbackServlet(Assistant assistant, WebHandoffs handoffs) {
    this.assistant = assistant;
    this.handoffs = handoffs;
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
    // In the web chat the rater is the session's person; an API client without one rates as "web".
    String rater = WebSession.of(request).map(session -> assistant.owner("web", session)).orElse("web");
    try {
      rated = assistant.rate(new Feedback(body.get("id").asText(), body.get("helpful").asBoolean(), "web"), rater, null);
    } catch (IllegalArgumentException e) {
      JsonResponses.error(response, 400, "bad answer id: expected the \"id\" of an answer this server gave");
      return;
    }
    if (!rated.recorded()) {
      JsonResponses.error(response, 404, "no answer with that id was given here recently: only answers this server gave can be rated");
      return;
    }
    Optional<ObjectNode> offer = rated.disliked().flatMap(question -> offer(request, body, rater, question));
    if (offer.isEmpty()) {
      response.setStatus(204);
      return;
    }
    ObjectNode json = JsonResponses.MAPPER.createObjectNode().put("text", WebHandoffs.OFFER);
    JsonResponses.write(response, 200, json.set("offer", offer.get()));
  }

  /**
   * Returns the offer to pass a 👎'd question on, as the log keeps it, for the web chat's person in the conversation and
   * organisation the page names; empty for an API client, or when those are missing or unknown.
   */
  private Optional<ObjectNode> offer(HttpServletRequest request, JsonNode body, String rater, String question) {
    String conversation = body.path("conversation").asText(null);
    if (WebSession.of(request).isEmpty() || !ConversationIds.valid(conversation) || !body.path("org").isTextual()) {
      return Optional.empty();
    }
    try {
      String organisation = assistant.knowledge().resolveOrganisation(body.get("org").asText());
      return handoffs.offer(rater, conversation, organisation, question);
    } catch (UnknownOrganisationException e) {
      return Optional.empty();
    }
  }
}
