package signpost.rules.facts;

import signpost.rules.screening.Slot;

/**
 * Decides a question the screening could ask next; the one with the lowest order is asked.
 *
 * @param slot the part of the record it fills
 * @param order its place in the question table
 * @param text the question
 * @param replies quick replies separated by "|", or ""
 * @param rule the table row that asks it
 */
public record ScreeningQuestion(Slot slot, int order, String text, String replies, String rule) {}
