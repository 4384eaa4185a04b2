/**
 * The EqIA screening a manager keeps: the record ({@link signpost.bot.screening.Screening}), its characteristics
 * with their likely impact, and its exports. The conversation that fills it lives in {@code signpost.bot.conversation};
 * where it is kept, in {@code signpost.bot.store}.
 */
package signpost.bot.screening;
