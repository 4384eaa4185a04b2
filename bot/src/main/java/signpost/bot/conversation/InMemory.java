package signpost.bot.conversation;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import signpost.bot.screening.Screening;

/** TEMPORARY until the database lands: a map in memory. */
public final class InMemory implements Memory {
  private final ConcurrentHashMap<String, ConversationState> conversations = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Screening> screenings = new ConcurrentHashMap<>();
  public Optional<ConversationState> conversation(String key) { return Optional.ofNullable(conversations.get(key)); }
  public void keep(ConversationState state) { conversations.put(state.key(), state); }
  public void forget(String key) { conversations.remove(key); }
  public Optional<Screening> screening(String reference) { return Optional.ofNullable(screenings.get(reference)); }
  public void keep(Screening screening) { screenings.put(screening.reference(), screening); }
}
