package signpost.bot.teams;

/**
 * Welcomes a conversation with the welcome card when Signpost is added to it (a personal chat, a group chat or a
 * team), once, whichever replica the event reaches: the conversations welcomed are kept in the database for
 * {@link signpost.bot.store.SeenOnce#KEPT}.
 */
final class Welcomes {

  static final String KIND = "teams-welcome";

  private final Answering answering;

  Welcomes(Answering answering) {
    this.answering = answering;
  }

  void updated(Turn turn) {
    Incoming incoming = turn.incoming();
    if (!incoming.botAdded() || incoming.conversationId() == null) return;
    String conversation = withoutThread(incoming.conversationId());
    if (!answering.seenOnce().first(KIND, conversation)) return;
    try {
      String organisation = answering.organisation(incoming.tenantId());
      turn.reply(Outgoing.card(WelcomeCard.of(answering.organisationName(organisation))));
    } catch (RuntimeException e) {
      // Not welcomed after all: a redelivery of the event must try again.
      answering.seenOnce().forget(KIND, conversation);
      throw e;
    }
  }

  /** Returns a conversation id without the {@code ;messageid=} of a channel thread. */
  static String withoutThread(String conversationId) {
    int thread = conversationId.indexOf(";messageid=");
    return thread < 0 ? conversationId : conversationId.substring(0, thread);
  }
}
