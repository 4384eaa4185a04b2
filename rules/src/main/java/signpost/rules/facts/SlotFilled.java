package signpost.rules.facts;

import signpost.rules.screening.Slot;

/** States that the open screening already holds this part of its record. */
public record SlotFilled(Slot slot) {}
