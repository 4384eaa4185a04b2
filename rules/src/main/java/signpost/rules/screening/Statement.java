package signpost.rules.screening;

/**
 * A sentence of a message, in the manager's words, and the part of the record it fills.
 *
 * @param slot the part of the record
 * @param text the sentence as written
 */
public record Statement(Slot slot, String text) {}
