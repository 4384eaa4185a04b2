package signpost.rules.screening;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the rule base knows of the screening a message belongs to.
 *
 * @param filled the parts of the record already held
 */
public record ScreeningContext(Set<Slot> filled) {

  public ScreeningContext {
    EnumSet<Slot> copy = EnumSet.noneOf(Slot.class);
    copy.addAll(filled);
    filled = Collections.unmodifiableSet(copy);
  }
}
