package signpost.bot.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import signpost.bot.screening.Screening;

/**
 * A person's screening records as every channel reaches them: only their owner's. Someone else's record and no
 * record at all look the same from here, so a reference alone neither grants anything nor reveals that it exists.
 */
public final class ScreeningRecords {

  private final Memory memory;

  ScreeningRecords(Memory memory) {
    this.memory = memory;
  }

  /** Returns the owner's screenings, the most recently changed first. */
  public List<Screening> of(String owner) {
    return memory.screeningsOf(owner);
  }

  /** Returns the screening with this reference (in any case) when it is the owner's; empty otherwise. */
  public Optional<Screening> find(String owner, String reference) {
    if (!References.looksLikeOne(reference)) return Optional.empty();
    return memory.screening(reference.strip().toUpperCase(Locale.ROOT)).filter(s -> s.owner().equals(owner));
  }

  /** Deletes the screening with this reference when it is the owner's; returns false when nothing was deleted. */
  public boolean delete(String owner, String reference) {
    return find(owner, reference).map(s -> memory.deleteScreening(s.reference())).orElse(false);
  }
}
