package signpost.bot.teams;

/**
 * Routes each activity to what handles it: messages to {@link Messages}, a card's submitted data and
 * {@code adaptiveCard/action} invokes to {@link CardActions}, conversation updates to {@link Welcomes}. Anything
 * else is acknowledged and left alone.
 */
final class Turns {

  static final String ADAPTIVE_CARD_ACTION = "adaptiveCard/action";

  private final Messages messages;
  private final CardActions actions;
  private final Welcomes welcomes;

  Turns(Answering answering, Proactive proactive) {
    AskContacts contacts = new AskContacts(answering, proactive);
    this.messages = new Messages(answering, contacts);
    this.actions = new CardActions(answering, messages, contacts);
    this.welcomes = new Welcomes(answering);
  }

  void handle(Turn turn) {
    Incoming incoming = turn.incoming();
    switch (incoming.kind()) {
      case MESSAGE -> {
        if (incoming.value() != null && incoming.text().isEmpty()) actions.submitted(turn);
        else messages.received(turn);
      }
      case CONVERSATION_UPDATE -> welcomes.updated(turn);
      case INVOKE -> {
        if (ADAPTIVE_CARD_ACTION.equals(incoming.name())) actions.invoked(turn);
      }
      case OTHER -> {
        // Reactions, typing, installation updates: nothing to answer.
      }
    }
  }
}
