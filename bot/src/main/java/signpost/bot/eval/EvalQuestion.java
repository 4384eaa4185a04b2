package signpost.bot.eval;

/**
 * One line of a question file.
 *
 * @param id its id
 * @param question the question
 * @param organisation the asker's organisation id, or null
 * @param expect what a right answer must show
 */
public record EvalQuestion(String id, String question, String organisation, Expectation expect) {}
