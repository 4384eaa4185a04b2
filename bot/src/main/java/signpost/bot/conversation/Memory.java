package signpost.bot.conversation;

import java.util.Optional;
import signpost.bot.screening.Screening;

/** Where the dialogue keeps conversations and screenings between messages: the database, shared by replicas. */
public interface Memory {

  Optional<ConversationState> conversation(String key);

  void keep(ConversationState state);

  void forget(String key);

  Optional<Screening> screening(String reference);

  void keep(Screening screening);
}
