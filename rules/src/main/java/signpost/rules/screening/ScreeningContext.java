package signpost.rules.screening;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the rule base, and the answer beside its verdict, know of the screening a message belongs to.
 *
 * @param filled the parts of the record already held
 * @param decidedBy who the record says decides ("Cabinet"), or null: the answer adds the sign-off the organisation's
 *     documents give for that body
 * @param adverse the protected characteristics the record says the change would disadvantage ("it'll put off younger
 *     applicants ... disabled people who can't drive" gives age and disability), in the order told
 */
public record ScreeningContext(Set<Slot> filled, String decidedBy, List<String> adverse) {

  public ScreeningContext {
    EnumSet<Slot> copy = EnumSet.noneOf(Slot.class);
    copy.addAll(filled);
    filled = Collections.unmodifiableSet(copy);
    adverse = adverse == null ? List.of() : List.copyOf(adverse);
  }

  /** A screening whose record tells of no disadvantage. */
  public ScreeningContext(Set<Slot> filled, String decidedBy) {
    this(filled, decidedBy, List.of());
  }

  /** A screening whose record names no one who decides. */
  public ScreeningContext(Set<Slot> filled) {
    this(filled, null);
  }
}
