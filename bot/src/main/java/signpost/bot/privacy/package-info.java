/**
 * "My data": what a person asks to see or delete of what Signpost keeps about them, recognised in their own words and
 * told back the same way on every channel; the channels find and delete it through
 * {@link signpost.bot.store.PersonalData}, after the person confirms.
 */
package signpost.bot.privacy;
