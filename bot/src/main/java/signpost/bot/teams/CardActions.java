package signpost.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;
import signpost.bot.server.Assistant;

/**
 * The answer card's buttons, pressed as Universal Actions ({@code adaptiveCard/action} invokes, answered in the
 * invoke response) or, in clients without them, as submits (a message whose {@code value} is the data, answered in
 * the thread). 👍 and 👎 record a rating by question id, never who pressed, and a first 👎 offers to pass the question
 * on; "Why?" shows the rules and reasons; "Yes, delete my data" deletes what is kept about the presser; the hand-off's
 * actions go to {@link AskContacts}.
 */
final class CardActions {

  static final String THANKS = "Thank you: your rating is recorded, without your name.";
  static final String TOO_OLD = "Sorry: that answer is too old to rate now. Please ask again and rate the new answer.";

  private final Answering answering;
  private final Messages messages;
  private final MyDataReplies myData;
  private final AskContacts contacts;

  CardActions(Answering answering, Messages messages, AskContacts contacts) {
    this.answering = answering;
    this.messages = messages;
    this.myData = new MyDataReplies(answering);
    this.contacts = contacts;
  }

  void invoked(Turn turn) {
    JsonNode action = value(turn).path("action");
    String verb = action.path("verb").asText("");
    String id = action.path("data").path("id").asText("");
    switch (verb) {
      case AnswerCard.HELPFUL, AnswerCard.NOT_HELPFUL -> rated(turn, id, verb);
      case AnswerCard.WHY -> turn.respond(200, answering.recent(id).map(answer -> InvokeReplies.card(AnswerCard.explained(answer)))
          .orElseGet(() -> InvokeReplies.message(WhyCard.EXPIRED)));
      case MyDataReplies.DELETE -> turn.respond(200, InvokeReplies.message(myData.deleted(turn)));
      case AskContacts.OFFER, AskContacts.CONSENT, AskContacts.SUPPORT_OFFER, AskContacts.SUPPORT_CONSENT, AskContacts.REPLY,
           AskContacts.SAVE ->
          contacts.invoked(turn, verb, action.path("data"));
      default -> turn.respond(200, InvokeReplies.error(400, "BadRequest", "Signpost has no action " + verb));
    }
  }

  void submitted(Turn turn) {
    JsonNode data = value(turn);
    String verb = data.path("verb").asText("");
    String id = data.path("id").asText("");
    switch (verb) {
      case AnswerCard.HELPFUL, AnswerCard.NOT_HELPFUL -> {
        // A client without Universal Actions could not press the hand-off's buttons: no offer here.
        rate(turn, id, verb).ifPresent(rated -> turn.reply(Outgoing.text(rated.recorded() ? THANKS : TOO_OLD)));
      }
      case AnswerCard.WHY -> turn.reply(answering.recent(id).map(answer -> Outgoing.card(WhyCard.of(answer)))
          .orElseGet(() -> Outgoing.text(WhyCard.EXPIRED)));
      case MyDataReplies.DELETE -> turn.reply(Outgoing.text(myData.deleted(turn)));
      case CardAction.REPLY -> {
        String text = data.path("text").asText("");
        if (!text.isBlank()) messages.chosen(turn, text);
      }
      default -> {
        // Not one of Signpost's buttons: nothing to do.
      }
    }
  }

  /**
   * Answers a rating pressed as a Universal Action; the first 👎 on an answer in a personal chat also offers, in a
   * message of its own, to pass its question on to the EDI Contacts.
   */
  private void rated(Turn turn, String id, String verb) {
    Optional<Assistant.Rated> rated = rate(turn, id, verb);
    turn.respond(200, rated.map(r -> InvokeReplies.message(r.recorded() ? THANKS : TOO_OLD))
        .orElseGet(() -> InvokeReplies.error(400, "BadRequest", "the action has no question id")));
    rated.flatMap(Assistant.Rated::disliked).flatMap(question -> contacts.offerOf(question, turn.incoming()))
        .ifPresent(offer -> turn.reply(Outgoing.card(offer)));
  }

  /** Returns what the rating came to; empty when the action carries no usable question id. */
  private Optional<Assistant.Rated> rate(Turn turn, String id, String verb) {
    try {
      return Optional.of(answering.rate(id, verb.equals(AnswerCard.HELPFUL), turn.incoming().tenantId(), turn.incoming().fromId()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static JsonNode value(Turn turn) {
    JsonNode value = turn.incoming().value();
    return value == null ? MissingNode.getInstance() : value;
  }
}
