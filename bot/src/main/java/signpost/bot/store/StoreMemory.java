package signpost.bot.store;

import java.util.List;
import java.util.Optional;
import signpost.bot.conversation.ConversationState;
import signpost.bot.conversation.Memory;
import signpost.bot.screening.Screening;

/** The dialogue's memory in the database: conversations and screenings every replica shares. */
public final class StoreMemory implements Memory {

  private final ConversationStore conversations;
  private final ScreeningStore screenings;

  public StoreMemory(Database database) {
    this.conversations = database.conversations();
    this.screenings = database.screenings();
  }

  @Override
  public Optional<ConversationState> conversation(String key) {
    return conversations.find(key);
  }

  @Override
  public void keep(ConversationState state) {
    conversations.save(state);
  }

  @Override
  public void keep(Screening screening, ConversationState state) {
    conversations.save(state, screenings.saving(screening));
  }

  @Override
  public void forget(String key) {
    conversations.delete(key);
  }

  @Override
  public int forgetIdleSince(java.time.Instant time) {
    int forgotten = 0;
    for (ConversationState idle : conversations.idleSince(time)) if (conversations.delete(idle.key())) forgotten++;
    return forgotten;
  }

  @Override
  public Optional<Screening> screening(String reference) {
    return screenings.find(reference);
  }

  @Override
  public void keep(Screening screening) {
    screenings.save(screening);
  }

  @Override
  public List<Screening> screeningsOf(String owner) {
    return screenings.byOwner(owner);
  }

  @Override
  public boolean deleteScreening(String reference) {
    return screenings.delete(reference);
  }
}
