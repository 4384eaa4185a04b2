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
 * @param timingAsked whether the message the screening answers asks how far ahead to have the assessment in ("when do I
 *     need to get it to the equalities team?"): the answer adds the organisation's timescales, which the record, all
 *     the verdict is worked out from, never asks
 */
public record ScreeningContext(Set<Slot> filled, String decidedBy, List<String> adverse, boolean timingAsked) {

  public ScreeningContext {
    EnumSet<Slot> copy = EnumSet.noneOf(Slot.class);
    copy.addAll(filled);
    filled = Collections.unmodifiableSet(copy);
    adverse = adverse == null ? List.of() : List.copyOf(adverse);
  }

  /** A screening answered for a message that asks no timing. */
  public ScreeningContext(Set<Slot> filled, String decidedBy, List<String> adverse) {
    this(filled, decidedBy, adverse, false);
  }

  /** A screening whose record tells of no disadvantage. */
  public ScreeningContext(Set<Slot> filled, String decidedBy) {
    this(filled, decidedBy, List.of());
  }

  /** Returns this screening, answered for a message that asks how far ahead to have the assessment in. */
  public ScreeningContext withTimingAsked() {
    return new ScreeningContext(filled, decidedBy, adverse, true);
  }

  /** A screening whose record names no one who decides. */
  public ScreeningContext(Set<Slot> filled) {
    this(filled, null);
  }
}
