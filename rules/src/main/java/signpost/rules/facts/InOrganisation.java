package signpost.rules.facts;

import signpost.knowledge.org.Nation;

/**
 * Says the asker works for an organisation Signpost has a file for; absent when it is unknown.
 *
 * @param id the organisation's id
 * @param name its full name
 * @param nation the nation whose equality law applies
 */
public record InOrganisation(String id, String name, Nation nation) {}
