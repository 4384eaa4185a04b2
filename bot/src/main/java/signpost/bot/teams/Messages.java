package signpost.bot.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import signpost.bot.conversation.Inbound;
import signpost.bot.conversation.Reply;
import signpost.bot.core.AnswerIds;
import signpost.bot.core.Question;
import signpost.bot.privacy.MyData;

/**
 * Answers messages: every one in a personal chat, and in a channel or group chat only those that mention
 * Signpost, without the mention, each in the conversation of {@link #key its place} and its sender. Shows Signpost
 * typing when the answer is slow (see {@link Typing}), then replies in the same thread with the answer's card, a
 * screening's quick replies and record link on it.
 * An empty message, "help" or "?" gets the welcome card; "my data" and "delete my data" are about the sender's data;
 * a refusal in a personal chat, or asking there for a person ("can I speak to a human?"), offers to pass the question
 * on to the EDI Contacts (see {@link AskContacts}), or, where the organisation has none set up, says who to ask.
 */
final class Messages {

  private final Answering answering;
  private final MyDataReplies myData;
  private final AskContacts contacts;

  Messages(Answering answering, AskContacts contacts) {
    this.answering = answering;
    this.myData = new MyDataReplies(answering);
    this.contacts = contacts;
  }

  void received(Turn turn) {
    Incoming incoming = turn.incoming();
    if (incoming.scope() != Incoming.Scope.PERSONAL && !incoming.mentioned()) return;
    reply(turn, incoming.text(), List.of());
  }

  /**
   * Handles a quick reply pressed on a card as a message its presser typed, in the conversation the card is in; a card
   * in a channel needs no mention to be answered.
   */
  void chosen(Turn turn, String text) {
    reply(turn, text, List.of(ScreeningSteps.chosen(text)));
  }

  private void reply(Turn turn, String text, List<CardElement> lead) {
    Incoming incoming = turn.incoming();
    String organisation = answering.organisation(incoming.tenantId());
    if (TeamsText.asksForHelp(text)) {
      turn.reply(Outgoing.card(WelcomeCard.of(answering.organisationName(organisation))));
      return;
    }
    Optional<MyData.Request> mine = MyData.request(text);
    if (mine.isPresent()) {
      myData.reply(turn, mine.get());
      return;
    }
    if (incoming.scope() == Incoming.Scope.PERSONAL && answering.asksForPerson(text)) {
      // Where no one can be reached through Signpost, who to ask, as a refusal names them.
      turn.reply(answering.passesOn(organisation) ? contacts.requested(incoming)
          : Outgoing.card(AnswerCard.of(answering.referral(new Question(null, text, organisation)), List.of(), List.of())));
      return;
    }
    Question question;
    try {
      question = new Question(AnswerIds.next("teams"), text, organisation);
    } catch (IllegalArgumentException e) {
      turn.reply(Outgoing.text("Sorry: " + e.getMessage() + "."));
      return;
    }
    Reply reply;
    try (Typing typing = Typing.after(turn, Typing.AFTER)) {
      reply = answering.reply(new Inbound(key(incoming), answering.owner(incoming.tenantId(), incoming.fromId()),
          question.id(), question.text(), organisation));
    }
    List<CardElement> steps = new ArrayList<>(ScreeningSteps.of(reply, answering.links()));
    steps.addAll(contacts.offer(reply.answer(), incoming));
    turn.reply(Outgoing.card(AnswerCard.of(reply.answer(), lead, steps)));
  }

  /**
   * Returns the conversation's key, {@code teams:<tenant>:<conversation id>}: a channel thread's id carries its
   * {@code ;messageid=}, so each thread is a conversation of its own. Null, a question alone, when there is no id.
   */
  static String key(Incoming incoming) {
    if (incoming.conversationId() == null) return null;
    return "teams:" + (incoming.tenantId() == null ? "" : incoming.tenantId()) + ":" + incoming.conversationId();
  }
}
