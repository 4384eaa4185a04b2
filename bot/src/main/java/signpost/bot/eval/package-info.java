/**
 * Scores answers against a question file by the rules of the shared evaluation README, with the same
 * figures as its reference {@code score.py}, so an organisation can check its knowledge after an edit.
 */
package signpost.bot.eval;
