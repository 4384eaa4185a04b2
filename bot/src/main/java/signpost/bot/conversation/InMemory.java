package signpost.bot.conversation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import signpost.bot.screening.Screening;

/** TEMPORARY until the database lands: a map in memory. */
public final class InMemory implements Memory {
  private static final Comparator<Screening> NEWEST_FIRST =
      Comparator.comparing(Screening::updated).reversed().thenComparing(Screening::reference);
  private final ConcurrentHashMap<String, ConversationState> conversations = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Screening> screenings = new ConcurrentHashMap<>();
  public Optional<ConversationState> conversation(String key) { return Optional.ofNullable(conversations.get(key)); }
  public void keep(ConversationState state) { conversations.put(state.key(), state); }
  public void forget(String key) { conversations.remove(key); }
  public Optional<Screening> screening(String reference) { return Optional.ofNullable(screenings.get(reference)); }
  public void keep(Screening screening) { screenings.put(screening.reference(), screening); }
  public List<Screening> screeningsOf(String owner) {
    return screenings.values().stream().filter(s -> s.owner().equals(owner)).sorted(NEWEST_FIRST).toList();
  }
  public boolean deleteScreening(String reference) { return screenings.remove(reference) != null; }
}
