package signpost.rules.screening;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the rule base, and the answer beside its verdict, know of the screening a message belongs to.
 *
 * @param filled the parts of the record already held
 * @param decidedBy who the record says decides ("Cabinet"), or null: the answer adds the sign-off the organisation's
 *     documents give for that body
 */
public record ScreeningContext(Set<Slot> filled, String decidedBy) {

  public ScreeningContext {
    EnumSet<Slot> copy = EnumSet.noneOf(Slot.class);
    copy.addAll(filled);
    filled = Collections.unmodifiableSet(copy);
  }

  /** A screening whose record names no one who decides. */
  public ScreeningContext(Set<Slot> filled) {
    this(filled, null);
  }
}
