/**
 * Chooses who to send an asker to: the organisation's contacts that serve what the question is about,
 * the EDI Contacts or EDI team as fallback, and "your EDI team" where the organisation has no file.
 */
package signpost.rules.routing;
