/**
 * Reading a guided EqIA screening: what each message of a manager says about the parts of a screening record
 * ({@link signpost.rules.screening.Slot}), corrections and cancellations, and the groups beyond the nine protected
 * characteristics that a message points to. Which question comes next is decided by the rule base, from the
 * question table {@code screening-questions.csv}.
 */
package signpost.rules.screening;
