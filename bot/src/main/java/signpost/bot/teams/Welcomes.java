package signpost.bot.teams;

import signpost.bot.core.Recent;

/**
 * Welcomes a conversation with the welcome card when Signpost is added to it (a personal chat, a group chat or a
 * team), once: it remembers the last {@value #REMEMBERED} conversations welcomed since start.
 */
final class Welcomes {

  static final int REMEMBERED = 10_000;

  private final Answering answering;
  private final Recent<Boolean> welcomed = new Recent<>(REMEMBERED);

  Welcomes(Answering answering) {
    this.answering = answering;
  }

  void updated(Turn turn) {
    Incoming incoming = turn.incoming();
    if (!incoming.botAdded() || incoming.conversationId() == null) return;
    if (!welcomed.add(withoutThread(incoming.conversationId()), Boolean.TRUE)) return;
    String organisation = answering.organisation(incoming.tenantId());
    turn.reply(Outgoing.card(WelcomeCard.of(answering.organisationName(organisation))));
  }

  /** Returns a conversation id without the {@code ;messageid=} of a channel thread. */
  static String withoutThread(String conversationId) {
    int thread = conversationId.indexOf(";messageid=");
    return thread < 0 ? conversationId : conversationId.substring(0, thread);
  }
}
