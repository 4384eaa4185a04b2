package signpost.bot.teams;

import java.util.UUID;
import signpost.bot.core.Answer;
import signpost.bot.core.Question;

/**
 * Answers messages: every one in a personal chat, and in a channel or group chat only those that mention
 * Signpost, without the mention. Shows Signpost typing, then replies in the same thread with the answer's card.
 * An empty message, "help" or "?" gets the welcome card.
 */
final class Messages {

  private final Answering answering;

  Messages(Answering answering) {
    this.answering = answering;
  }

  void received(Turn turn) {
    Incoming incoming = turn.incoming();
    if (incoming.scope() != Incoming.Scope.PERSONAL && !incoming.mentioned()) return;
    String organisation = answering.organisation(incoming.tenantId());
    if (TeamsText.asksForHelp(incoming.text())) {
      turn.reply(Outgoing.card(WelcomeCard.of(answering.organisationName(organisation))));
      return;
    }
    Question question;
    try {
      question = new Question("teams-" + UUID.randomUUID(), incoming.text(), organisation);
    } catch (IllegalArgumentException e) {
      turn.reply(Outgoing.text("Sorry: " + e.getMessage() + "."));
      return;
    }
    turn.typing();
    Answer answer = answering.answer(question);
    turn.reply(Outgoing.card(AnswerCard.of(answer)));
  }
}
