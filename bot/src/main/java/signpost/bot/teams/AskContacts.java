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
import signpost.rules.decision.Intent;

/**
 * "Ask an EDI Contact" in Teams, with Universal Actions. A refusal in a personal chat, a 👎 there, or asking for a person
 * there offers to pass the question on; the offer shows exactly what will be sent, and only its "Send" posts the
 * question, as a proactive message, to the organisation's EDI Contacts' channel ({@code SIGNPOST_EDI_CONTACTS_TEAMS}),
 * keeping a hand-off with the asker as a pseudonym. A contact replies in the card; the reply reaches the asker's
 * personal chat as a proactive message from the {@link Handoffs#ROLE} (with the contact's Teams name where they switch
 * "Show my name" on), and the card turns into "Save as an answer", which saves a curated answer. A support reply in a personal chat offers to pass on what the person told, as they
 * wrote it, the same way, with a consent that says the contacts will read their words and where urgent help is; that
 * is never offered to be saved. The message travels whole in the card's data (at most {@link
 * signpost.bot.core.Question#MAX_LENGTH} characters, far below what a Teams message carries). An organisation whose EDI
 * Contacts are not in Teams but have an e-mail address gets the same offers and consents; the question or report is
 * then e-mailed (see {@link signpost.bot.email.EmailContacts}), the person told by a proactive message once it has gone
 * (or could not go), and replied to on the admin page.
 */
final class AskContacts {

  private static final Logger LOG = LoggerFactory.getLogger(AskContacts.class);

  static final String OFFER = "handoff_offer";
  static final String CONSENT = "handoff_consent";
  static final String SUPPORT_OFFER = "support_offer";
  static final String SUPPORT_CONSENT = "support_consent";
  static final String REPLY = "handoff_reply";
  static final String SAVE = "handoff_save";
  static final String SENT = "Sent to the EDI Contacts. Their reply will come to this chat.";
  static final String SENDING = "Passing your question on to the EDI Contacts by e-mail. I'll tell you here when it has gone.";
  static final String SENDING_REPORT = "Passing your message on to the EDI Contacts by e-mail. I'll tell you here when it "
      + "has gone.";
  static final String EMAILED = "Sent to the EDI Contacts by e-mail. Their reply will come to this chat.";

  private final Answering answering;
  private final Proactive proactive;

  AskContacts(Answering answering, Proactive proactive) {
    this.answering = answering;
    this.proactive = proactive;
  }

