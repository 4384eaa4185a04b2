package signpost.bot.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import signpost.bot.core.Answer;
import signpost.bot.edi.CuratedAnswer;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;

/**
 * "Ask an EDI Contact" in Teams, with Universal Actions. A refusal in a personal chat, a 👎 there, or asking for a person
 * there offers to pass the question on; the offer shows exactly what will be sent, and only its "Send" posts the
 * question, as a proactive message, to the organisation's EDI Contacts' channel ({@code SIGNPOST_EDI_CONTACTS_TEAMS}),
 * keeping a hand-off with the asker as a pseudonym. A contact replies in the card; the reply reaches the asker's
 * personal chat as a proactive message from the {@link Handoffs#ROLE}, and the card turns into "Save as an answer",
 * which saves a curated answer.
 */
final class AskContacts {

  static final String OFFER = "handoff_offer";
  static final String CONSENT = "handoff_consent";
  static final String REPLY = "handoff_reply";
  static final String SAVE = "handoff_save";
  static final String SENT = "Sent to the EDI Contacts. Their reply will come to this chat.";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Answering answering;
  private final Proactive proactive;

  AskContacts(Answering answering, Proactive proactive) {
    this.answering = answering;
    this.proactive = proactive;
  }

  /** Returns the offer under a refusal in a personal chat, when the organisation's EDI Contacts are in Teams. */
  List<CardElement> offer(Answer answer, Incoming incoming) {
    if (answer.answered() || answer.question() == null || incoming.scope() != Incoming.Scope.PERSONAL) return List.of();
    if (answering.contactsAddress(answer.organisation()) == null) return List.of();
    return List.of(CardElement.Text.of("I can pass your question on to your organisation's EDI Contacts, if you like."),
        new CardElement.Buttons("You can", List.of(new CardAction.Send("Ask an EDI Contact", OFFER, question(answer.question())))));
  }

  /**
   * Returns the offer of a question named rather than just refused (after a 👎, or when the person asks for a person),
   * in a personal chat when the organisation's EDI Contacts are in Teams; empty elsewhere.
   *
   * @param question the question as it will be sent: as the EDI team's log keeps it (redacted)
   */
  Optional<AdaptiveCard> offerOf(String question, Incoming incoming) {
    if (incoming.scope() != Incoming.Scope.PERSONAL) return Optional.empty();
    if (answering.contactsAddress(answering.organisation(incoming.tenantId())) == null) return Optional.empty();
    return Optional.of(new AdaptiveCard(List.of(
        CardElement.Text.of("I can pass this question on to your organisation's EDI Contacts, if you like:"),
        CardElement.Text.of(question)), List.of(new CardAction.Send("Ask an EDI Contact", OFFER, question(question)))));
  }

  /**
   * Returns the reply to someone asking for a person in a personal chat: the offer of the question they last asked
   * there, or, when they have asked none yet, a request to type the question they want passed on.
   */
  Outgoing requested(Incoming incoming) {
    String owner = answering.owner(incoming.tenantId(), incoming.fromId());
    return answering.lastAsked(Messages.key(incoming), owner).flatMap(question -> offerOf(question, incoming))
        .map(Outgoing::card).orElseGet(() -> Outgoing.text(Handoffs.TYPE_IT));
  }

  /** Answers one of the hand-off's actions, in the invoke response. */
  void invoked(Turn turn, String verb, JsonNode data) {
    turn.respond(200, switch (verb) {
      case OFFER -> consent(data.path("question").asText(""));
      case CONSENT -> sent(turn.incoming(), data.path("question").asText(""));
      case REPLY -> fromContacts(turn.incoming(), data).map(h -> replied(h, data)).orElseGet(AskContacts::notHere);
      default -> fromContacts(turn.incoming(), data).map(h -> saved(h, turn.incoming(), data)).orElseGet(AskContacts::notHere);
    });
  }

  /**
   * Returns the hand-off an action of the contacts' card names, when it is pressed in the organisation's contacts
   * channel (any thread of it); empty elsewhere, or when the hand-off is no longer kept.
   */
  private Optional<Handoff> fromContacts(Incoming incoming, JsonNode data) {
    Optional<Handoff> handoff = answering.handoffs().find(data.path("handoff").asText(null));
    String address = handoff.map(h -> answering.contactsAddress(h.organisation())).orElse(null);
    String conversation = incoming.conversationId();
    if (address == null || conversation == null) return Optional.empty();
    String contacts = address.substring(0, address.lastIndexOf('@'));
    return conversation.equals(contacts) || conversation.startsWith(contacts + ";") ? handoff : Optional.empty();
  }

