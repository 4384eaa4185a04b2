package signpost.bot.conversation;

import signpost.bot.core.Answer;
import signpost.bot.screening.Screening;

/**
 * What Signpost says back, and the state of the conversation after it.
 *
 * @param answer the answer, the same for every channel; {@link Answer#next()} is the screening's next question
 * @param conversation the conversation's id as the channel gave it (or as issued), or null for a question alone
 * @param screening the screening the message belongs to, after it, or null when none is under way
 */
public record Reply(Answer answer, String conversation, Screening screening) {

  /** Returns this reply with its answer under another id, e.g. the signed id it is given under. */
  public Reply withAnswer(Answer other) {
    return new Reply(other, conversation, screening);
  }
}
