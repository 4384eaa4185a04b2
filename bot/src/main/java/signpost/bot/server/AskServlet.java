package signpost.bot.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import signpost.bot.conversation.ConversationIds;
import signpost.bot.conversation.Inbound;
import signpost.bot.conversation.Reply;
import signpost.bot.conversation.ReplyJson;
import signpost.bot.core.Answer;
import signpost.bot.core.AnswerIds;
import signpost.bot.core.Paragraph;
import signpost.bot.core.Question;
import signpost.bot.edi.Handoffs;
import signpost.bot.edi.PersonRequest;
import signpost.bot.privacy.MyData;
import signpost.bot.store.PersonalData;
import signpost.rules.decision.Intent;
import signpost.bot.metrics.Channel;
import signpost.bot.web.WebSession;
import signpost.knowledge.UnknownOrganisationException;

/**
 * {@code POST /api/ask} with {@code {"question": "...", "org": "cambridgeshire", "conversation": "..."}} returns the
 * answer contract with the conversation's fields ({@code conversation}, {@code screening}, {@code next}). Without
 * {@code conversation} a new one is started and its id returned: send it back with the next message to carry on.
 * The web chat's session cookie makes its holder the owner of what the conversation records; without it, whoever
 * holds the conversation id is (see {@link Callers}). Without {@code org} the configured default organisation is
 * used; {@code "org": null} asks as no organisation; an organisation may be named by id or name in any case, and an
 * unknown one is a 400 listing the known ids. {@code id} is kept when given, else one is made for feedback. "My data",
 * "delete my data" and "yes, delete my data" show, offer to delete and delete what is kept about the caller. In the
 * web chat a refusal, and a request for a person, carry {@code offer}: the offer to pass the question on to the EDI
 * Contacts (see {@link WebHandoffs}).
 */
final class AskServlet extends HttpServlet {

  private final transient Assistant assistant;
  private final transient Callers callers;
  private final transient WebHandoffs handoffs;

  AskServlet(Assistant assistant, WebHandoffs handoffs) {
    this.assistant = assistant;
    this.callers = new Callers(assistant);
    this.handoffs = handoffs;
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
    JsonNode given = body.path("conversation");
    if (!given.isMissingNode() && !given.isNull() && !(given.isTextual() && ConversationIds.valid(given.asText()))) {
      JsonResponses.error(response, 400, "\"conversation\" must be the id an earlier answer returned (22 to 128 letters, "
          + "digits, - or _); leave it out to start a conversation");
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
    String id = body.hasNonNull("id") ? body.get("id").asText() : AnswerIds.next("web");
    Question question;
    try {
      question = new Question(id, text.asText(), org);
    } catch (IllegalArgumentException e) {
      JsonResponses.error(response, 400, e.getMessage());
      return;
    }
    String conversation = given.isTextual() ? given.asText() : ConversationIds.next();
    Optional<MyData.Request> mine = MyData.request(question.text());
    if (mine.isPresent()) {
      // No id: it is not an answer to rate, explain or log.
      Answer answer = said(question, myData(mine.get(), callers.person(request, conversation)));
      JsonResponses.write(response, 200, ReplyJson.tree(new Reply(answer, conversation, null)));
      return;
    }
    Inbound inbound = callers.inbound(request, conversation, id, question.text(), org);
    boolean web = WebSession.of(request).isPresent();
    if (web && PersonRequest.asks(question.text())) {
      JsonResponses.write(response, 200, personRequested(inbound, question, conversation));
      return;
    }
    Reply reply = assistant.dialogue().reply(inbound);
    assistant.feedback().issued(reply.answer().id());
    assistant.questions().given(reply.answer(), web ? Callers.WEB : Callers.API, inbound.owner());
    assistant.meters().answered(web ? Channel.WEB : Channel.API, reply.answer());
    ObjectNode json = ReplyJson.tree(new Reply(reply.answer(), conversation, reply.screening()));
    Answer answer = reply.answer();
    // A refusal offers to pass the question on; a reply to someone telling of harm is never one.
    if (web && !answer.answered() && answer.question() != null && answer.intent() != Intent.SUPPORT) {
      handoffs.offer(inbound.owner(), conversation, org, answer.question()).ifPresent(offer -> json.set("offer", offer));
    }
    // A support reply offers to pass on what the person told, as they wrote it, only if they choose to.
    if (web && answer.intent() == Intent.SUPPORT && answer.question() != null) {
      handoffs.reportOffer(inbound.owner(), conversation, org, answer.question()).ifPresent(offer -> json.set("offer", offer));
    }
    JsonResponses.write(response, 200, json);
  }

  /**
   * Answers someone in the web chat asking for a person: where their organisation's EDI Contacts can be asked, the
   * offer of the question they last asked in this conversation (or, with none yet, a request to type it); elsewhere who
   * to ask, as a refusal names them. Nothing of the request is kept or logged: it is not a question.
   */
  private ObjectNode personRequested(Inbound inbound, Question question, String conversation) {
    if (!handoffs.passesOn(question.organisation())) {
      Question unrated = new Question(null, question.text(), question.organisation());
      return ReplyJson.tree(new Reply(assistant.pipeline().referral(unrated), conversation, null));
    }
    Optional<ObjectNode> offer = assistant.dialogue().lastAsked(inbound.conversation(), inbound.owner())
        .flatMap(asked -> handoffs.offer(inbound.owner(), conversation, question.organisation(), asked));
    ObjectNode json = ReplyJson.tree(new Reply(said(question, offer.isPresent() ? WebHandoffs.OFFER : Handoffs.TYPE_IT),
        conversation, null));
    offer.ifPresent(o -> json.set("offer", o));
    return json;
  }

  /** Returns a reply that is not an answer to rate, explain or log (no id): Signpost saying something. */
  private static Answer said(Question question, String text) {
    return new Answer(null, question.text(), question.organisation(), true, Intent.FACT,
        List.of(new Paragraph(Paragraph.Kind.BODY, text, null)), 1.0, List.of(), List.of(), null, List.of());
  }

  /** Shows, asks to confirm deleting, or deletes what is kept about the person, and says which. */
  private String myData(MyData.Request request, PersonalData.Person person) {
    PersonalData data = assistant.database().personalData();
    return switch (request) {
      case SHOW -> MyData.shown(data.find(person));
      case DELETE -> MyData.confirm(data.find(person));
      case CONFIRM -> MyData.deleted(data.delete(person));
    };
  }
}
