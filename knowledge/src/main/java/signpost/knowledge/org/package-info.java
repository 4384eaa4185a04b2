/**
 * Structured facts about one organisation, read from {@code organisations/<id>.yaml}: who to go to
 * for what, local duties, objectives and plans, each with the documents it comes from.
 * {@link signpost.knowledge.org.OrganisationLoader} reads a file into an
 * {@link signpost.knowledge.org.Organisation}.
 */
package signpost.knowledge.org;
