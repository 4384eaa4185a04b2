package signpost.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The answer card's buttons, pressed as Universal Actions ({@code adaptiveCard/action} invokes, answered in the
 * invoke response) or, in clients without them, as submits (a message whose {@code value} is the data, answered in
 * the thread). 👍 and 👎 record a rating by question id, never who pressed; "Why?" shows the rules and reasons;
 * "Yes, delete my data" deletes what is kept about the presser; the hand-off's actions go to {@link AskContacts}.
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
      case AnswerCard.HELPFUL, AnswerCard.NOT_HELPFUL -> turn.respond(200, switch (rate(turn, id, verb)) {
        case RECORDED -> InvokeReplies.message(THANKS);
        case UNKNOWN -> InvokeReplies.message(TOO_OLD);
        case MALFORMED -> InvokeReplies.error(400, "BadRequest", "the action has no question id");
      });
      case AnswerCard.WHY -> turn.respond(200, answering.recent(id).map(answer -> InvokeReplies.card(AnswerCard.explained(answer)))
          .orElseGet(() -> InvokeReplies.message(WhyCard.EXPIRED)));
      case MyDataReplies.DELETE -> turn.respond(200, InvokeReplies.message(myData.deleted(turn)));
      case AskContacts.OFFER, AskContacts.CONSENT, AskContacts.REPLY, AskContacts.SAVE ->
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
        Rated rated = rate(turn, id, verb);
        if (rated != Rated.MALFORMED) turn.reply(Outgoing.text(rated == Rated.RECORDED ? THANKS : TOO_OLD));
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

  private enum Rated { RECORDED, UNKNOWN, MALFORMED }

  private Rated rate(Turn turn, String id, String verb) {
    try {
      return answering.rate(id, verb.equals(AnswerCard.HELPFUL), turn.incoming().fromId()) ? Rated.RECORDED : Rated.UNKNOWN;
    } catch (IllegalArgumentException e) {
      return Rated.MALFORMED;
    }
  }

  private static JsonNode value(Turn turn) {
    JsonNode value = turn.incoming().value();
    return value == null ? MissingNode.getInstance() : value;
  }
}