  /**
   * Returns the offer under a reply in a personal chat, when the organisation's EDI Contacts can be asked (in Teams,
   * else by e-mail): to pass the question on, under a refusal; to pass on what the person told, as they wrote it, under
   * a support reply; else nothing.
   */
  List<CardElement> offer(Answer answer, Incoming incoming) {
    if (answer.question() == null || incoming.scope() != Incoming.Scope.PERSONAL) return List.of();
    if (!answering.passesOn(answer.organisation())) return List.of();
    if (answer.intent() == Intent.SUPPORT) {
      return List.of(CardElement.Text.of("If you would like your organisation's EDI Contacts to know what you told me, I "
              + "can pass your message on to them. Only if you choose to: nothing is sent or kept unless you do."),
          new CardElement.Buttons("You can", List.of(new CardAction.Send("Pass this on to the EDI Contacts", SUPPORT_OFFER,
              message(answer.question())))));
    }
    if (answer.answered()) return List.of();
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
      case CONSENT -> sent(turn.incoming(), Handoff.Kind.QUESTION, data.path("question").asText(""));
      case SUPPORT_OFFER -> supportConsent(data.path("message").asText(""),
          answering.contactsAddress(answering.organisation(turn.incoming().tenantId())) == null);
      case SUPPORT_CONSENT -> sent(turn.incoming(), Handoff.Kind.DISCLOSURE, data.path("message").asText(""));
      case REPLY -> fromContacts(turn.incoming(), data).map(h -> replied(h, turn.incoming(), data))
          .orElseGet(AskContacts::notHere);
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

  /**
   * Returns the consent to pass on a report of harm: the message exactly as it will be sent, that the contacts will read
   * it and may know who wrote it, that it goes by e-mail and stays in their mailbox ({@code byEmail}), where urgent help
   * is, and the button that sends it.
   */
  private static ObjectNode supportConsent(String message, boolean byEmail) {
    if (message.isBlank()) return InvokeReplies.error(400, "BadRequest", "the action has no message");
    List<CardElement> body = new java.util.ArrayList<>(List.of(CardElement.Text.heading("This is what the EDI Contacts "
        + "will read:"), CardElement.Text.of(message), CardElement.Text.subtle("The EDI Contacts will read your message as "
        + "you wrote it. They are not told your name, but it is not anonymous to the words you typed: anything in them "
        + "that says who you are, or who others are, they will read. Their reply comes to this chat, from the "
        + Handoffs.ROLE + ".")));
    if (byEmail) body.add(CardElement.Text.subtle(Handoffs.REPORT_BY_EMAIL));
    body.add(CardElement.Text.subtle("If you are in danger or need help urgently, use the routes in my reply above: the "
        + "EDI Contacts may not read this straight away. Nothing is sent or kept unless you press Send."));
    return InvokeReplies.card(new AdaptiveCard(body, List.of(new CardAction.Send("Send to the EDI Contacts", SUPPORT_CONSENT,
        message(message)))));
  }

  private ObjectNode sent(Incoming incoming, Handoff.Kind kind, String question) {
    String organisation = answering.organisation(incoming.tenantId());
    String address = answering.contactsAddress(organisation);
    if (question.isBlank() || !answering.passesOn(organisation) || incoming.scope() != Incoming.Scope.PERSONAL
        || incoming.conversationId() == null || incoming.serviceUrl() == null) {
      return InvokeReplies.error(400, "BadRequest", "this question cannot be passed on from here");
    }
    String asker = answering.owner(incoming.tenantId(), incoming.fromId());
    String place = TeamsReplies.place(incoming.conversationId(), incoming.serviceUrl());
    if (address == null) {
      emailed(answering.handoffs().draft(kind, organisation, asker, place, question), incoming);
      return InvokeReplies.message(kind == Handoff.Kind.DISCLOSURE ? SENDING_REPORT : SENDING);
    }
    Handoff handoff = answering.handoffs().open(kind, organisation, asker, place, question);
    int at = address.lastIndexOf('@');
    proactive.send(address.substring(0, at), address.substring(at + 1), forContacts(handoff));
    return InvokeReplies.message(SENT);
  }

  /**
   * Returns the card a hand-off is posted to the contacts' channel as: the question (or the report passed on by
   * choice), a reply box and Reply.
   */
  static Outgoing forContacts(Handoff handoff) {
    boolean disclosure = handoff.kind() == Handoff.Kind.DISCLOSURE;
    return Outgoing.card(new AdaptiveCard(List.of(
        CardElement.Text.heading(disclosure ? "What a person told Signpost of harm or unfair treatment"
            : "A question Signpost could not answer"),
        CardElement.Text.subtle(disclosure ? "Passed on because they chose to (not a question to save as an answer)."
            : "Passed on with the asker's consent."), CardElement.Text.of(handoff.question()),
        CardElement.Input.text("reply", "Your reply (it goes to the asker from the " + Handoffs.ROLE + ")", null, true),
        CardElement.Input.toggle("showName", "Show my name with the reply", false)),
        List.of(new CardAction.Send("Reply", REPLY, handoff(handoff.id())))));
  }

  /**
   * Keeps the hand-off with its e-mail pending and e-mails it to the organisation's EDI Contacts, off the invoke's
   * request thread, and tells the asker in their chat once it has gone, or plainly that it could not go (it is then
   * withdrawn).
   */
  private void emailed(Handoff handoff, Incoming incoming) {
    answering.email().pass(handoff).thenAccept(sent -> {
      try {
        proactive.send(incoming.conversationId(), incoming.serviceUrl(), Outgoing.text(sent ? EMAILED : Handoffs.notSent(handoff)));
      } catch (RuntimeException e) {
        LOG.error("Teams: telling the person what became of their e-mailed hand-off failed: {}", Boundary.unwrap(e).toString(), e);
      }
    });
  }

  private ObjectNode replied(Handoff found, Incoming incoming, JsonNode data) {
    Optional<Handoff> claimed;
    try {
      claimed = answering.handoffs().claim(found.id(), data.path("reply").asText(""), shownName(incoming, data));
    } catch (IllegalArgumentException e) {
      return InvokeReplies.message("Please write a reply first.");
    }
    // Another contact's reply claimed it first: said in the invoke's answer, to this contact alone.
    if (claimed.isEmpty()) return InvokeReplies.message(Handoffs.ALREADY);
    Handoff handoff = claimed.get();
    answering.deliver(handoff);
    String sent = "Your reply went to the asker, from the " + handoff.from() + ".";
    if (!handoff.saveable()) return InvokeReplies.message(sent);
    return InvokeReplies.card(new AdaptiveCard(List.of(
        CardElement.Text.heading(sent),
        CardElement.Input.text("question", "Question", handoff.question(), false),
        CardElement.Input.text("answer", "Answer", handoff.reply(), true),
        CardElement.Input.date("reviewBy", "Review by", LocalDate.now().plusYears(1).toString()),
        CardElement.Input.toggle("showName", "Show my name with the answer", handoff.replyName() != null)),
        List.of(new CardAction.Send("Save as an answer", SAVE, handoff(handoff.id())))));
  }

  private ObjectNode saved(Handoff found, Incoming incoming, JsonNode data) {
    if (!found.saveable()) return InvokeReplies.message(Handoffs.NOT_SAVED);
    String name = shownName(incoming, data);
    String role = name != null ? Handoffs.ROLE + " (" + name + ")" : Handoffs.ROLE;
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

  /** Returns the pressing contact's Teams display name when they switched "Show my name" on, else null. */
  private static String shownName(Incoming incoming, JsonNode data) {
    return "true".equals(data.path("showName").asText()) ? incoming.fromName() : null;
  }

  private static ObjectNode question(String question) {
    return JsonNodeFactory.instance.objectNode().put("question", question);
  }

  private static ObjectNode message(String message) {
    return JsonNodeFactory.instance.objectNode().put("message", message);
  }

  private static ObjectNode handoff(String id) {
    return JsonNodeFactory.instance.objectNode().put("handoff", id);
  }
}