  private static ObjectNode notHere() {
    return InvokeReplies.message(Handoffs.GONE);
  }

  private static ObjectNode consent(String question) {
    if (question.isBlank()) return InvokeReplies.error(400, "BadRequest", "the action has no question");
    return InvokeReplies.card(new AdaptiveCard(List.of(CardElement.Text.heading("This is what the EDI Contacts will see:"),
        CardElement.Text.of(question), CardElement.Text.subtle("They see the question and your organisation, not your name. "
            + "Their reply comes to this chat, from the " + Handoffs.ROLE + ". Nothing is sent unless you press Send.")),
        List.of(new CardAction.Send("Send to the EDI Contacts", CONSENT, question(question)))));
  }

  private ObjectNode sent(Incoming incoming, String question) {
    String organisation = answering.organisation(incoming.tenantId());
    String address = answering.contactsAddress(organisation);
    if (question.isBlank() || address == null || incoming.scope() != Incoming.Scope.PERSONAL
        || incoming.conversationId() == null || incoming.serviceUrl() == null) {
      return InvokeReplies.error(400, "BadRequest", "this question cannot be passed on from here");
    }
    String replyTo = JsonNodeFactory.instance.objectNode().put("conversationId", incoming.conversationId())
        .put("serviceUrl", incoming.serviceUrl()).toString();
    Handoff handoff = answering.handoffs().open(organisation, answering.owner(incoming.tenantId(), incoming.fromId()),
        replyTo, question);
    int at = address.lastIndexOf('@');
    proactive.send(address.substring(0, at), address.substring(at + 1), Outgoing.card(new AdaptiveCard(List.of(
        CardElement.Text.heading("A question Signpost could not answer"),
        CardElement.Text.subtle("Passed on with the asker's consent."), CardElement.Text.of(handoff.question()),
        CardElement.Input.text("reply", "Your reply (it goes to the asker from the " + Handoffs.ROLE + ")", null, true)),
        List.of(new CardAction.Send("Reply", REPLY, handoff(handoff.id()))))));
    return InvokeReplies.message(SENT);
  }

  private ObjectNode replied(Handoff found, JsonNode data) {
    Handoff handoff;
    try {
      handoff = answering.handoffs().replied(found.id(), data.path("reply").asText(""));
    } catch (IllegalArgumentException e) {
      return InvokeReplies.message("Please write a reply first.");
    }
    JsonNode asker = address(handoff.replyTo());
    proactive.send(asker.path("conversationId").asText(), asker.path("serviceUrl").asText(), Outgoing.text(
        "The " + Handoffs.ROLE + " replied to your question \"" + handoff.question() + "\":\n\n" + handoff.reply()));
    return InvokeReplies.card(new AdaptiveCard(List.of(
        CardElement.Text.heading("Your reply went to the asker, from the " + Handoffs.ROLE + "."),
        CardElement.Input.text("question", "Question", handoff.question(), false),
        CardElement.Input.text("answer", "Answer", handoff.reply(), true),
        CardElement.Input.date("reviewBy", "Review by", LocalDate.now().plusYears(1).toString()),
        CardElement.Input.toggle("showName", "Show my name with the answer")),
        List.of(new CardAction.Send("Save as an answer", SAVE, handoff(handoff.id())))));
  }

  private ObjectNode saved(Handoff found, Incoming incoming, JsonNode data) {
    String role = "true".equals(data.path("showName").asText()) && incoming.fromName() != null
        ? Handoffs.ROLE + " (" + incoming.fromName() + ")" : Handoffs.ROLE;
    CuratedAnswer saved;
    try {
      saved = answering.curated().save(found.organisation(), data.path("question").asText(""),
          data.path("answer").asText(""), role, LocalDate.parse(data.path("reviewBy").asText("")));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return InvokeReplies.message("Not saved: " + e.getMessage() + ".");
    }
    answering.handoffs().saved(found.id());
    return InvokeReplies.message("Saved as an answer: Signpost gives it from now on, cited as \"Answered by the "
        + saved.authorRole() + "\", until it is retired. Review it by " + saved.reviewBy() + ".");
  }

  /** Reads where a reply goes, as {@link #sent} kept it. */
  private static JsonNode address(String replyTo) {
    try {
      return JSON.readTree(replyTo);
    } catch (JsonProcessingException e) {
      throw new TeamsException("a hand-off's reply address is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static ObjectNode question(String question) {
    return JsonNodeFactory.instance.objectNode().put("question", question);
  }

  private static ObjectNode handoff(String id) {
    return JsonNodeFactory.instance.objectNode().put("handoff", id);
  }
}
