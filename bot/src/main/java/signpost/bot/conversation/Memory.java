package signpost.bot.conversation;

import java.util.List;
import java.util.Optional;
import signpost.bot.screening.Screening;

/** Where the dialogue keeps conversations and screenings between messages: the database, shared by replicas. */
public interface Memory {

  Optional<ConversationState> conversation(String key);

  void keep(ConversationState state);

  /** Keeps a screening and the state of the conversation filling it together: both or neither. */
  void keep(Screening screening, ConversationState state);

  void forget(String key);

  /** Forgets every conversation whose last message came before {@code time}; returns how many. */
  int forgetIdleSince(java.time.Instant time);

  Optional<Screening> screening(String reference);

  void keep(Screening screening);

  /** Returns the owner's screenings, the most recently changed first (then by reference). */
  List<Screening> screeningsOf(String owner);

  /** Deletes the screening; returns false when there was none with that reference. */
  boolean deleteScreening(String reference);
}
