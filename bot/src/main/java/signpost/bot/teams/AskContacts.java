package signpost.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * which saves a curated answer. An organisation whose EDI Contacts are not in Teams but have an e-mail address gets the
 * same offer and consent; the question is then e-mailed (see {@link signpost.bot.email.EmailContacts}), the asker told
 * by a proactive message once it has gone (or could not go), and replied to on the admin page.
 */
final class AskContacts {

  private static final Logger LOG = LoggerFactory.getLogger(AskContacts.class);

  static final String OFFER = "handoff_offer";
  static final String CONSENT = "handoff_consent";
  static final String REPLY = "handoff_reply";
  static final String SAVE = "handoff_save";
  static final String SENT = "Sent to the EDI Contacts. Their reply will come to this chat.";
  static final String SENDING = "Passing your question on to the EDI Contacts by e-mail. I'll tell you here when it has gone.";
  static final String EMAILED = "Sent to the EDI Contacts by e-mail. Their reply will come to this chat.";

  private final Answering answering;
  private final Proactive proactive;

  AskContacts(Answering answering, Proactive proactive) {
    this.answering = answering;
    this.proactive = proactive;
  }

  /** Returns the offer under a refusal in a personal chat, when the organisation's EDI Contacts can be asked. */
  List<CardElement> offer(Answer answer, Incoming incoming) {
    if (answer.answered() || answer.question() == null || incoming.scope() != Incoming.Scope.PERSONAL) return List.of();
    if (!answering.passesOn(answer.organisation())) return List.of();
    return List.of(CardElement.Text.of("I can pass your question on to your organisation's EDI Contacts, if you like."),
        new CardElement.Buttons("You can", List.of(new CardAction.Send("Ask an EDI Contact", OFFER, question(answer.question())))));
  }

  /**
   * Returns the offer of a question named rather than just refused (after a 👎, or when the person asks for a person),
   * in a personal chat when the organisation's EDI Contacts can be asked (in Teams, else by e-mail); empty elsewhere.
   *
   * @param question the question as it will be sent: as the EDI team's log keeps it (redacted)
   */
  Optional<AdaptiveCard> offerOf(String question, Incoming incoming) {
    if (incoming.scope() != Incoming.Scope.PERSONAL) return Optional.empty();
    if (!answering.passesOn(answering.organisation(incoming.tenantId()))) return Optional.empty();
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
    if (question.isBlank() || !answering.passesOn(organisation) || incoming.scope() != Incoming.Scope.PERSONAL
        || incoming.conversationId() == null || incoming.serviceUrl() == null) {
      return InvokeReplies.error(400, "BadRequest", "this question cannot be passed on from here");
    }
    Handoff handoff = answering.handoffs().open(organisation, answering.owner(incoming.tenantId(), incoming.fromId()),
        TeamsReplies.place(incoming.conversationId(), incoming.serviceUrl()), question);
    if (address == null) {
      emailed(handoff, incoming);
      return InvokeReplies.message(SENDING);
    }
    int at = address.lastIndexOf('@');
    proactive.send(address.substring(0, at), address.substring(at + 1), forContacts(handoff));
    return InvokeReplies.message(SENT);
  }

  /** Returns the card a question passed on is posted to the contacts' channel as: the question, a reply box and Reply. */
  static Outgoing forContacts(Handoff handoff) {
    return Outgoing.card(new AdaptiveCard(List.of(
        CardElement.Text.heading("A question Signpost could not answer"),
        CardElement.Text.subtle("Passed on with the asker's consent."), CardElement.Text.of(handoff.question()),
        CardElement.Input.text("reply", "Your reply (it goes to the asker from the " + Handoffs.ROLE + ")", null, true)),
        List.of(new CardAction.Send("Reply", REPLY, handoff(handoff.id())))));
  }

  /**
   * E-mails the hand-off to the organisation's EDI Contacts on the e-mail pool, off the invoke's request thread, and
   * tells the asker in their chat once it has gone, or plainly that it could not go (it is then withdrawn).
   */
  private void emailed(Handoff handoff, Incoming incoming) {
    String name = answering.organisationName(handoff.organisation());
    answering.email().pass(handoff, name == null ? handoff.organisation() : name, answering.handoffs()).thenAccept(sent -> {
      try {
        proactive.send(incoming.conversationId(), incoming.serviceUrl(), Outgoing.text(sent ? EMAILED : Handoffs.NOT_SENT));
      } catch (RuntimeException e) {
        LOG.error("Teams: telling the asker what became of their e-mailed question failed: {}", Boundary.unwrap(e).toString(), e);
      }
    });
  }

  private ObjectNode replied(Handoff found, JsonNode data) {
    Handoff handoff;
    try {
      handoff = answering.handoffs().replied(found.id(), data.path("reply").asText(""));
    } catch (IllegalArgumentException e) {
      return InvokeReplies.message("Please write a reply first.");
    }
    answering.deliver(handoff);
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

  private static ObjectNode question(String question) {
    return JsonNodeFactory.instance.objectNode().put("question", question);
  }

  private static ObjectNode handoff(String id) {
    return JsonNodeFactory.instance.objectNode().put("handoff", id);
  }
}
