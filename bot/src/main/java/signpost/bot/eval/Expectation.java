package signpost.bot.eval;

import java.util.List;

/**
 * What a right answer must show; every part is optional (null or empty when not asked).
 *
 * @param sources document names (without extension) one of the first three sources must have
 * @param facts groups of alternatives; each group needs one alternative inside the text
 * @param contacts alternatives, one of which must be in the text or a contact's name or role
 * @param eqia the acceptable EqIA verdicts
 * @param outOfScope true when the question must be refused
 */
public record Expectation(List<String> sources, List<List<String>> facts, List<String> contacts,
                          List<String> eqia, boolean outOfScope) {}
